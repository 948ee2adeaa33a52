import type { Classification, ClassifiedBlock } from './classifyBlocks.js';
import { comparable } from './classifyBlocks.js';
import type { RemovedBlock } from './types.js';

/** Words, not markup debris: 'Apple Watch Developers Told to Limit Features' has them, '<<<>>>' has none. */
export const hasWords = (text: string): boolean => /\p{L}{2,}/u.test(text);

export interface HeadlineOnly extends Classification {
  /** True when the article has no body and its text is its headline. */
  headlineOnly: boolean;
}

/** 'Strike report' in 'Strike report | Example News', or the other way round: the same headline. */
function sameHeadline(text: string, headlineKey: string): boolean {
  const key = comparable(text);
  return key.length > 0 && (headlineKey.includes(key) || key.includes(headlineKey));
}

/**
 * An RSS item or wire alert is often a headline and nothing else: a JSONL line
 * {"title": "Apple Watch Developers Told to Limit Features to Save Battery Life", "text": ""},
 * the same headline repeated as its text, or a page whose only content is its
 * <title> and <h1>. Such an article is kept with one 'title' paragraph, and
 * any repeat of the headline goes as 'duplicate-title', so the text holds it once.
 * The result's `removed` is every block removed before (`earlierRemoved`) and here.
 * A headline found in the page itself (no supplied title) counts only when the
 * page holds no other words (`pageText`, every text block of the source before
 * cleaning): a 'Page not found | Example News' title over a navigation bar is
 * page furniture, not a headline.
 */
export function keepHeadlineOnly(
  classified: Classification,
  earlierRemoved: readonly RemovedBlock[],
  suppliedTitle: string | undefined,
  pageText: () => readonly string[],
): HeadlineOnly {
  const unchanged = { paragraphs: classified.paragraphs, removed: [...earlierRemoved, ...classified.removed], headlineOnly: false };
  const supplied = suppliedTitle?.trim() || undefined;
  const titleParagraph = classified.paragraphs.find((p) => p.kind === 'title');
  const headline = titleParagraph?.text ?? supplied;
  if (headline === undefined || !hasWords(headline)) return unchanged;
  const keys = [headline, supplied ?? headline].map(comparable);
  const others = classified.paragraphs.filter((p) => p.kind !== 'title');
  const repeats = others.filter((p) => keys.includes(comparable(p.text)));
  const rest = others.filter((p) => !repeats.includes(p));
  if (rest.some((p) => p.kind === 'body' && hasWords(p.text))) return unchanged;
  if (supplied === undefined && pageText().some((text) => hasWords(text) && !sameHeadline(text, keys[0]))) return unchanged;
  // The text's own line is the headline when the cleaner did not take it for one ('World's oldest burger' reads as too short).
  const title: ClassifiedBlock = titleParagraph ?? { text: repeats[0]?.text ?? headline, kind: 'title', rule: 'supplied-title' };
  const printedAgain = titleParagraph ? repeats : repeats.slice(1);
  // A supplied headline the filter took for furniture ('Source: Apple set to acquire Path ...' read as a credit line) is the text now, not removed.
  const stillRemoved = earlierRemoved.filter((block) => !keys.includes(comparable(block.text)));
  return {
    paragraphs: [title, ...rest],
    removed: [...stillRemoved, ...classified.removed, ...printedAgain.map((p) => ({ text: p.text, reason: 'duplicate-title', why: 'the headline printed again' }))],
    headlineOnly: true,
  };
}
