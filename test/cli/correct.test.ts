import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctionList } from '../../src/model/correction.js';
import { exitCodes } from '../../src/cli/exitCodes.js';
import { runCli } from './spawnCli.js';

/** The claim JSON's statements, as `corroborate claim ID --json` prints them. */
interface ClaimJson {
  claim: { corrections?: { kind: string }[]; statements: { article: string; statement: string; stance: string; evidence: { rule: string } }[] };
}

describe('corroborate correct', () => {
  let folder: string;
  let store: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-correct-'));
    store = path.join(folder, 'store');
    const analyzed = await runCli(['analyze', 'samples/corpus', '--manifest', 'samples/corpus/manifest.csv', '--db', store]);
    expect(analyzed.code, analyzed.stderr).toBe(exitCodes.ok);
  }, 300_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const kasteria = async () => {
    const { stdout } = await runCli(['claim', 'dren.killed.1', '--json', '--db', store]);
    const view = JSON.parse(stdout) as ClaimJson;
    return { view, statement: view.claim.statements.find((s) => s.article.startsWith('b747cc9c') && s.statement === 's1')! };
  };

  it('sets a stance, lists it, keeps it through reanalyze, and undoes it', async () => {
    const [{ statement: before }] = [await kasteria()];
    expect(before.stance).toBe('asserts');
    const made = await runCli(['correct', 'stance', `${before.article}:s1`, 'denies', '--note', 'the whole paragraph', '--db', store], { CORROBORATE_USER: 'Ana Reyes' });
    expect(made.code, made.stderr).toBe(exitCodes.ok);
    expect(made.stdout).toMatch(/^correction 1: stance of b747cc9c\w*:s1 set to denies/);
    const { view, statement } = await kasteria();
    expect(statement).toMatchObject({ stance: 'denies', evidence: { rule: 'corrected by hand' } });
    expect(view.claim.corrections?.map((m) => m.kind)).toEqual(['stance']);

    const reanalyzed = await runCli(['reanalyze', '--all', '--db', store]);
    expect(reanalyzed.code, reanalyzed.stderr).toBe(exitCodes.ok);
    expect((await kasteria()).statement.stance).toBe('denies');

    const list = await runCli(['correct', 'list', '--json', '--db', store]);
    const log = correctionList.parse(JSON.parse(list.stdout));
    expect(log.items).toMatchObject([{ id: 1, by: 'Ana Reyes', note: 'the whole paragraph', undone_at: null, target: { kind: 'stance', stance: 'denies' } }]);

    const undone = await runCli(['correct', 'undo', '1', '--as', 'Ben Okafor', '--db', store]);
    expect(undone.code, undone.stderr).toBe(exitCodes.ok);
    expect((await kasteria()).statement.stance).toBe('asserts');
    const text = await runCli(['correct', 'list', '--db', store]);
    expect(text.stdout).toContain('Ana Reyes: stance of');
    expect(text.stdout).toMatch(/\[undone \S+ by Ben Okafor\]/);
    expect(text.stdout).toContain('why: the whole paragraph');
  }, 300_000);

  it.each([
    [['stance', 'b747cc9c:s999', 'denies', '--as', 'A'], 'no statement "s999"'],
    [['stance', 'b747cc9c', 'denies', '--as', 'A'], 'ARTICLE_ID:STATEMENT_ID'],
    [['stance', 'b747cc9c:s1', 'maybe', '--as', 'A'], 'stance'],
    [['merge', 'dren.killed.1', 'no.such.1', '--as', 'A'], 'no claim has the id "no.such.1"'],
    [['date', 'b747cc9c', '2025-13-01', '--as', 'A'], 'date'],
    [['exclude', 'b747cc9c'], '--as'],
    [['undo', '42', '--as', 'A'], 'no correction has the id 42'],
  ])('correct %j fails with exit code 2 and says why', async (args, message) => {
    const result = await runCli(['correct', ...args, '--db', store], { CORROBORATE_USER: '' });
    expect(result.code).toBe(exitCodes.cannotRun);
    expect(result.stderr).toContain(message);
  }, 120_000);
});
