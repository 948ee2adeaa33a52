import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean/cleanArticle.js';
import { defaultMaxArticleBytes, readSources } from '../../src/ingest/readSources.js';

/*
 * PolNeAR's text files print each headline on the first line with a full
 * stop ('Poll: Wealthy Voters Abandon Republican Party for Hillary
 * Clinton.'), so it reads as a sentence; their names are built from the
 * headline, as a scraper names a saved page after its URL's slug. The name
 * makes the line the title; the same file under a name of no words has none.
 */
const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const dev = join(shared, 'data/polnear/data/dev/text');
const present = existsSync(dev);
if (!present) console.warn(`PolNeAR title tests skipped: no PolNeAR at ${dev} (set CORROBORATE_SHARED)`);

async function cleaned(path: string) {
  for await (const item of readSources([path], { maxArticleBytes: defaultMaxArticleBytes })) {
    if ('article' in item) return cleanArticle(item.article);
  }
  throw new Error(`${path} was not read`);
}

describe.skipIf(!present)('a plain-text headline with a full stop', () => {
  it.each([
    ['breitbart_2016-09-20_poll-wealthy-voters-abandon-repu.txt', 'Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.'],
    ['politico_2016-09-16_sanders-clinton-needs-to-get-awa.txt', "Sanders: Clinton needs to 'get away from all of this personality stuff' with Trump."],
  ])('is the title of %s, named after it', async (file, title) => {
    const article = await cleaned(join(dev, file));
    expect(article.paragraphs[0].kind).toBe('title');
    expect(article.text.slice(article.paragraphs[0].start, article.paragraphs[0].end)).toBe(title);
  });

  it('is a body paragraph when the file is named by a number', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'corroborate-title-'));
    try {
      const copy = join(folder, '17.txt');
      copyFileSync(join(dev, 'breitbart_2016-09-20_poll-wealthy-voters-abandon-repu.txt'), copy);
      const article = await cleaned(copy);
      expect(article.paragraphs.some((p) => p.kind === 'title')).toBe(false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
