import type { Paragraph, Span } from '../types.js';

/**
 * Double-quoted passages, paired within each paragraph: curly quotes by
 * direction, straight quotes by alternation. Single quotes are left out on
 * purpose: news uses them for scare quotes ('highly likely'), not speech.
 * A quote left open runs to the paragraph's end, as a quote continued in the
 * next paragraph is written.
 */
export function findQuotes(text: string, paragraphs: readonly Paragraph[]): Span[] {
  const quotes: Span[] = [];
  for (const paragraph of paragraphs) {
    let open = -1;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = text[i];
      const opens = char === '“' || (char === '"' && open < 0) || (char === '„' && open < 0);
      const closes = char === '”' || (char === '"' && open >= 0);
      if (opens && open < 0) open = i;
      else if (closes && open >= 0) {
        quotes.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
    if (open >= 0) quotes.push({ start: open, end: paragraph.end });
  }
  return quotes;
}
