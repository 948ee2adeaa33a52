import type { SourceKind, StanceCounts } from '../model/vocabulary.js';
import type { ClaimRecord, StoryRecord } from '../record/storyRecord.js';

export interface SourceMatrix {
  claims: { id: string; text: string; status: ClaimRecord['status'] }[];
  /** Speakers with the most independent sources first. */
  speakers: { name: string; side: string; kind: SourceKind }[];
  /** Only the pairs where the speaker said something on the claim. */
  cells: { speaker: string; claim: string; stances: StanceCounts }[];
}

/**
 * Who said what on which claim, as a sources × claims table. A cell counts
 * independent sources (original utterances): a ministry statement relayed by
 * five outlets counts once, as in the story's own source counts. A speaker
 * is keyed by name; when one name appears with several sides (a spokesman
 * quoted for two bodies), the side of its first utterance is shown.
 */
export function buildSourceMatrix(story: StoryRecord): SourceMatrix {
  const speakers = new Map<string, { name: string; side: string; kind: SourceKind; sources: number }>();
  const cells = new Map<string, { speaker: string; claim: string; stances: StanceCounts }>();
  for (const source of story.sources) {
    const speaker = speakers.get(source.name) ?? { name: source.name, side: source.side, kind: source.kind, sources: 0 };
    speaker.sources++;
    speakers.set(source.name, speaker);
    const key = `${source.name}\u0000${source.claim}`;
    const cell = cells.get(key) ?? { speaker: source.name, claim: source.claim, stances: { asserts: 0, denies: 0, doubts: 0, reports: 0 } };
    cell.stances[source.stance]++;
    cells.set(key, cell);
  }
  return {
    // In the story board's order: most-reported first.
    claims: [...story.claims]
      .sort((a, b) => b.statements.length - a.statements.length || (a.id < b.id ? -1 : 1))
      .map((claim) => ({ id: claim.id, text: claim.text, status: claim.status })),
    speakers: [...speakers.values()]
      .sort((a, b) => b.sources - a.sources || a.name.localeCompare(b.name))
      .map(({ name, side, kind }) => ({ name, side, kind })),
    cells: [...cells.values()],
  };
}
