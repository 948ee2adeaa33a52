import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport, checkResultRecord, watchedClaimRecord } from '../../src/model/checkRecord.js';
import { assertingReport, denyingReport, unrelatedReport, watchedClaim } from '../check/watchFixtures.js';
import { runCli } from './spawnCli.js';

describe('corroborate check and watch', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'corroborate-check-'));
    db = path.join(dir, 'db');
    await writeFile(path.join(dir, 'asserting.txt'), assertingReport);
    await writeFile(path.join(dir, 'denying.txt'), denyingReport);
    await writeFile(path.join(dir, 'unrelated.txt'), unrelatedReport);
    const stored = await runCli(['analyze', path.join(dir, 'asserting.txt'), path.join(dir, 'unrelated.txt'), '--db', db]);
    expect(stored.code, stored.stderr).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('checks claims given as arguments and from a JSONL file, naming the lines it cannot read', async () => {
    const file = path.join(dir, 'claims.jsonl');
    await writeFile(file, [JSON.stringify({ claim: 'The central bank raised interest rates', id: 'rates' }), '{"claim": 3}', JSON.stringify({ claim: 'Nobody mentions this comet', id: null })].join('\n'));
    const run = await runCli(['check', watchedClaim, '--claims', file, '--db', db, '--json']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain(`${file}:2: expected {"claim": "...", "id": "..."} with a non-empty "claim" string; skipped`);
    const { checks } = checkReport.parse(JSON.parse(run.stdout));
    expect(checks.map((c) => c.id)).toEqual(['the-halvek-hospital-was-hit-by-a', 'rates', 'nobody-mentions-this-comet']);
    expect(checks[0].articles.map((a) => a.article.title)).toEqual(['Missile hits Halvek hospital, ministry says']);
    expect(checks[1].articles.map((a) => a.article.title)).toEqual(['Central bank raises interest rates']);
    expect(checks[2]).toMatchObject({ articles: [], status: 'unverified', status_history: [] });
  }, 60_000);

  it('refuses a CSV without a claim column, a call without any claim, and an article given as a claim', async () => {
    const file = path.join(dir, 'claims.csv');
    await writeFile(file, 'id,text\n1,Something\n');
    const run = await runCli(['check', '--claims', file, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: no 'claim' column; its columns are id, text`);
    const none = await runCli(['check', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no claim to check');
    const pasted = await runCli(['check', 'word '.repeat(300), '--db', db]);
    expect(pasted.code).toBe(2);
    expect(pasted.stderr).toContain('a claim of 1,499 characters ("word word word word word word word word ..."); a claim is one sentence, at most 1,000; skipped');
  }, 60_000);

  it('watches a claim and sees its status change when an article that denies it is stored', async () => {
    const added = await runCli(['watch', 'add', watchedClaim, '--id', 'halvek', '--db', db, '--json']);
    expect(added.code, added.stderr).toBe(0);
    expect(watchedClaimRecord.parse(JSON.parse(added.stdout))).toMatchObject({ id: 'halvek', status: 'claimed', articles: 1 });
    const stored = await runCli(['analyze', path.join(dir, 'denying.txt'), '--db', db]);
    expect(stored.code, stored.stderr).toBe(0);
    const list = await runCli(['watch', 'list', '--db', db]);
    expect(list.stdout).toMatch(/^halvek\s+(?:disputed|refuted)\s+2 articles\s+The Halvek hospital was hit by a missile$/mu);
    const shown = await runCli(['watch', 'show', 'halvek', '--db', db, '--json']);
    const page = checkResultRecord.parse(JSON.parse(shown.stdout));
    expect(page.status_history.map((c) => c.status)).toEqual(['claimed', page.status]);
    expect(['disputed', 'refuted']).toContain(page.status);
    const removed = await runCli(['watch', 'remove', 'halvek', '--db', db]);
    expect(removed.stdout).toBe('no longer watching halvek\n');
    const gone = await runCli(['watch', 'show', 'halvek', '--db', db]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain("no watched claim 'halvek'");
  }, 90_000);
});
