import type { AnalyzedDocument, Stage, Token } from '../types.js';

/**
 * Words keep inner apostrophes and hyphens ('al-Baghdadi', 'Baghdadi’s'),
 * numbers keep inner separators ('6:30', '25,000', '3.5'); every other
 * non-space character is a token of its own.
 */
const tokenPattern = /\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return tokens;
}

export const tokenize: Stage = {
  name: 'tokenize',
  run(doc: AnalyzedDocument) {
    return { tokens: tokensOf(doc.text) };
  },
};
