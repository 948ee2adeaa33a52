import type { Block } from './Block.js';
import { matchCaptionRule } from './captionRules.js';
import { isHeadlineLike } from './isHeadlineLike.js';

/*
 * Scraped text often opens with the site's masthead, tagline and section
 * label before the headline:
 *   'The Ridgeline Post' / 'Notes on the northern wars, from someone who has been there' /
 *   'Is Vasko Dren alive? The video, the denial, and what we actually know'
 * The headline is a headline-like line of at least four words among the
 * leading lines (before the first paragraph of running text). When the
 * article's URL has a slug ('/is-vasko-dren-alive-video-denial'), the line
 * sharing most words with it wins, since sites build slugs from headlines;
 * otherwise the first such line. Lines above it are masthead material.
 */
const LEADING_BLOCKS = 8;
const MIN_TITLE_WORDS = 4;
const MIN_SLUG_OVERLAP = 2;

const wordsOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3));

function isRunningText(block: Block): boolean {
  return !isHeadlineLike(block.text) && block.text.split(/\s+/).length >= 20;
}

/*
 * A sentence of eight words or more ends the leading lines as running text
 * does: 'A few weeks ahead of the New York Primary, Hillary Clinton's campaign
 * says they are unwilling to debate.' is the article, not a masthead, and a
 * headline-like line after it ('KATE BOULDUAN: Why not debate?') is not the
 * headline; taking it would drop every line above it.
 */
const MIN_SENTENCE_WORDS = 8;
const isSentence = (block: Block): boolean =>
  /[.!?]["'”’)\]]?$/.test(block.text) && !isHeadlineLike(block.text) && block.text.split(/\s+/).length >= MIN_SENTENCE_WORDS;

function slugWords(url: string | undefined): Set<string> {
  if (!url) return new Set();
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const slug = segments.reverse().find((segment) => segment.split('-').length >= 3);
    return slug ? wordsOf(slug.replace(/\.\w+$/, '')) : new Set();
  } catch {
    return new Set();
  }
}

export interface TitleChoice {
  index: number;
  rule: 'slug-match' | 'first-headline';
}

export function chooseTitle(blocks: readonly Block[], url?: string): TitleChoice | null {
  const candidates: number[] = [];
  for (let index = 0; index < Math.min(blocks.length, LEADING_BLOCKS); index++) {
    const block = blocks[index];
    if (isRunningText(block) || isSentence(block)) break;
    if (matchCaptionRule(block.text) || block.hint === 'caption') continue;
    if (isHeadlineLike(block.text) && block.text.split(/\s+/).length >= MIN_TITLE_WORDS) candidates.push(index);
  }
  if (!candidates.length) return null;
  const slug = slugWords(url);
  if (slug.size) {
    const overlap = (index: number) => [...wordsOf(blocks[index].text)].filter((word) => slug.has(word)).length;
    const best = candidates.reduce((a, b) => (overlap(b) > overlap(a) ? b : a));
    if (overlap(best) >= MIN_SLUG_OVERLAP) return { index: best, rule: 'slug-match' };
  }
  return { index: candidates[0], rule: 'first-headline' };
}
