import type { ArticleRecord } from '../model/articleRecord.js';
import type { CorrectionRecord } from '../model/correction.js';
import type { StoryRecord } from '../model/storyRecord.js';

/**
 * What every exporter reads: the story (all of it, or one claim with its
 * sources), the articles its statements sit in, and who exports it when.
 * Exporters are pure functions of this: same input, same bytes.
 */
export interface ExportInput {
  story: StoryRecord;
  /** The articles the statements cite (for annotations, every stored article when the whole story is exported). */
  articles: ArticleRecord[];
  /** ISO date-time of the export: the review's datePublished, the report's footer. */
  exportedAt: string;
  /** Who publishes the export ('corroborate', or the newsroom given with --as): the ClaimReview's author. */
  publisher: string;
  /** Where the exported pages will be published, if known ('https://news.example/halvek-report.html'); links are built under it. */
  baseUrl: string | null;
  /** The corrections by hand behind the story (the whole log, or those that changed the claim exported), undone ones included; the story already reads as they say. */
  corrections: CorrectionRecord[];
}

/** One file of an export; csv gives three, the other formats one. */
export interface ExportedFile {
  name: string;
  mediaType: string;
  text: string;
}
