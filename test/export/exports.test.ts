import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { claimColumns, correctionColumns, sourceColumns, statementColumns } from '../../src/export/csvColumns.js';
import type { ExportedFile } from '../../src/export/ExportInput.js';
import { exporters } from '../../src/export/exporters.js';
import { defuseFormula } from '../../src/export/toCsvTables.js';
import type { AnnotationCollection } from '../../src/export/toWebAnnotations.js';
import { textSelectors, type TextQuoteSelector } from '../../src/export/textSelectors.js';
import { timelineJsSpan } from '../../src/export/timelineJsDate.js';
import { claimGroups, eventGroup, toTimelineJs } from '../../src/export/toTimelineJs.js';
import { zipFiles } from '../../src/export/zipFiles.js';
import type { ExportFormat } from '../../src/model/exportFormats.js';
import type { CorrectionRecord } from '../../src/model/correction.js';
import { goldenInput, oneClaim } from './goldenInput.js';

type Json = Record<string, unknown>;

const input = goldenInput();
const { story } = input;
const articles = new Map(input.articles.map((a) => [a.id, a]));
const exportAs = (format: ExportFormat, options: { claim?: string; baseUrl?: string; publisher?: string } = {}): ExportedFile[] => {
  const base = goldenInput({ baseUrl: options.baseUrl ?? null, publisher: options.publisher ?? 'corroborate' });
  return exporters[format](options.claim ? oneClaim(base, options.claim) : base);
};

const jsonOf = (files: ExportedFile[]): unknown => {
  expect(files).toHaveLength(1);
  return JSON.parse(files[0].text);
};

describe('export csv', () => {
  const read = (file: ExportedFile) => parse(file.text, { bom: true, columns: true }) as Record<string, string>[];

  it('writes statements, claims and sources that csv-parse reads back, with the documented columns', () => {
    const files = exportAs('csv');
    expect(files.map((f) => f.name)).toEqual(['statements.csv', 'claims.csv', 'sources.csv']);
    const [statements, claims, sources] = files.map(read);
    expect(Object.keys(statements[0])).toEqual(Object.keys(statementColumns));
    expect(Object.keys(claims[0])).toEqual(Object.keys(claimColumns));
    expect(Object.keys(sources[0])).toEqual(Object.keys(sourceColumns));
    expect(claims.map((c) => c.id)).toEqual(story.claims.map((c) => c.id));
    expect(statements).toHaveLength(story.claims.reduce((n, c) => n + c.statements.length, 0));
    expect(sources).toHaveLength(story.sources.length);
    const killed = claims.find((c) => c.id === 'dren.killed.1')!;
    expect(killed).toMatchObject({ status: 'refuted', text: 'Vasko Dren had been killed in the strike' });
    expect(Number(killed.asserting) + Number(killed.denying) + Number(killed.doubting) + Number(killed.reporting)).toBe(Number(killed.independent_sources));
    // Each statement's text is the article's text at its offsets, so a spreadsheet row leads back to the sentence.
    for (const row of statements) {
      expect(articles.get(row.article)!.text.slice(Number(row.start), Number(row.end))).toBe(row.text.replace(/^'(?=[=+\-@])/, ''));
    }
    expect(statements.find((r) => r.article === '8c8f6dc3814d')?.article_url).toBe('urn:corroborate:article:8c8f6dc3814d');
  });

  it('documents every column in docs/export.md, in order', () => {
    const doc = readFileSync('docs/export.md', 'utf8');
    const documented = (file: string) => [...(doc.split(`### ${file}`)[1] ?? '').split('\n## ')[0].split('### ')[0].matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(documented('statements.csv')).toEqual(Object.keys(statementColumns));
    expect(documented('claims.csv')).toEqual(Object.keys(claimColumns));
    expect(documented('sources.csv')).toEqual(Object.keys(sourceColumns));
  });

  it('one claim: its statements and sources only', () => {
    const [statements, claims, sources] = (exportAs('csv', { claim: 'dren.alive.1' })).map(read);
    expect(claims.map((c) => c.id)).toEqual(['dren.alive.1']);
    expect(new Set(statements.map((s) => s.claim))).toEqual(new Set(['dren.alive.1']));
    expect(new Set(sources.map((s) => s.claim))).toEqual(new Set(['dren.alive.1']));
  });

  it('zips the three files, which unzip to the same text', () => {
    const files = exportAs('csv', { claim: 'dren.alive.1' });
    const unzipped = unzipSync(zipFiles(files, new Date('2025-09-01T12:00:00Z')));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    // The byte order mark stays in the file: a TextDecoder would drop it unless told not to.
    for (const file of files) expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(unzipped[file.name])).toBe(file.text);
  });
});

/**
 * What Google requires and recommends for ClaimReview markup
 * (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * claimReviewed, reviewRating with alternateName, and url are required;
 * author, datePublished and itemReviewed (a Claim with author, datePublished,
 * appearance, firstAppearance) are recommended, and exported here too.
 */
function googleFactCheckProblems(review: Json): string[] {
  const problems: string[] = [];
  const need = (object: Json | undefined, key: string, where: string) => {
    const value = object?.[key];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) problems.push(`${where}.${key} missing`);
  };
  if (review['@type'] !== 'ClaimReview') problems.push('@type is not ClaimReview');
  for (const key of ['claimReviewed', 'reviewRating', 'url', 'author', 'datePublished', 'itemReviewed']) need(review, key, 'ClaimReview');
  const rating = review.reviewRating as Json | undefined;
  for (const key of ['alternateName', 'ratingValue', 'bestRating', 'worstRating']) need(rating, key, 'reviewRating');
  if (rating && !(Number(rating.worstRating) <= Number(rating.ratingValue) && Number(rating.ratingValue) <= Number(rating.bestRating))) problems.push('ratingValue outside the scale');
  need(review.author as Json, 'name', 'author');
  const claim = review.itemReviewed as Json | undefined;
  if (claim?.['@type'] !== 'Claim') problems.push('itemReviewed is not a Claim');
  for (const key of ['author', 'appearance', 'firstAppearance']) need(claim, key, 'itemReviewed');
  // A claim whose only statements sit in an undated article has no date to give.
  if (claim?.datePublished !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(claim.datePublished))) problems.push('itemReviewed.datePublished is not a date');
  for (const work of [...((claim?.appearance as Json[]) ?? []), claim?.firstAppearance as Json]) {
    if (!/^(https?:\/\/|urn:)/.test(String(work?.url))) problems.push(`appearance url ${String(work?.url)}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(review.datePublished))) problems.push('datePublished is not a date');
  return problems;
}

/** schema.org's context, reduced to its vocabulary: the test never reaches the network. */
const schemaOrgContext = { '@context': { '@vocab': 'https://schema.org/' } };
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`the test loads no remote document (${url})`);
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
};

describe('export claimreview', () => {
  it('gives one ClaimReview per claim, each with the fields Google requires, and parses as JSON-LD', async () => {
    const reviews = jsonOf(exportAs('claimreview', { baseUrl: 'https://news.example/halvek.html', publisher: 'Halvek Desk' })) as Json[];
    expect(reviews).toHaveLength(story.claims.length);
    for (const review of reviews) expect(googleFactCheckProblems(review)).toEqual([]);
    const claim = story.claims.find((c) => c.id === 'dren.killed.1')!;
    const firstAsserting = claim.statements.filter((s) => s.stance === 'asserts').sort((a, b) => (a.reported_on! < b.reported_on! ? -1 : 1))[0];
    const killed = reviews.find((r) => r.claimReviewed === claim.text)!;
    expect(killed).toMatchObject({
      url: 'https://news.example/halvek.html#claim-dren.killed.1',
      author: { '@type': 'Organization', name: 'Halvek Desk' },
      datePublished: '2025-09-01',
      reviewRating: { alternateName: claim.status, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        author: { name: firstAsserting.speaker },
        datePublished: claim.statements.map((s) => s.reported_on!).sort()[0],
        firstAppearance: { url: articles.get(firstAsserting.article)!.url },
      },
    });
    // The first to claim it is Kasteria's Defence Ministry: an organization, not a person.
    expect((killed.itemReviewed as Json).author).toEqual({ '@type': 'Organization', name: 'Defence Ministry' });
    const expanded = await jsonld.expand(reviews as jsonld.JsonLdDocument, { documentLoader });
    expect(expanded).toHaveLength(reviews.length);
    const first = expanded[0] as Record<string, unknown[]>;
    expect(first['@type']).toEqual(['https://schema.org/ClaimReview']);
    expect(first['https://schema.org/claimReviewed']).toEqual([{ '@value': reviews[0].claimReviewed }]);
    const item = (first['https://schema.org/itemReviewed'][0] as Record<string, unknown[]>);
    expect(item['@type']).toEqual(['https://schema.org/Claim']);
    expect(item['https://schema.org/appearance'].length).toBeGreaterThan(0);
  });

  it('without an address, names each review by a URN of its claim', () => {
    const [review] = jsonOf(exportAs('claimreview', { claim: 'dren.alive.1' })) as Json[];
    expect(review.url).toBe('urn:corroborate:claim:dren.alive.1');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'corroborate' });
  });
});

describe('defusing spreadsheet formulas', () => {
  it.each([['=1+1', "'=1+1"], ['+7', "'+7"], ['-2', "'-2"], ['@SUM(A1)', "'@SUM(A1)"], ['Dren said', 'Dren said'], ['', '']])('%s → %s', (text, shown) => {
    expect(defuseFormula(text)).toBe(shown);
  });
});

/**
 * Finds an annotation's span in a text by its quote alone, as a client does
 * on a page it has no positions for: the one place where prefix, exact and
 * suffix follow each other. Returns its code point offsets, or null when the
 * quote is not there or is ambiguous.
 */
function anchorByQuote(text: string, quote: TextQuoteSelector): { start: number; end: number } | null {
  const whole = quote.prefix + quote.exact + quote.suffix;
  const at = text.indexOf(whole);
  if (at < 0 || text.indexOf(whole, at + 1) >= 0) return null;
  const start = at + quote.prefix.length;
  return { start: [...text.slice(0, start)].length, end: [...text.slice(0, start + quote.exact.length)].length };
}

describe('export annotations', () => {
  it('annotates every statement, speaker and time, and each re-anchors to its article text by quote and by position', () => {
    const collection = jsonOf(exportAs('annotations')) as AnnotationCollection;
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage' } });
    const items = collection.first.items;
    expect(collection.total).toBe(items.length);
    const expected = input.articles.reduce((n, a) => n + a.statements.length + a.statements.filter((s) => s.speaker).length + a.times.length, 0);
    const ownAssertions = new Set(story.claims.flatMap((c) => c.statements.filter((s) => s.statement.startsWith('o')).map((s) => `${s.article}:${s.statement}`)));
    expect(items).toHaveLength(expected + ownAssertions.size);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    const bySource = new Map(input.articles.map((a) => [a.url ?? `urn:corroborate:article:${a.id}`, a]));
    for (const annotation of items) {
      const article = bySource.get(annotation.target.source);
      expect(article, annotation.target.source).toBeDefined();
      const [quote, position] = annotation.target.selector;
      const codePoints = [...article!.text];
      expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
      expect(anchorByQuote(article!.text, quote), `${annotation.id} "${quote.exact}"`).toEqual({ start: position.start, end: position.end });
    }
    // A statement on a claim says how it stands towards it.
    const killed = story.claims.find((c) => c.id === 'dren.killed.1')!.statements[0];
    const annotation = items.find((a) => a.id === `urn:corroborate:annotation:${killed.article}:${killed.statement}:content`)!;
    expect(annotation.body.map((b) => b.value)).toContain(`${killed.stance} dren.killed.1: Vasko Dren had been killed in the strike`);
  });

  it('counts positions in code points, as the Web Annotation model does, and keeps pairs whole in the context', () => {
    const text = 'Dren 🙂 said it. Dren 🙂 said so.';
    const at = text.indexOf('said', 10);
    const [quote, position] = textSelectors(text, at, at + 4);
    expect(position).toEqual({ type: 'TextPositionSelector', start: [...text.slice(0, at)].length, end: [...text.slice(0, at)].length + 4 });
    expect(anchorByQuote(text, quote)).toEqual({ start: position.start, end: position.end });
    const [short] = textSelectors('🙂'.repeat(20) + 'x', 40, 41);
    expect(short.prefix).toBe('🙂'.repeat(16));
  });
});

describe('export timeline', () => {
  it('puts events on the event clock and reports on the report clock, a group per most-reported claim, text escaped', () => {
    const hostileInput = oneClaim(goldenInput(), 'dren.killed.1');
    hostileInput.story.claims[0].statements[0].text = '<script>alert(1)</script>';
    const timeline = toTimelineJs(hostileInput);
    const event = timeline.events.find((e) => e.group === eventGroup)!;
    expect(event.start_date).toEqual({ year: 2025, month: 3, day: 9, display_date: '2025-03-09' });
    const reports = timeline.events.filter((e) => e.group !== eventGroup);
    expect(new Set(reports.map((e) => e.group))).toEqual(new Set(['Reported: Vasko Dren had been killed in the strike']));
    expect(reports.length).toBe(new Set(hostileInput.story.claims[0].statements.flatMap((s) => s.reported_on ?? [])).size);
    expect(JSON.stringify(timeline)).not.toContain('<script>');
    expect(JSON.stringify(timeline)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const whole = toTimelineJs(input);
    expect(new Set(whole.events.map((e) => e.group)).size).toBe(claimGroups + 2);
    expect(new Set(whole.events.map((e) => e.unique_id)).size).toBe(whole.events.length);
  });

  it.each([
    ['2016-FA', '2016-FA', { year: 2016, month: 9, display_date: '2016-FA' }, { year: 2016, month: 11 }],
    ['2025-03', '2025-04-02', { year: 2025, month: 3, display_date: '2025-03 – 2025-04-02' }, { year: 2025, month: 4, day: 2 }],
    ['2017', '2017', { year: 2017, display_date: '2017' }, undefined],
  ])('TIMEX3 %s to %s as TimelineJS dates', (from, to, start, end) => {
    expect(timelineJsSpan(from, to)).toEqual({ start_date: start, ...(end ? { end_date: end } : {}) });
  });

  it('leaves out a value that names no calendar span', () => {
    expect(timelineJsSpan('PAST_REF', 'PAST_REF')).toBeNull();
  });
});

describe('export report', () => {
  it('escapes article text, links only http(s) addresses, and carries no script', () => {
    const hostileInput = oneClaim(goldenInput(), 'dren.killed.1');
    hostileInput.articles[0].url = 'javascript:alert(1)';
    hostileInput.articles[1].title = '<b onmouseover="alert(1)">bold</b>';
    const html = exporters.report(hostileInput)[0].text;
    expect(html).not.toMatch(/<script|href="javascript:|<b onmouseover/i);
    expect(html).toContain('&lt;b onmouseover=&quot;alert(1)&quot;&gt;bold&lt;/b&gt;');
    expect(html).toContain(`id="claim-dren.killed.1"`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });
});

describe('corrections by hand in the exports', () => {
  const hostile: CorrectionRecord = {
    id: 3, at: '2025-09-01T10:00:00.000Z', by: 'Ana <b>Reyes</b>', note: '=HYPERLINK("x") <script>alert(1)</script>',
    target: { kind: 'stance', statement: { articleId: '8c8f6dc3814d', statementId: 's1', text: 'x' }, stance: 'denies' },
    previous: null, undone_at: null, undone_by: null,
  };
  const undone: CorrectionRecord = { ...hostile, id: 4, by: 'Ben', note: '', target: { kind: 'exclude', articleId: '8c8f6dc3814d' }, undone_at: '2025-09-02T09:00:00.000Z', undone_by: 'Ana' };
  const corrected = goldenInput({ corrections: [hostile, undone] });
  // The golden story with one claim marked, as the store derives it when a correction changed it.
  corrected.story = { ...corrected.story, claims: corrected.story.claims.map((c) => (c.id === 'dren.killed.1' ? { ...c, corrections: [{ id: 3, kind: 'stance', by: hostile.by, at: hostile.at, note: hostile.note }] } : c)) };

  it('lists them in corrections.csv, documented in docs/export.md, formulas defused; no file when there are none', () => {
    const files = exporters.csv(corrected);
    expect(files.map((f) => f.name)).toEqual(['statements.csv', 'claims.csv', 'sources.csv', 'corrections.csv']);
    const rows = parse(files[3].text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(Object.keys(correctionColumns));
    expect(rows.map((r) => [r.id, r.kind, r.change, r.undone_by])).toEqual([
      ['3', 'stance', 'stance of 8c8f6dc3814d:s1 set to denies', ''],
      ['4', 'exclude', '8c8f6dc3814d excluded from the story', 'Ana'],
    ]);
    expect(rows[0].note.startsWith("'=HYPERLINK")).toBe(true);
    const doc = readFileSync('docs/export.md', 'utf8');
    expect([...(doc.split('### corrections.csv')[1] ?? '').split('\n## ')[0].matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1])).toEqual(Object.keys(correctionColumns));
    expect(exporters.csv(goldenInput()).map((f) => f.name)).not.toContain('corrections.csv');
  });

  it('shows them in the report, beside the claim they changed and as a log at the end, all text escaped', () => {
    const html = exporters.report(corrected)[0].text;
    expect(html).toContain('<section id="corrections"><h2>Corrections by hand</h2>');
    expect(html).toContain('corrected by hand (<a href="#correction-3">#3 stance, Ana &lt;b&gt;Reyes&lt;/b&gt;</a>)');
    expect(html).toContain('undone 2025-09-02 by Ana');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(exporters.report(goldenInput())[0].text).not.toContain('id="corrections"');
  });
});
