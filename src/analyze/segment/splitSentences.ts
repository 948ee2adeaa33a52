import type { AnalyzedDocument, Sentence, Stage } from '../types.js';
import { clockContinuations, nonFinalAbbreviations } from './abbreviations.js';

/**
 * A candidate sentence end: terminal punctuation, any closing quotes or
 * brackets, then white space. 'alive." He said' ends after the quote.
 */
const candidateEnd = /[.!?…]+["'”’)\]]*(?=\s+)/g;

/** The word (with inner dots) right before a period: 'U.S.' -> 'u.s', 'Gen.' -> 'gen'. */
const wordBeforePeriod = /([\p{L}][\p{L}.]*)\.$/u;

function nextWord(text: string, from: number): string {
  const match = /^\s*["'“‘(]?([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return match ? match[1] : '';
}

function isSentenceEnd(text: string, end: number, punctuation: string): boolean {
  const following = nextWord(text, end);
  if (!following) return false;
  const startsUpper = /^[\p{Lu}\p{N}]/u.test(following) || /^\s*["“‘(]/.test(text.slice(end, end + 3));
  if (!startsUpper) return false;
  if (!punctuation.startsWith('.')) return true;
  const before = wordBeforePeriod.exec(text.slice(Math.max(0, end - 20), end));
  if (!before) return true;
  const word = before[1].toLowerCase();
  // An initial: 'George W. Bush'.
  if (/^\p{Lu}$/u.test(before[1])) return false;
  if (word === 'a.m' || word === 'p.m') return !clockContinuations.has(following.toLowerCase());
  return !nonFinalAbbreviations.has(word);
}

/** Splits one paragraph's range into sentences, trimming white space. */
export function sentencesIn(text: string, start: number, end: number, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  const slice = text.slice(start, end);
  let sentenceStart = 0;
  candidateEnd.lastIndex = 0;
  for (let match = candidateEnd.exec(slice); match; match = candidateEnd.exec(slice)) {
    const stop = match.index + match[0].length;
    if (isSentenceEnd(slice, stop, match[0])) {
      pushTrimmed(sentences, slice, sentenceStart, stop, start, paragraph);
      sentenceStart = stop;
    }
  }
  pushTrimmed(sentences, slice, sentenceStart, slice.length, start, paragraph);
  return sentences;
}

function pushTrimmed(out: Sentence[], slice: string, from: number, to: number, offset: number, paragraph: number): void {
  while (from < to && /\s/.test(slice[from])) from++;
  while (to > from && /\s/.test(slice[to - 1])) to--;
  if (to > from) out.push({ start: offset + from, end: offset + to, paragraph });
}

/** Sentences never cross a paragraph boundary, so a caption never merges with body text. */
export const splitSentences: Stage = {
  name: 'splitSentences',
  run(doc: AnalyzedDocument) {
    return {
      sentences: doc.paragraphs.flatMap((paragraph, index) =>
        sentencesIn(doc.text, paragraph.start, paragraph.end, index),
      ),
    };
  },
};
