import type { ExportInput, ExportedFile } from '../export/ExportInput.js';
import { exporters } from '../export/exporters.js';
import type { ExportFormat } from '../model/exportFormats.js';
import type { StoryRecord } from '../model/storyRecord.js';
import type { Database } from '../store/Database.js';
import { listArticleSummaries, loadArticleRecords } from '../store/loadArticles.js';
import { listCorrections } from '../store/corrections.js';
import { findClaim, readStoryRecord } from './readStory.js';

export interface ExportOptions {
  /** Export this claim only (with its sources and the articles carrying it); ClaimNotFound when no claim has the id. */
  claim?: string | null;
  /** Who publishes the export: the ClaimReview's author. */
  publisher?: string | null;
  /** Where the export will be published, for the links inside it. */
  baseUrl?: string | null;
  /** The time of the export (fixed by tests). */
  now?: Date;
}

export const defaultPublisher = 'corroborate';

/**
 * The stored story (or one claim of it) in one of the export formats: reads
 * the story record and the articles it cites, then hands them to the
 * format's pure exporter. Annotations of the whole story cover every stored
 * article, so statements on no claim are annotated too. The whole story is
 * held in memory while it is written.
 */
export async function exportStory(db: Database, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile[]> {
  const story = options.claim ? await claimStory(db, options.claim) : await readStoryRecord(db);
  const cited = new Set(story.claims.flatMap((claim) => claim.statements.map((s) => s.article)));
  const ids = format === 'annotations' && !options.claim ? (await listArticleSummaries(db)).map((a) => a.id) : [...cited].sort();
  const input: ExportInput = {
    story,
    articles: await loadArticleRecords(db, ids),
    exportedAt: (options.now ?? new Date()).toISOString(),
    publisher: options.publisher?.trim() || defaultPublisher,
    baseUrl: options.baseUrl?.trim() || null,
    corrections: await correctionsBehind(db, story, Boolean(options.claim)),
  };
  return exporters[format](input);
}

/** The whole log for the whole story; for one claim, the corrections in force that changed it or its statements. */
async function correctionsBehind(db: Database, story: StoryRecord, oneClaim: boolean) {
  const log = await listCorrections(db);
  if (!oneClaim) return log;
  const marked = new Set(story.claims.flatMap((claim) => [...(claim.corrections ?? []), ...claim.statements.flatMap((s) => s.corrections ?? [])]).map((m) => m.id));
  return log.filter((c) => marked.has(c.id));
}

async function claimStory(db: Database, id: string): Promise<StoryRecord> {
  const view = await findClaim(db, id);
  return { claims: [view.claim], sources: view.sources };
}
