import type { AnalysisContext, AnalyzedDocument, Paragraph, Stage } from './types.js';
import { splitSentences } from './segment/splitSentences.js';
import { tokenize } from './segment/tokenize.js';
import { findEntities } from './entities/findEntities.js';
import { resolveCanonicalNames } from './entities/resolveCanonicalNames.js';
import { findTimes } from './times/findTimes.js';
import { findStatements } from './statements/findStatements.js';

/**
 * The ordered per-article stages. Order matters: sentences before tokens,
 * entities before canonical names, and statements last because they use
 * entities to name speakers. A new extractor is one file and one line here.
 */
export const stages: readonly Stage[] = [
  splitSentences,
  tokenize,
  findEntities,
  resolveCanonicalNames,
  findTimes,
  findStatements,
];

export interface StageTiming {
  stage: string;
  ms: number;
}

export interface PipelineResult {
  document: AnalyzedDocument;
  timings: StageTiming[];
}

/** Runs every stage over one article's clean text whose paragraphs are already known. */
export function runPipeline(
  text: string,
  paragraphs: Paragraph[],
  context: AnalysisContext,
  pipeline: readonly Stage[] = stages,
): PipelineResult {
  let document: AnalyzedDocument = {
    text,
    paragraphs,
    sentences: [],
    tokens: [],
    entities: [],
    times: [],
    statements: [],
  };
  const timings: StageTiming[] = [];
  for (const stage of pipeline) {
    const started = performance.now();
    document = { ...document, ...stage.run(document, context) };
    timings.push({ stage: stage.name, ms: performance.now() - started });
  }
  return { document, timings };
}
