import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = path.resolve('bin/corroborate.js');
const corpus = 'samples/corpus';
const golden = 'test/golden/sample-corpus-story.json';

async function corroborate(...args: string[]): Promise<string> {
  const { stdout } = await run('node', [cli, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/**
 * The JSON the story commands stream, subject by subject and in pieces, is
 * the very text they wrote when they built the whole record and called
 * JSON.stringify: the golden story of the sample corpus, byte for byte.
 */
describe('analyze --json, story --json and sources --json on the sample corpus', () => {
  let folder: string;
  let db: string;
  let written: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'corroborate-json-'));
    db = path.join(folder, 'store');
    const file = path.join(folder, 'out', 'records.json');
    await corroborate('analyze', corpus, '--manifest', path.join(corpus, 'manifest.csv'), '--db', db, '--json', file, '--quiet');
    written = await readFile(file, 'utf8');
  }, 180_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('analyze --json writes the articles, then the golden claims and sources, laid out as JSON.stringify does', async () => {
    const parsed = JSON.parse(written) as { articles: unknown[]; claims: unknown[]; sources: unknown[] };
    expect(Object.keys(parsed)).toEqual(['articles', 'claims', 'sources']);
    expect(parsed.articles).toHaveLength(14);
    expect(written).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(`${JSON.stringify({ claims: parsed.claims, sources: parsed.sources }, null, 2)}\n`).toBe(await readFile(golden, 'utf8'));
  });

  it('story --json prints the golden story', async () => {
    expect(await corroborate('story', '--json', '--db', db)).toBe(await readFile(golden, 'utf8'));
  }, 120_000);

  it('sources --json prints the golden sources', async () => {
    const { sources } = JSON.parse(await readFile(golden, 'utf8')) as { sources: unknown[] };
    expect(await corroborate('sources', '--json', '--db', db)).toBe(`${JSON.stringify({ sources }, null, 2)}\n`);
  }, 120_000);

  it('analyze --json - streams the same claims and sources to stdout', async () => {
    const stdout = await corroborate('analyze', path.join(corpus, 'text', 'where-is-dren-now.txt'), '--db', db, '--json', '-', '--quiet');
    const parsed = JSON.parse(stdout) as { claims: unknown[]; sources: unknown[] };
    const before = JSON.parse(written) as { claims: unknown[]; sources: unknown[] };
    expect(stdout).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect({ claims: parsed.claims, sources: parsed.sources }).toEqual({ claims: before.claims, sources: before.sources });
  }, 120_000);
});
