import type { AnalyzedDocument, ParagraphKind, Token } from '../types.js';

/** One sentence with its own tokens, the unit every statement parser reads. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  kind: ParagraphKind;
  tokens: Token[];
}

/**
 * A line break inside a sentence is a boundary for attribution: scraped
 * text often glues a caption to the line before it without a blank line.
 */
function linesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      let a = from;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) lines.push({ start: a, end: b });
      from = i + 1;
    }
  }
  return lines;
}

/** Tokens are in text order, so one pass hands each sentence its slice. */
export function sentenceViews(doc: AnalyzedDocument): SentenceView[] {
  const views: SentenceView[] = [];
  let t = 0;
  for (const sentence of doc.sentences) {
    for (const line of linesOf(doc.text, sentence.start, sentence.end)) {
      while (t < doc.tokens.length && doc.tokens[t].start < line.start) t++;
      const first = t;
      while (t < doc.tokens.length && doc.tokens[t].end <= line.end) t++;
      views.push({
        index: views.length,
        ...line,
        paragraph: sentence.paragraph,
        kind: doc.paragraphs[sentence.paragraph]?.kind ?? 'body',
        tokens: doc.tokens.slice(first, t),
      });
    }
  }
  return views;
}
