import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { analyzeSources } from '../../src/usecases/analyzeSources.js';
import { findArticle, listArticles } from '../../src/usecases/findArticle.js';
import { readStory } from '../../src/usecases/readStory.js';

/**
 * A page with no article text in it (navigation and a footer around an empty
 * live-blog shell) still says who published it and when: it is stored with
 * its metadata only, and says why; input with neither text nor metadata is
 * refused as before. Issue 15: 'an article with no extractable body still
 * gets its metadata and is stored as metadata-only (with its reason)'.
 */
const shell = `<!doctype html><html lang="en"><head>
<title>Live: storm reaches the coast | Example Tribune</title>
<meta property="og:site_name" content="Example Tribune">
<meta property="article:published_time" content="2020-04-13T21:30:00-04:00">
<link rel="canonical" href="https://tribune.example/live/2020/04/13/storm">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
<div id="live-root" data-src="/api/live/storm"></div>
<footer><p>Copyright 2020 Example Tribune. All rights reserved.</p><p>Privacy policy · Terms of use · Contact us</p></footer>
</body></html>`;

describe('a page with no article text', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-metadata-only-'));
    await writeFile(path.join(folder, 'live-shell.html'), shell);
    await writeFile(path.join(folder, 'debris.txt'), '<<<>>>\n');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('is stored with its title, outlet and local publication date, marked metadata only with the reason', async () => {
    const db = await openStore('memory://');
    try {
      const summary = await analyzeSources(db, { paths: [folder] });
      expect(summary.stored).toHaveLength(1);
      expect(summary.failed).toEqual([expect.objectContaining({ source: expect.stringContaining('debris.txt'), reason: expect.stringMatching(/debris\.txt: no article text found in it$/) })]);
      expect(summary.warnings).toContainEqual(expect.stringMatching(/live-shell\.html: no article text found.*stored its metadata only/));

      const [listed] = await listArticles(db);
      expect(listed).toMatchObject({ title: 'Live: storm reaches the coast | Example Tribune', published: '2020-04-13', statements: 0, metadata_only: true });
      const record = await findArticle(db, listed.id);
      // The publisher's local day: 21:30 at UTC-4 is already the 14th in UTC.
      expect(record.published).toMatchObject({ value: '2020-04-13' });
      expect(record.outlet.name).toBe('Example Tribune');
      expect(record.text).toBe('');
      expect(record.statements).toEqual([]);
      expect(record.metadata_only).toMatch(/^no article text found/);
      // Its title is shown, never read as a claim.
      expect((await readStory(db)).claims).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
