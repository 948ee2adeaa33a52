import type { RawArticle } from '../ingest/types.js';
import type { CleanArticle } from '../clean/types.js';
import type { Published } from './types.js';
import { dateFromUrl } from './dateFromUrl.js';
import { explainUnreadDate } from './explainUnreadDate.js';
import { inferPublishedRange } from './inferPublishedRange.js';
import { parseDateString } from './parseDateString.js';
import { readWireDateline } from './readWireDateline.js';
import { bodyParagraphs } from './bodyParagraphs.js';
import { visiblePageDate } from './visiblePageDate.js';
import { couldBeLocalDay, isUtcInstant, readClock, type Clock } from './readClock.js';
import { localDayOf, type LocalDay } from './localDayOf.js';
import { localDayInRegion, publisherRegion } from './publisherRegion.js';
import { storyYear, yearlessDatelineHow } from './storyYear.js';

/*
 * Confidence by source: a supplied date is taken as true (1); a date the page
 * declares for machines (meta, JSON-LD, <time>) is nearly always right; a
 * modification date, a URL date and a printed dateline are a little weaker.
 */
const CONFIDENCE = { confirmed: 0.95, metaPublished: 0.9, metaModified: 0.6, url: 0.8, dateline: 0.7, wireDateline: 0.6, visible: 0.5, storyYear: 0.5 } as const;
const MODIFIED = /modified|updated|lastmod/i;
/** Dates read from an element's class name and text, or from a page script's data: right more often than not, but weaker than a URL date. */
const WEAK = /^(?:element\[|script:)/;

/*
 * A CMS writes the day into the path as the publisher's clock showed it
 * ('/2023/11/08/' for '2023-11-09T01:49:09Z' in Denver). So a URL date that
 * agrees with the declared day confirms it; one a day off a UTC instant is
 * the local day and wins; against a time with its own offset, which already
 * is the local day, the declared day stays.
 */
function weighAgainstUrl(declared: { date: string; from: string; clock: Clock | null }, local: LocalDay | null, urlDate: string | null): Published {
  const how = `html-meta:${declared.from}`;
  if (local) return confirmedOrNot(local.date, `${how}, local day by ${local.from}`, urlDate);
  if (urlDate && urlDate !== declared.date && isUtcInstant(declared.clock) && couldBeLocalDay(declared.clock, urlDate)) {
    return known(urlDate, `url, the local day of the UTC time in ${how}`, CONFIDENCE.url);
  }
  return confirmedOrNot(declared.date, how, urlDate);
}

/**
 * The local day of a UTC instant in the publisher's country (publisherRegion),
 * when its address names one and it settles the day; a date in the URL, written
 * by the publisher's own clock, outranks it.
 */
function localDayOfPublisher(clock: Clock, url: string | undefined, urlDate: string | null): LocalDay | null {
  const region = publisherRegion(url);
  const local = region ? localDayInRegion(clock, region) : null;
  return local && (urlDate === null || urlDate === local.date) ? local : null;
}

function confirmedOrNot(date: string, how: string, urlDate: string | null): Published {
  return urlDate === date ? known(date, `${how}, confirmed by the url`, CONFIDENCE.confirmed) : known(date, how, CONFIDENCE.metaPublished);
}

const known = (value: string, how: string, confidence: number): Published => ({ value, earliest: value, latest: value, how, confidence });

/**
 * Supplied > HTML meta candidates (first that parses) > date in the URL >
 * dates read from elements named like dates > modification dates > dateline printed in the text >
 * a day printed in a short block near the headline (visiblePageDate) > range inferred from the body > unknown.
 */
export function resolvePublished(raw: RawArticle, clean: CleanArticle, warn: (warning: string) => void = () => undefined, context: PublishedContext = {}): Published {
  const supplied = raw.supplied?.published ? parseDateString(raw.supplied.published) : null;
  if (supplied) return known(supplied, raw.supplied!.publishedHow ?? raw.supplied!.from, 1);
  if (raw.supplied?.published) {
    const from = suppliers[raw.supplied.from];
    warn(`the date supplied by ${from}, ${JSON.stringify(raw.supplied.published)}, is not a day: ${explainUnreadDate(raw.supplied.published)}; ignored, the date is read from the article`);
  }

  const candidates = clean.page.published.filter((c) => c.from !== 'text-dateline');
  const source = /^https?:\/\//.test(raw.source) ? raw.source : undefined;
  const urlDate = [raw.supplied?.url, clean.page.url, source].map((url) => (url ? dateFromUrl(url) : null)).find(Boolean) ?? null;
  for (const candidate of candidates.filter((c) => !MODIFIED.test(c.from) && !WEAK.test(c.from))) {
    const date = parseDateString(candidate.value);
    if (!date) continue;
    const clock = readClock(candidate.value);
    const local = isUtcInstant(clock) ? localDayOf(clock, clean.page.published) ?? localDayOfPublisher(clock, [clean.page.url, raw.supplied?.url, source].find((url) => url && /^https?:\/\//u.test(url)), urlDate) : null;
    return weighAgainstUrl({ date, from: candidate.from, clock }, local, urlDate);
  }
  if (urlDate) return known(urlDate, 'url', CONFIDENCE.url);
  for (const candidate of candidates.filter((c) => WEAK.test(c.from))) {
    const date = parseDateString(candidate.value);
    if (date) return known(date, `html-meta:${candidate.from}`, CONFIDENCE.metaModified);
  }
  for (const candidate of candidates.filter((c) => MODIFIED.test(c.from))) {
    const date = parseDateString(candidate.value);
    if (date) return known(date, `html-meta:${candidate.from}`, CONFIDENCE.metaModified);
  }
  for (const candidate of clean.page.published.filter((c) => c.from === 'text-dateline')) {
    const date = parseDateString(candidate.value);
    if (date) return known(date, 'text-dateline', CONFIDENCE.dateline);
  }
  const body = bodyParagraphs(clean);
  const wire = body.length ? readWireDateline(body[0], [...clean.removed.map((block) => block.text), clean.text, raw.content]) : null;
  // 'WASHINGTON, Oct 27, 2019 (Reuters) -' states the whole day; 'HALVEK, April 5 (MPA) -' needs the copyright line's year.
  if (wire?.year === 'dateline') return known(wire.date!, 'text-dateline', CONFIDENCE.dateline);
  if (wire?.year === 'copyright') return known(wire.date!, 'text-dateline+copyright-year', CONFIDENCE.wireDateline);
  const captured = raw.supplied?.captured ? parseDateString(raw.supplied.captured) : null;
  const headline = clean.paragraphs[0]?.kind === 'title' ? clean.text.slice(clean.paragraphs[0].start, clean.paragraphs[0].end) : null;
  const visible = clean.pageText ? visiblePageDate(clean.pageText(), headline, captured ?? today()) : null;
  if (visible) return known(visible.date, 'text-visible-date', CONFIDENCE.visible);
  const year = wire && context.storyDays ? storyYear(wire.monthDay, context.storyDays) : null;
  if (wire && year !== null) return known(`${year}-${wire.monthDay}`, 'text-dateline+story-year', CONFIDENCE.storyYear);
  const range = inferPublishedRange(body.join('\n'));
  if (captured) return capturedBound(range, captured);
  // 'HALVEK, Lessaria, April 5 (MPA) -' and nothing else: the month and day wait for the story's year (dateFromStory).
  if (!range && wire) return { value: null, earliest: null, latest: null, how: `${yearlessDatelineHow}${wire.monthDay}`, confidence: 0 };
  return range ?? { value: null, earliest: null, latest: null, how: 'unknown', confidence: 0 };
}

/** What the rest of the story tells the metadata step: the publication days of its other articles. */
export interface PublishedContext {
  storyDays?: readonly string[];
}

/** Today as YYYY-MM-DD (UTC): a page read now cannot have been published later. */
const today = (): string => new Date().toISOString().slice(0, 10);

const suppliers = { manifest: 'the manifest', jsonl: 'the JSONL fields', feed: 'the feed item', warc: 'the WARC record', url: 'the fetched page', upload: 'the upload form' } as const;

/**
 * An archive's capture date (WARC-Date '2019-10-28T06:12:00Z') is not the
 * publication date, but the page existed then: it ends the range. The
 * reference date for 'yesterday' is then the capture day, as a reader of the
 * archived page would take it.
 */
function capturedBound(range: Published | null, captured: string): Published {
  const earliest = range?.earliest && range.earliest <= captured ? range.earliest : null;
  const latest = range?.latest && range.latest < captured ? range.latest : captured;
  return { value: null, earliest, latest, how: range ? `${range.how}+warc-date` : 'warc-date', confidence: range?.confidence ?? 0.2 };
}
