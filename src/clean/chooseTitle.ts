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

/**
 * The words of a saved page's file name, which scrapers build from the
 * URL's slug: 'breitbart_2016-09-15_pat-caddell-democrat-voters-worr.txt'
 * -> pat, caddell, democrat, voters, ... (and the outlet). A name of no
 * words ('17.txt') gives none, and one like 'article.html' too few to
 * match a headline.
 */
function fileNameWords(fileName: string | undefined): Set<string> {
  if (!fileName) return new Set();
  return new Set([...wordsOf(fileName.replace(/\.\w+$/, ''))].filter((word) => !/^\d+$/.test(word)));
}

/** Shared words that make a line ending in a full stop the headline its slug or file name was built from. */
const MIN_SENTENCE_SLUG_OVERLAP = 3;
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 200;

export interface TitleChoice {
  index: number;
  rule: 'slug-match' | 'file-name-match' | 'first-headline';
}

/**
 * `url` is the page's address; `fileName` the name of the file it was read
 * from, whose words stand in for the slug when the URL has none.
 */
export function chooseTitle(blocks: readonly Block[], url?: string, fileName?: string): TitleChoice | null {
  const candidates: number[] = [];
  const urlSlug = slugWords(url);
  const slug = urlSlug.size ? urlSlug : fileNameWords(fileName);
  const matchRule = urlSlug.size ? 'slug-match' : 'file-name-match';
  const overlap = (index: number) => [...wordsOf(blocks[index].text)].filter((word) => slug.has(word)).length;
  for (let index = 0; index < Math.min(blocks.length, LEADING_BLOCKS); index++) {
    const block = blocks[index];
    // A headline printed with a full stop, as some feeds and corpora do ('Poll: Wealthy Voters Abandon Republican
    // Party for Hillary Clinton.'), reads as a sentence; the slug or file name built from it tells it from a lede.
    const short = block.text.length <= MAX_TITLE_CHARS && block.text.split(/\s+/).length <= MAX_TITLE_WORDS && !block.text.includes('\n');
    if (short && index + 1 < blocks.length && !isHeadlineLike(block.text) && overlap(index) >= MIN_SENTENCE_SLUG_OVERLAP) {
      candidates.push(index);
      break;
    }
    if (isRunningText(block) || isSentence(block)) break;
    if (matchCaptionRule(block.text) || block.hint === 'caption') continue;
    if (isHeadlineLike(block.text) && block.text.split(/\s+/).length >= MIN_TITLE_WORDS) candidates.push(index);
  }
  if (!candidates.length) return null;
  if (slug.size) {
    const best = candidates.reduce((a, b) => (overlap(b) > overlap(a) ? b : a));
    if (overlap(best) >= MIN_SLUG_OVERLAP) return { index: best, rule: matchRule };
  }
  return { index: candidates[0], rule: 'first-headline' };
}
