import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Database } from './Database.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const createVersionTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Applies the numbered SQL files in migrations/ that the store has not seen,
 * each in its own transaction with its version row, so a failed migration
 * leaves the store at the previous version.
 *
 * Several processes may open a fresh store on a server at once (workers
 * starting together), so each transaction takes an advisory lock before it
 * touches anything, schema_migrations included: created outside the lock,
 * two processes raced to create it and one failed with 'type
 * "schema_migrations" already exists'. The lock is a transaction lock, so
 * it is held on the connection that does the work (a session lock taken
 * through a pool can land on another connection than the migration) and
 * ends with the transaction even when the process dies.
 */
export async function migrate(db: Database, options: { through?: number } = {}): Promise<string[]> {
  // `through` stops at a version: tests of a migration build a store as it was before it.
  const files = (await readdir(migrationsFolder))
    .filter((name) => /^\d+_.+\.sql$/.test(name) && Number.parseInt(name, 10) <= (options.through ?? Infinity))
    .sort();
  const versions = files.map((file) => Number.parseInt(file, 10));
  // Without a lock, the usual case: every version already applied, nothing to wait for.
  if ((await appliedVersions(db, versions)).size === versions.length) return [];
  const applied: string[] = [];
  for (const [index, file] of files.entries()) {
    const sql = await readFile(path.join(migrationsFolder, file), 'utf8');
    const didApply = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(4242)');
      await tx.query(createVersionTable);
      // Read again under the lock: another process may have applied it while this one waited.
      const [done] = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [versions[index]]);
      if (done) return false;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [versions[index], file]);
      return true;
    });
    if (didApply) applied.push(file);
  }
  return applied;
}

async function appliedVersions(db: Database, versions: number[]): Promise<Set<number>> {
  const [{ exists }] = await db.query<{ exists: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`);
  if (!exists) return new Set();
  const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations WHERE version = ANY($1::int[])', [versions]);
  return new Set(rows.map((row) => row.version));
}

/** Migrations hold plain DDL: statements end with ';' at a line end (a function body's, between '$$', end none), comments start with '--'. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let pending = '';
  for (const part of sql.split(/;\s*$/m)) {
    pending += pending ? `;${part}` : part;
    // Inside a function body ('$$ BEGIN ... ; END $$') a line's ';' ends no statement: the '$$' are still open.
    if ((pending.match(/\$\$/g) ?? []).length % 2 === 1) continue;
    statements.push(pending);
    pending = '';
  }
  return [...statements, pending].map((statement) => statement.replace(/^\s*--.*$/gm, '').trim()).filter(Boolean);
}
