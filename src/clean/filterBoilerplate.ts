import type { Block } from './Block.js';
import type { RemovedBlock } from './types.js';
import { boilerplateRules } from './boilerplateRules.js';
import { isHeadlineLike } from './isHeadlineLike.js';
import { looksLikeProse } from './looksLikeProse.js';
import { findDateIn, readDateline } from './readDateline.js';
import { normaliseDateText, parseDateString } from '../metadata/parseDateString.js';

/*
 * A short block near the top that starts with a full date is a dateline with
 * extras ('22/11/2020 - 04:30 - Fonte: Agência Brasil'); it stays in the text
 * but its date becomes a candidate. Short and early, so body sentences that
 * open with a date are not read.
 */
const LEADING_DATE_BLOCKS = 5;
const LEADING_DATE_MAX_CHARS = 120;
// The year-month-day of Chinese and Japanese ('2020年4月13日') is a leading date too.
const LEADING_DATE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\p{L}{0,12},? ?\d{1,2}\.? \p{L}{3,12}\.? \d{4}|\p{L}{3,12}\.? \d{1,2},? \d{4}|\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日)/u;

/** Eastern Arabic digits are read as digits: '١٣ أبريل ٢٠٢٠' leads with a date. */
function leadingDate(text: string): string | null {
  const match = LEADING_DATE.exec(normaliseDateText(text));
  return match && parseDateString(match[0]) ? match[0] : null;
}

/** A block that is only a date in any language chrono reads: '06 Dicembre 2020', 'Sonntag, 6. Dezember 2020'. */
function isDateOnly(text: string): boolean {
  return text.length <= 40 && /\d/.test(normaliseDateText(text)) && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 6 && leadingDate(text) !== null && parseDateString(text) !== null;
}

export interface FilteredBlocks {
  kept: Block[];
  removed: RemovedBlock[];
  /** Dates printed alone on a line ('• December 4, 2021'), for the metadata step. */
  datelines: string[];
}

/*
 * Rules whose removal means the page's footer has begun: after one of them,
 * a trailing run of headline-like lines is a list of other articles
 * ('Russian-American businessman speaks on growing ties ... (PODCAST)').
 * Without such a marker a last line without a full stop stays, because
 * articles do end that way ('... has been provided by The Times of London').
 */
const DATED_TEMPLATE_RULES = new Set(['navigation', 'byline']);

const FOOTER_RULES = new Set(['share-appeal', 'licence', 'comment-widget', 'disclaimer', 'related-articles', 'related-heading']);

/*
 * A box of other articles under a 'Mehr zum Thema' or 'Veja também:' heading
 * holds teasers: headlines, short blurbs, links. News pages put such a box in
 * the middle of the text as well as at its end, and the article goes on
 * after it: the box ends where two paragraphs of prose in a row begin (long,
 * not mostly links, ending as a sentence: 'Mesmo que o Senado aprove a PEC,
 * deputados federais ...'). A box of blurbs, each under a label ('News' /
 * 'Das Burgenland und seine Weinbaugebiete haben ...' / 'News' / ...), has
 * no such pair and runs to the end of the text.
 */
const PROSE_MIN_CHARS = 150;
const isProseParagraph = (block: Block | undefined) => block !== undefined && block.text.length >= PROSE_MIN_CHARS && block.linkDensity < 0.3 && /[.!?…]["'”’»)]?$/.test(block.text);

function teaserRunEnd(blocks: readonly Block[], start: number): number {
  for (let end = start; end < blocks.length; end++) if (isProseParagraph(blocks[end]) && isProseParagraph(blocks[end + 1])) return end;
  return blocks.length;
}

/** Whether each block starts after half of the page's text (summed once, not per block asked). */
function secondHalfFlags(blocks: readonly Block[]): boolean[] {
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  let before = 0;
  return blocks.map((b) => {
    const inSecondHalf = before > total / 2;
    before += b.text.length;
    return inSecondHalf;
  });
}

/** Removes boilerplate blocks by the rules in boilerplateRules.ts, keeping each removal with its reason. */
export function filterBoilerplate(blocks: readonly Block[]): FilteredBlocks {
  const kept: { block: Block; afterFooter: boolean }[] = [];
  const removed: RemovedBlock[] = [];
  const datelines: string[] = [];
  let footerSeen = false;
  const inSecondHalf = secondHalfFlags(blocks);

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const date = readDateline(block.text) ?? (isDateOnly(block.text) ? block.text : null);
    if (date !== null) {
      removed.push({ text: block.text, reason: 'dateline', why: 'a date alone on a line; kept as a publication-date candidate' });
      datelines.push(date);
      continue;
    }
    // A block of running prose is article text whatever phrase it holds: a whole article on one line ending 'All rights reserved.'.
    const rule = looksLikeProse(block.text) ? undefined : boilerplateRules.find((candidate) => candidate.test(block.text));
    if (!rule) {
      const leading = kept.length < LEADING_DATE_BLOCKS && block.text.length <= LEADING_DATE_MAX_CHARS ? leadingDate(block.text) : null;
      if (leading) datelines.push(leading);
      kept.push({ block, afterFooter: footerSeen });
      continue;
    }
    if (FOOTER_RULES.has(rule.name)) footerSeen = true;
    // A byline or template bar near the top often carries the date: 'Nell Carrow · 16 August 2025 · 7 min read'.
    const templateDate = DATED_TEMPLATE_RULES.has(rule.name) && kept.length < LEADING_DATE_BLOCKS ? findDateIn(block.text) : null;
    if (templateDate) datelines.push(templateDate);
    if (rule.scope === 'with-previous') {
      const previous = kept.at(-1);
      if (previous && isHeadlineLike(previous.block.text)) {
        kept.pop();
        removed.push({ text: previous.block.text, reason: rule.name, why: 'the teaser headline above a read-more link' });
      }
    }
    removed.push({ text: block.text, reason: rule.name, why: rule.reason });
    if (rule.scope === 'rest-of-page') {
      for (const rest of blocks.slice(i + 1)) removed.push({ text: rest.text, reason: rule.name, why: rule.reason });
      break;
    }
    if (rule.scope === 'tail' && inSecondHalf[i]) {
      const end = teaserRunEnd(blocks, i + 1);
      for (const teaser of blocks.slice(i + 1, end)) removed.push({ text: teaser.text, reason: rule.name, why: 'a teaser in the box under that heading' });
      i = end - 1;
    }
  }

  while (kept.length > 0 && kept.at(-1)!.afterFooter && isHeadlineLike(kept.at(-1)!.block.text)) {
    const last = kept.pop()!;
    removed.push({ text: last.block.text, reason: 'trailing-headlines', why: 'a list of other headlines after the footer' });
  }
  return { kept: kept.map((entry) => entry.block), removed, datelines };
}
