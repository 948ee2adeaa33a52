import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportInput } from '../../src/export/ExportInput.js';
import type { ArticleRecord } from '../../src/model/articleRecord.js';
import type { StoryRecord } from '../../src/model/storyRecord.js';

const goldenArticles = 'test/golden/sample-corpus';
const goldenStory = 'test/golden/sample-corpus-story.json';

/**
 * The sample corpus's golden story and article records as an export's input:
 * the exporters are pure, so their tests need no store and no analysis (the
 * golden tests keep these files equal to what the store derives).
 */
export function goldenInput(overrides: Partial<ExportInput> = {}): ExportInput {
  const story = JSON.parse(readFileSync(goldenStory, 'utf8')) as StoryRecord;
  const articles = readdirSync(goldenArticles)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(goldenArticles, name), 'utf8')) as ArticleRecord);
  return { story, articles, exportedAt: '2025-09-01T12:00:00.000Z', publisher: 'corroborate', baseUrl: null, corrections: [], ...overrides };
}

/** The input narrowed to one claim, as exportStory gives it for --claim. */
export function oneClaim(input: ExportInput, id: string): ExportInput {
  const claim = input.story.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id} in the golden story`);
  const cited = new Set(claim.statements.map((s) => s.article));
  return { ...input, story: { claims: [claim], sources: input.story.sources.filter((s) => s.claim === id) }, articles: input.articles.filter((a) => cited.has(a.id)) };
}
