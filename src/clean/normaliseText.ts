/**
 * The form every piece of page text takes before it becomes article text:
 * characters composed canonically (NFC) and every run of whitespace
 * (including no-break spaces and line breaks) collapsed to one space and
 * trimmed, so a paragraph never contains the blank line that separates
 * paragraphs in the clean text.
 *
 * NFC because pages spell one word with different code points: Bengali
 * 'অ্যাডভোকেট' is written with U+09DF on one page and U+09AF U+09BC on
 * another, 'é' as one code point or as 'e' and a combining accent. Search,
 * grouping by meaning and a reader's quotation should find both.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
