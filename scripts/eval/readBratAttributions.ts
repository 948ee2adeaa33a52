import type { Paragraph, Span } from '../../src/analyze/types.js';
import type { ScoredAttribution } from './scoreAttribution.js';

/**
 * Reads PolNeAR's brat standoff: text-bound lines
 * 'T3<TAB>Content 115 290<TAB>that Hillary ...' (fragments joined by ';':
 * 'Content 315 448;463 553') and event lines
 * 'E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1' that tie one cue,
 * one content (plus 'Content2' for a second part) and at most one source
 * into an attribution. 'Attribution-no-source' events have no Source.
 * Discard and Discuss spans belong to no event and are ignored.
 */
export function readBratAttributions(ann: string): ScoredAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const match = /^\S+ (.+)$/.exec(body);
      if (!match) continue;
      spans.set(id, match[1].split(';').map((fragment) => {
        const [start, end] = fragment.trim().split(' ').map(Number);
        return { start, end };
      }));
    } else if (id.startsWith('E')) events.push(body);
  }
  const attributions: ScoredAttribution[] = [];
  for (const body of events) {
    const roles = new Map<string, Span[]>();
    for (const argument of body.split(' ').slice(1)) {
      const [role, ref] = argument.split(':');
      const span = spans.get(ref);
      if (!span) continue;
      const key = role.replace(/\d+$/, '');
      roles.set(key, [...(roles.get(key) ?? []), ...span]);
    }
    const cue = roles.get('Cue') ?? [];
    const content = roles.get('Content') ?? [];
    if (cue.length === 0 && content.length === 0) continue;
    attributions.push({ source: roles.get('Source') ?? [], cue, content });
  }
  return attributions;
}

/** A PolNeAR text's paragraphs: each line one paragraph, the first the title; shared by the evaluation and the tagger's training. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    const start = match.index + match[0].length - match[0].trimStart().length;
    const end = match.index + match[0].trimEnd().length;
    if (end > start) paragraphs.push({ start, end, kind: paragraphs.length === 0 ? 'title' : 'body' });
  }
  return paragraphs;
}
