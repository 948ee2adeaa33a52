import { access, cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './Database.js';

/*
 * PGlite's WebAssembly heap grows to the most it ever used and is not given
 * back, so its caches are kept small: 32 MB of shared buffers rather than
 * 128 (measured: 90 MB less resident memory for 600 articles, the store step
 * no slower). max_wal_size is the WAL a checkpoint leaves on disk.
 */
const leanSettings = ['-c', 'shared_buffers=32MB', '-c', 'max_wal_size=128MB', '-c', 'min_wal_size=32MB'];

/*
 * PGlite runs PostgreSQL as a standalone backend, which has no checkpointer
 * process: nothing checkpoints while it runs, so no WAL segment is ever
 * recycled, and a long `analyze` keeps every byte it wrote (2.1 GB of WAL
 * after a few thousand articles of the 100,000-article bench; 41 segments
 * for 640 MB of inserts with max_wal_size at 128 MB). So after every 50
 * statements, in transactions or not, the store asks how much WAL there is since
 * the last checkpoint, and checkpoints itself past max_wal_size, as the
 * checkpointer would.
 */
const writesBetweenWalChecks = 50;
const checkpointAfterWalBytes = 128 * 2 ** 20;

/**
 * Opens (creating if needed) the embedded store in a folder; `memory://` keeps it in memory, for tests.
 * A new folder is created by a short-lived process (initialisePglite.mjs), so that the memory of
 * creating it is given back: a process that created its store held 890 MB, one that opened it 360 MB.
 * A new store starts as a copy of the template when one is named (see initialise); `fromTemplate:
 * false` makes it empty, for a test that builds a store as an older version left it.
 */
export async function openPglite(dataDir: string, { fromTemplate = true }: { fromTemplate?: boolean } = {}): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) {
    await mkdir(dataDir, { recursive: true });
    if (!(await exists(path.join(dataDir, 'PG_VERSION')))) await initialise(dataDir, fromTemplate);
  }
  const loadDataDir = inMemory && fromTemplate ? await templateArchive() : undefined;
  const db = await PGlite.create(dataDir, { startParams: [...PGlite.defaultStartParams, ...leanSettings], loadDataDir });
  let sinceWalCheck = 0;
  // Through whatever runs the statement: inside a transaction, the transaction (one relate's
  // transaction wrote 600 MB of WAL for a subject of 260,000 statements, all of it kept).
  const checkpointWhenDue = async (target: Pick<PGlite, 'query'>) => {
    if (dataDir.startsWith('memory://') || ++sinceWalCheck < writesBetweenWalChecks) return;
    sinceWalCheck = 0;
    const [{ behind }] = (await target.query<{ behind: string }>('SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), (pg_control_checkpoint()).redo_lsn)::bigint AS behind')).rows;
    if (Number(behind) > checkpointAfterWalBytes) await target.query('CHECKPOINT');
  };
  // Every statement counts, in a transaction or not: an article is stored by one statement (saveArticle) as often as by a transaction.
  const counting = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      const rows = (await target.query<Row>(sql, params)).rows;
      await checkpointWhenDue(target);
      return rows;
    },
  });
  return {
    ...counting(db),
    description: `pglite:${dataDir}`,
    transaction: (work) => db.transaction((tx) => work(counting(tx))),
    async exec(sql) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

const exists = (file: string) => access(file).then(() => true, () => false);

/**
 * A new folder is PGlite's initdb (about 2.8 s of CPU), or a copy of a store folder when
 * `CORROBORATE_PGLITE_TEMPLATE` names one (about 40 MB, copied in tens of milliseconds). The test
 * suite creates some hundreds of stores: its global setup makes the template once, by initdb and
 * the migrations, so that a new store neither runs initdb nor the migrations again (1.2 s more).
 */
async function initialise(dataDir: string, fromTemplate: boolean): Promise<void> {
  const template = fromTemplate ? process.env.CORROBORATE_PGLITE_TEMPLATE : undefined;
  if (template && (await exists(path.join(template, 'PG_VERSION')))) await cp(template, dataDir, { recursive: true });
  else await initialiseElsewhere(dataDir);
}

/** The template as PGlite's own archive (`<template>.tar`, made by dumpDataDir) for a store in memory: loaded in about 0.5 s, against 2.6 s for initdb and the migrations. */
async function templateArchive(): Promise<Blob | undefined> {
  const template = process.env.CORROBORATE_PGLITE_TEMPLATE;
  const archive = template && `${template}.tar`;
  return archive && (await exists(archive)) ? new Blob([await readFile(archive)]) : undefined;
}

export function initialiseElsewhere(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Plain Node (no TypeScript loader): the script is JavaScript, and starts faster so.
    const child = fork(fileURLToPath(new URL('./initialisePglite.mjs', import.meta.url)), [dataDir], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`creating it failed (exit code ${code}): ${stderr.trim().slice(-500)}`))));
  });
}
