import { splitSentences } from '../../src/analyze/segment/splitSentences.js';
import { tokenize } from '../../src/analyze/segment/tokenize.js';
import { findStatements } from '../../src/analyze/statements/findStatements.js';
import type { AnalyzedDocument, Entity, EntityType, Paragraph, Statement } from '../../src/analyze/types.js';

/** Paragraphs split on blank lines; the first is the title when `title` is set. */
export function paragraphsOf(text: string, title: boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    const start = match.index + match[0].length - match[0].trimStart().length;
    const end = match.index + match[0].trimEnd().length;
    if (end > start) paragraphs.push({ start, end, kind: title && paragraphs.length === 0 ? 'title' : 'body' });
  }
  return paragraphs;
}

/** Entities given by name and type, found at every place the name is written. */
export function entitiesIn(text: string, names: [string, EntityType, string?][]): Entity[] {
  return names.flatMap(([name, type, canonical]) =>
    [...text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ text: name, start: m.index, end: m.index + name.length, type, canonical: canonical ?? name, rule: 'test' })),
  );
}

/** Runs the segment stages and this stage, as the pipeline would with the given entities (none by default). */
export function analyzeText(text: string, title = false, entities: Entity[] = []): Statement[] {
  let doc: AnalyzedDocument = { text, paragraphs: paragraphsOf(text, title), sentences: [], tokens: [], entities, times: [], statements: [] };
  for (const stage of [splitSentences, tokenize]) doc = { ...doc, ...stage.run(doc, { referenceDate: null }) };
  return findStatements.run(doc, { referenceDate: null }).statements ?? [];
}
