import { AnalysisError, analyzeArticle } from '../../analyze/analyzeArticle.js';
import { toArticleRecord } from '../../record/toArticleRecord.js';
import { readMembers } from '../readMembers.js';
import type { Proposition } from '../types.js';

/**
 * What a stated claim asserts, read as the story reads a headline, so the
 * claim meets the derived claims on their own terms: 'An air strike hit
 * Mirvane Municipal Hospital' and 'Mirvane Municipal Hospital was hit by an
 * air strike' both read as the hospital, hit, with the strike as its cause.
 * Empty when the claim asserts nothing the story can read (a name alone,
 * a question), and then the caller falls back on the claim's words.
 */
export function readStatedClaim(claim: string): Proposition[] {
  const text = claim.trim();
  if (!text) return [];
  try {
    const article = analyzeArticle({ source: 'the stated claim', format: 'text', content: text, encoding: 'utf-8' });
    return readMembers(toArticleRecord(article))
      .filter((member) => member.stance === 'asserts' && !member.proposition.negated)
      .map((member) => member.proposition);
  } catch (error) {
    // A claim of nothing but punctuation has no article text: nothing to read.
    if (error instanceof AnalysisError) return [];
    throw error;
  }
}
