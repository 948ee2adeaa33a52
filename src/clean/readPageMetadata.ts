import type { PageMetadata } from './types.js';
import { normaliseText } from './normaliseText.js';
import { DATE_CLASS, metaDateSources } from './publishedDateSources.js';
import { readJsonLd } from './readJsonLd.js';

/** The longest text of an element we still read as a date ('Published 9 October 2020, 10:42'). */
const MAX_DATE_TEXT = 80;

function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '').toLowerCase().trim();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function timeCandidates(document: Document): { value: string; from: string }[] {
  const found: { value: string; from: string }[] = [];
  const add = (value: string | null | undefined, from: string) => {
    const text = value ? normaliseText(value) : '';
    if (text.length > 0 && text.length <= MAX_DATE_TEXT) found.push({ value: text, from });
  };
  for (const el of document.querySelectorAll('[itemprop="datePublished"]')) {
    add(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent, 'itemprop=datePublished');
  }
  for (const el of document.querySelectorAll('time[pubdate]')) add(el.getAttribute('datetime') ?? el.textContent, 'time[pubdate]');
  for (const el of document.querySelectorAll('article time[datetime], header time[datetime]')) add(el.getAttribute('datetime'), 'article time[datetime]');
  for (const el of document.querySelectorAll('abbr.published')) add(el.getAttribute('title') ?? el.textContent, 'abbr.published');
  const first = document.querySelector('time[datetime]');
  if (first) add(first.getAttribute('datetime'), 'time[datetime]');
  for (const el of document.querySelectorAll('body [class], body [id]')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (/modif|updat|comment/i.test(name) || !DATE_CLASS.test(name)) continue;
    const attribute = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title');
    add(attribute ?? el.textContent, 'element[class~=date]');
  }
  return found;
}

/**
 * A publication date that a page's own scripts carry as data, outside
 * JSON-LD: a shop's product JSON ('"published_at":"2019-03-02T06:22:28+01:00"'),
 * a framework's page state ('"datePublished":"2021-05-04"' in __NEXT_DATA__).
 * Only keys that name publication count, and only the first in the page,
 * which is the page's own before any list of other items; weaker than a
 * URL date (resolvePublished.ts).
 */
const scriptDateKey = /"(datePublished|date_published|publishedAt|published_at|publishDate|publish_date|firstPublished|pubDate)"\s*:\s*"([^"]{8,40})"/;

function scriptDateCandidates(document: Document): { value: string; from: string }[] {
  for (const script of document.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') continue;
    const match = scriptDateKey.exec(script.textContent ?? '');
    if (match) return [{ value: match[2], from: `script:${match[1]}` }];
  }
  return [];
}

/**
 * Reads title, site name, canonical URL, description and every
 * publication-date candidate from the page, each date with where it came from.
 * Call before main-content extraction, which strips <script> and <head> parts.
 */
export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaMap(document);
  const jsonLd = readJsonLd([...document.querySelectorAll('script[type="application/ld+json"]')].map((el) => el.textContent ?? ''));
  const titleElement = document.querySelector('title')?.textContent;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const published: { value: string; from: string }[] = [];
  if (jsonLd.datePublished) published.push({ value: jsonLd.datePublished, from: 'json-ld:datePublished' });
  for (const source of metaDateSources.filter((s) => s.kind === 'published')) {
    const value = meta.get(source.key);
    if (value) published.push({ value, from: `meta[${source.key}]` });
  }
  published.push(...timeCandidates(document), ...scriptDateCandidates(document));
  for (const source of metaDateSources.filter((s) => s.kind === 'modified')) {
    const value = meta.get(source.key);
    if (value) published.push({ value, from: `meta[${source.key}]` });
  }
  if (jsonLd.dateModified) published.push({ value: jsonLd.dateModified, from: 'json-ld:dateModified' });

  const clean = (value: string | null | undefined) => {
    const text = value ? normaliseText(value) : '';
    return text.length > 0 ? text : undefined;
  };
  return {
    title: clean(meta.get('og:title')) ?? clean(meta.get('twitter:title')) ?? clean(jsonLd.headline) ?? clean(titleElement),
    siteName: clean(meta.get('og:site_name')) ?? clean(meta.get('application-name')) ?? clean(jsonLd.publisher),
    url: clean(canonical) ?? clean(meta.get('og:url')),
    description: clean(meta.get('og:description')) ?? clean(meta.get('description')),
    published,
  };
}
