import { splitSentences } from '../../src/analyze/segment/splitSentences.js';
import { tokenize } from '../../src/analyze/segment/tokenize.js';
import { findEntities } from '../../src/analyze/entities/findEntities.js';
import { resolveCanonicalNames } from '../../src/analyze/entities/resolveCanonicalNames.js';
import type { AnalyzedDocument, Paragraph } from '../../src/analyze/types.js';

/** Runs segmentation and both entity stages; paragraphs are the text split on blank lines, all 'body'. */
export function analyzeText(text: string): AnalyzedDocument {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/\S[\s\S]*?(?=\n\s*\n|\s*$)/g)) {
    paragraphs.push({ start: match.index, end: match.index + match[0].length, kind: 'body' });
  }
  let doc: AnalyzedDocument = { text, paragraphs, sentences: [], tokens: [], entities: [], times: [], statements: [] };
  for (const stage of [splitSentences, tokenize, findEntities, resolveCanonicalNames]) {
    doc = { ...doc, ...stage.run(doc, { referenceDate: '2017-06-22' }) };
  }
  return doc;
}
