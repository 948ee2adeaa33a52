import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';

/*
 * Read commands never relate the story: on a store whose story lags its
 * articles (here: related by an older story reader, as after an upgrade) they
 * print it as it is, say so on stderr and name `corroborate relate`, which
 * brings it up to date.
 */
const run = promisify(execFile);
const cli = path.resolve('bin/corroborate.js');
const corroborate = async (...args: string[]) => run('node', [cli, ...args], { maxBuffer: 64 * 1024 * 1024 });

describe('corroborate relate, and read commands on a stale story', () => {
  let folder: string;
  let store: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-relate-'));
    store = path.join(folder, 'store');
    await corroborate('analyze', 'samples/corpus', '--manifest', 'samples/corpus/manifest.csv', '--db', store);
  }, 300_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('says nothing of staleness after analyze, which relates what it stored', async () => {
    const { stdout, stderr } = await corroborate('claims', '--db', store);
    expect(stdout).toContain('dren.killed.1');
    expect(stderr).not.toContain('corroborate relate');
  }, 120_000);

  it('names corroborate relate on stderr when the story lags, and relate brings it up to date', async () => {
    const db = await openStore(store);
    try {
      await db.query("UPDATE story_meta SET value = 'an older reader' WHERE key = 'reader_version'");
      await db.query("UPDATE articles SET story_reader = 'an older reader'");
    } finally {
      await db.close();
    }
    for (const command of ['story', 'claims', 'timeline', 'sources']) {
      const { stderr } = await corroborate(command, '--db', store);
      expect(stderr, command).toContain('bring it up to date with: corroborate relate');
    }
    const related = JSON.parse((await corroborate('relate', '--db', store, '--json')).stdout) as { reread: number; derived: number };
    expect(related.reread).toBe(14);
    const { stdout, stderr } = await corroborate('claim', 'dren.killed.1', '--db', store);
    expect(stdout).toContain('dren.killed.1');
    expect(stderr).not.toContain('corroborate relate');
  }, 300_000);
});
