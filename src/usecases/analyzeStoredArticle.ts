import { AnalysisError, analyzeArticle } from '../analyze/analyzeArticle.js';
import { analyzerVersion } from '../analyze/analyzerVersion.js';
import type { PublishedContext } from '../metadata/resolvePublished.js';
import type { CorrectionRecord } from '../model/correction.js';
import { toArticleRecord } from '../record/toArticleRecord.js';
import { readCorrectedMembers } from '../relate/corrections/applyCorrections.js';
import { correctArticle } from '../relate/corrections/correctArticle.js';
import { storyReaderVersion } from '../relate/readMembers.js';
import { StoreUnavailableError, type Database } from '../store/Database.js';
import type { StoredArticleInput } from '../store/loadArticleInputs.js';
import { replaceArticleAnalysis } from '../store/replaceArticleAnalysis.js';
import { toMemberRows } from './relateStory.js';

/** Why an article stored before inputs were kept cannot be redone; its cleaned text is not its input (see the README). */
export const noInputReason = 'its original input was not kept (stored by a corroborate from before inputs were kept); analyse its source file into a new store to bring it up to date';

/**
 * Analyses one stored article again from its original input and replaces
 * its analysis in one transaction, the corrections by hand in force kept over
 * the new reading (an outlet set by hand stays set) and what the story tells
 * its metadata (`context`) used; returns why it could not, or null.
 */
export async function analyzeStoredArticle(db: Database, stored: StoredArticleInput, corrections: CorrectionRecord[], context: PublishedContext = {}): Promise<string | null> {
  if (!stored.input) return noInputReason;
  let members;
  let analyzed;
  try {
    analyzed = correctArticle(analyzeArticle(stored.input, stored.contentHash, context), corrections);
    members = toMemberRows(readCorrectedMembers(toArticleRecord(analyzed), corrections));
  } catch (error) {
    return error instanceof AnalysisError ? error.message : `analysis failed (${(error as Error).message}); please report this with the file`;
  }
  try {
    return (await replaceArticleAnalysis(db, analyzed, members, { analyzerVersion, storyReaderVersion })) ? null : 'it was deleted while being analysed';
  } catch (error) {
    // A store that went away ends the run; a row the store refuses (say, a NUL byte) is this article's failure alone.
    if (error instanceof StoreUnavailableError) throw error;
    return `the store refused the new analysis (${(error as Error).message}); the old one is kept`;
  }
}
