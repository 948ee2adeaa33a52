import type { ScoredTimex } from './scoreTimes.js';

// Reads a TempEval-3 .tml file: the document creation time, the <TEXT> with
// its tags stripped and entities decoded, and the gold TIMEX3 spans in it.

export interface TimeMLDocument {
  dct: string | null;
  text: string;
  timexes: (ScoredTimex & { text: string })[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function readTimeML(xml: string): TimeMLDocument {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dct = dctTag ? attribute(dctTag, 'value')?.slice(0, 10) ?? null : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: TimeMLDocument['timexes'] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);|[^<&]+|&/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (!m[1]) open = { start: text.length, type: attribute(m[3], 'type') ?? '', value: attribute(m[3], 'value') ?? '' };
      else if (open) {
        timexes.push({ ...open, end: text.length, text: text.slice(open.start) });
        open = null;
      }
    } else if (m[4]) text += entities[m[4]] ?? m[0];
    else text += m[0];
  }
  return { dct, text, timexes };
}

/** Paragraphs as the times stage sees them: split on blank lines. */
export function blankLineParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
