import type { TimeMLDocument } from './readTimeML.js';

// Reads a NewsReader MEANTIME document (CAT XML: one <token> per word, TIMEX3
// markables pointing at token ids) into the same shape as a TimeML document.
// The text is rebuilt from the tokens, one sentence per line; the dateline
// that carries the creation time is left out, as TimeML keeps it out of <TEXT>.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(\w+);/g, (m, e: string) => entities[e] ?? m);

/** No space before closing punctuation and clitics, none after opening ones. */
const attachesLeft = /^(?:[,.;:!?)\]}%'’”]|'s|’s|n't|n’t|'re|'ve|'ll|'d|'m)$/i;
const attachesRight = /^[([{$“]$/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function readMeantime(xml: string): TimeMLDocument {
  const tokens = [...xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)].map((m) => ({
    id: attribute(m[1], 't_id') ?? '',
    sentence: Number(attribute(m[1], 'sentence') ?? 0),
    word: decode(m[2]),
  }));
  const timexes = [...xml.matchAll(/<TIMEX3\b([^>]*)>([\s\S]*?)<\/TIMEX3>/g)].map((m) => ({
    type: attribute(m[1], 'type') ?? '',
    value: attribute(m[1], 'value') ?? '',
    creation: attribute(m[1], 'functionInDocument') === 'CREATION_TIME',
    ids: [...m[2].matchAll(/t_id="([^"]+)"/g)].map((a) => a[1]),
  }));
  const creation = timexes.find((t) => t.creation);
  const skip = new Set(creation?.ids ?? []);
  const offsets = new Map<string, [number, number]>();
  let text = '';
  let sentence = -1;
  let previous = '';
  for (const token of tokens) {
    if (skip.has(token.id)) continue;
    if (token.sentence !== sentence) {
      if (text) text += '\n';
      sentence = token.sentence;
    } else if (!attachesLeft.test(token.word) && !attachesRight.test(previous)) text += ' ';
    offsets.set(token.id, [text.length, text.length + token.word.length]);
    text += token.word;
    previous = token.word;
  }
  const gold = timexes
    .filter((t) => !t.creation && t.ids.length && t.ids.every((id) => offsets.has(id)))
    .map((t) => {
      const start = Math.min(...t.ids.map((id) => offsets.get(id)![0]));
      const end = Math.max(...t.ids.map((id) => offsets.get(id)![1]));
      return { start, end, type: t.type, value: t.value, text: text.slice(start, end) };
    });
  return { dct: creation?.value.slice(0, 10) ?? null, text, timexes: gold };
}
