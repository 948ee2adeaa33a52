import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestJob } from '../../src/api/apiSchemas.js';
import { createApp } from '../../src/api/createApp.js';
import { articleRecord, type ArticleRecord } from '../../src/record/articleRecord.js';
import { openStore } from '../../src/store/openStore.js';
import { runCli } from '../cli/spawnCli.js';
import { getJson } from './requestJson.js';

/*
 * A user's report: agency copy uploaded through the web app was stored with
 * outlet "unknown" and no date. The same text given to `analyze` and sent to
 * the upload route must be read the same way, dateline and all.
 */
const agencyCopy = [
  'WASHINGTON, Oct 27, 2019 (Reuters) - The U.S. military carried out an operation in northwest Syria overnight, officials said on Sunday.',
  '',
  '"The operation was a success," Defense Secretary Mark Esper told reporters, adding that no American troops were hurt.',
  '',
  'A spokesman for the Syrian Democratic Forces said the group had shared intelligence before the raid.',
].join('\n');

/** The fields a reader sees at the top of an article, and how each was found. */
const metadataOf = (record: ArticleRecord) => ({ title: record.title, title_how: record.title_how, outlet: record.outlet, published: record.published, url: record.url, text: record.text });

describe('an upload is read as analyze reads the same file', () => {
  it('finds the dateline day and the agency both ways, and the same record apart from the source', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'corroborate-upload-like-cli-'));
    const file = path.join(folder, 'agency-copy.txt');
    await writeFile(file, agencyCopy);
    const json = path.join(folder, 'out.json');
    const cli = await runCli(['analyze', file, '--db', 'memory://', '--quiet', '--json', json]);
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = (JSON.parse(await readFile(json, 'utf8')) as { articles: unknown[] }).articles.map((a) => articleRecord.parse(a));
    expect(fromCli).toHaveLength(1);

    const db = await openStore('memory://');
    try {
      const app = createApp({ db });
      const form = new FormData();
      form.append('files', new File([agencyCopy], 'agency-copy.txt', { type: 'text/plain' }));
      const response = await app.request('/api/ingest', { method: 'POST', body: form });
      expect(response.status).toBe(202);
      let job = ingestJob.parse(await response.json());
      while (job.status !== 'finished') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await getJson(app, `/api/ingest/jobs/${job.id}`, ingestJob);
      }
      expect(job.stored).toHaveLength(1);
      const uploaded = await getJson(app, `/api/articles/${job.stored[0].id}`, articleRecord);

      expect(uploaded.outlet).toEqual({ name: 'Reuters', how: 'dateline-agency' });
      expect(uploaded.published).toMatchObject({ value: '2019-10-27', how: 'text-dateline' });
      expect(metadataOf(uploaded)).toEqual(metadataOf(fromCli[0]));
      expect(uploaded.id).toBe(fromCli[0].id);
      expect(uploaded.statements).toEqual(fromCli[0].statements);
    } finally {
      await db.close();
    }
  }, 120_000);
});
