/** How many characters of context a TextQuoteSelector carries each side of the quote: enough to tell two 'said's apart. */
export const contextLength = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * The two W3C selectors for a span of an article's text, given as
 * JavaScript offsets (UTF-16 code units, as every span in a record is). The
 * Web Annotation model counts positions in Unicode code points, so
 * 'Dren 🙂 said' puts 'said' at 7, not 8; the quote with its prefix and
 * suffix re-anchors the span where the positions no longer fit (the
 * publisher's page rather than corroborate's clean text).
 */
export function textSelectors(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  const prefixStart = keepPairs(text, Math.max(0, start - contextLength));
  const suffixEnd = keepPairs(text, Math.min(text.length, end + contextLength));
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    { type: 'TextPositionSelector', start: codePoints(text, start), end: codePoints(text, end) },
  ];
}

/** Code points before a UTF-16 offset: 'a🙂b' has 2 before 'b' (offset 3). */
export function codePoints(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset; i++) {
    const unit = text.charCodeAt(i);
    // A low surrogate after a high one completes a pair already counted.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) count++;
  }
  return count;
}

/** An offset moved off the middle of a surrogate pair, so a context never starts or ends with half an emoji. */
function keepPairs(text: string, offset: number): number {
  const unit = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && unit >= 0xdc00 && unit <= 0xdfff ? offset + 1 : offset;
}
