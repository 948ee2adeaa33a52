/**
 * Collapses every run of whitespace (including no-break spaces and line
 * breaks) to one space and trims, so a paragraph never contains the blank
 * line that separates paragraphs in the clean text.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
