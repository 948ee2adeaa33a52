import { formatDate } from './format.js';
import type { CorrectionMark, CorrectionRecord, CorrectionTarget } from './types.js';

/**
 * Corrections by hand in words, as the marks and the log show them. Plain
 * strings only: the statement words they quote come from the articles and
 * are rendered as text, never as HTML.
 */

type Kind = CorrectionMark['kind'];

const kindWords: Record<Kind, string> = {
  merge: 'claims merged',
  split: 'split off into a new claim',
  move: 'moved from another claim',
  stance: 'stance set',
  speaker: 'speaker set',
  'same-source': 'sources marked same or different',
  outlet: 'outlet set',
  date: 'date set',
  exclude: 'article excluded',
};

export const kindLabel = (kind: Kind): string => kindWords[kind];

/** An ISO time as '4 Dec 2026, 16:53 UTC': the same for every reader, wherever they are. */
export function formatTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${formatDate(match[1])}, ${match[2]} UTC` : iso;
}

/** 'stance set by Ana Reyes, 4 Dec 2026, 16:53 UTC: read the whole paragraph' (the hover text of a mark). */
export function markSummary(mark: Pick<CorrectionMark, 'kind' | 'by' | 'at' | 'note'>): string {
  return `${kindLabel(mark.kind)} by ${mark.by}, ${formatTime(mark.at)}${mark.note ? `: ${mark.note}` : ''}`;
}

/** A statement as the claim pages name it: 'b747cc9c:s1'. */
export const statementLabel = (articleId: string, statementId: string): string => `${articleId.slice(0, 8)}:${statementId}`;

const quoted = (text: string): string => `“${text.length > 90 ? `${text.slice(0, 89)}…` : text}”`;

/** What a logged correction did, in one sentence: 'Set the stance of b747cc9c:s1 “strike may have killed…” to denies'. */
export function describeTarget(target: CorrectionTarget): string {
  switch (target.kind) {
    case 'merge':
      return `Merged claim ${target.claims[1].claimId} into ${target.claims[0].claimId}`;
    case 'split': {
      const n = target.statements.length;
      return `Split ${n === 1 ? 'a statement' : `${n} statements`} off claim ${target.claim.claimId} into a new claim: ${target.statements.map((s) => statementLabel(s.articleId, s.statementId)).join(', ')}`;
    }
    case 'move':
      return `Moved ${statementLabel(target.statement.articleId, target.statement.statementId)} ${quoted(target.statement.text)} to claim ${target.to.claimId}`;
    case 'stance':
      return `Set the stance of ${statementLabel(target.statement.articleId, target.statement.statementId)} ${quoted(target.statement.text)} to ${target.stance}`;
    case 'speaker':
      return `Set the speaker of ${statementLabel(target.statement.articleId, target.statement.statementId)} ${quoted(target.statement.text)} to ${target.speaker}`;
    case 'same-source': {
      // Two speakers of one name are told apart by their keys: 'Mira Oszko (oszko)' and 'Mira Oszko (mira oszko)'.
      const [first, second] = target.speakers;
      const alike = first.name.toLowerCase() === second.name.toLowerCase();
      const named = (speaker: typeof first) => (alike ? `${speaker.name} (${speaker.key})` : speaker.name);
      return `Marked ${named(first)} and ${named(second)} as ${target.same ? 'the same source' : 'different sources'}`;
    }
    case 'outlet':
      return `Set the outlet of article ${target.articleId.slice(0, 8)} to ${target.outlet}`;
    case 'date':
      return `Set the date of article ${target.articleId.slice(0, 8)} to ${formatDate(target.date)}`;
    case 'exclude':
      return `Excluded article ${target.articleId.slice(0, 8)} from the story`;
  }
}

/** The article a correction is about, to link to from the log: the statement's, or the one corrected. */
export function articleOfTarget(target: CorrectionTarget): { article: string; statement?: string } | null {
  switch (target.kind) {
    case 'move': case 'stance': case 'speaker':
      return { article: target.statement.articleId, statement: target.statement.statementId };
    case 'outlet': case 'date': case 'exclude':
      return { article: target.articleId };
    default:
      return null;
  }
}

/** 'in force', or 'undone by Ben Okafor, 5 Dec 2026, 09:12 UTC'. */
export function correctionState(correction: Pick<CorrectionRecord, 'undone_at' | 'undone_by'>): string {
  if (correction.undone_at === null) return 'in force';
  return `undone by ${correction.undone_by ?? 'someone'}, ${formatTime(correction.undone_at)}`;
}
