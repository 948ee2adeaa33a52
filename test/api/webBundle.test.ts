import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/createApp.js';
import { loadWebBundle } from '../../src/api/webBundle.js';
import type { Database } from '../../src/store/Database.js';
import { openStore } from '../../src/store/openStore.js';

describe('loadWebBundle', () => {
  let folder: string;
  let db: Database;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-web-'));
    await mkdir(path.join(folder, 'assets'));
    await writeFile(path.join(folder, 'index.html'), '<!doctype html><title>app</title>');
    await writeFile(path.join(folder, 'assets', 'app-9f.js'), 'export {}');
    db = await openStore('memory://');
  });
  afterAll(async () => {
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('reads the build into memory once: later changes on disk are not served', async () => {
    const bundle = await loadWebBundle(folder);
    expect([...bundle!.keys()].sort()).toEqual(['/assets/app-9f.js', '/index.html']);
    await writeFile(path.join(folder, 'index.html'), 'changed');
    await writeFile(path.join(folder, 'assets', 'late.js'), 'late');
    const app = createApp({ db, web: bundle });
    expect(await (await app.request('/')).text()).toBe('<!doctype html><title>app</title>');
    expect((await app.request('/assets/late.js')).status).toBe(404);
  });

  it('gives null for a folder without a build', async () => {
    expect(await loadWebBundle(path.join(folder, 'none'))).toBeNull();
    expect(await loadWebBundle(path.join(folder, 'assets'))).toBeNull();
  });
});
