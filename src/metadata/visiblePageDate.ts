import { parseDateString } from './parseDateString.js';

/*
 * Many pages state their day only where a reader sees it: a byline under the
 * headline ('Datum: 03.11.2021', 'Peter Grimm / 07.11.2023 / 09:30',
 * 'Posted on March 2, 2019'), with no meta tag, JSON-LD or date in the URL.
 * Such a line is a short block of its own (at most 10 words beside the date);
 * a date inside a sentence is usually the date of an event the article
 * reports, not of the article. Of
 * the short blocks that state a whole day, the one nearest the headline is
 * the article's (a 'latest posts' sidebar lists other articles' days further
 * away); after the headline wins a tie, as bylines sit under it. A day after
 * the page was captured (or after today) is an event to come, never a
 * publication date.
 */
const SHORT_BLOCK = 120;
const MAX_WORDS = 10;
/**
 * A longer block counts when it says the page was posted on that day, as a
 * blog's footer does: 'Dieser Eintrag wurde am 19. Mai 2010 um 23:03 Uhr
 * gepostet und unter Allgemein abgelegt', 'This entry was posted on
 * Wednesday, May 19th, 2010 at 11:03 pm and is filed under ...'.
 */
const POSTED_BLOCK = 300;
const postedWords = /\b(?:posted|published|veröffentlicht|gepostet|publié|publicado|pubblicato|geplaatst|gepubliceerd)\b/iu;
const hasNumeral = /[\p{Nd}〇零一二三四五六七八九十]/u;
const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;

export interface VisibleDate {
  date: string;
  /** The block it was read from, as printed. */
  text: string;
}

export function visiblePageDate(blocks: readonly string[], headline: string | null, notAfter: string): VisibleDate | null {
  const dated: { index: number; date: string; text: string }[] = [];
  blocks.forEach((text, index) => {
    // 'Officials said on Tuesday that the leader escaped after the strike of 28 May 2017.' is a sentence about an event, not a byline.
    const short = text.length <= SHORT_BLOCK && wordCount(text) <= MAX_WORDS;
    if (!short && !(text.length <= POSTED_BLOCK && postedWords.test(text))) return;
    // A whole day is never written without a numeral ('03.11.2021', 'May 19th', '二〇一九年三月二日'); most short blocks
    // are menu items and captions, and the date parser is the dearest step of the metadata.
    if (!hasNumeral.test(text)) return;
    const date = parseDateString(text);
    if (date && date <= notAfter) dated.push({ index, date, text });
  });
  if (!dated.length) return null;
  const key = headline?.trim().slice(0, 40);
  const at = key ? blocks.findIndex((text) => text.includes(key)) : -1;
  if (at < 0) return { date: dated[0].date, text: dated[0].text };
  const nearest = dated.reduce((best, candidate) => {
    const gap = Math.abs(candidate.index - at);
    const bestGap = Math.abs(best.index - at);
    return gap < bestGap || (gap === bestGap && candidate.index > best.index) ? candidate : best;
  });
  return { date: nearest.date, text: nearest.text };
}
