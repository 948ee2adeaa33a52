import { Command, InvalidArgumentError } from 'commander';
import { formatClaimList } from './formatStory.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return n;
}

export const claimsCommand = new Command('claims')
  .description('list the claims, most-reported first, with status, statement and source counts and report dates')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--limit <n>', 'show at most n claims', positiveInteger, 100)
  .option('--offset <n>', 'skip the first n claims', positiveInteger, 0)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; limit: number; offset: number; json?: boolean }) => {
    const { listClaims } = await import('../usecases/readStory.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      const page = await listClaims(db, { limit: options.limit, offset: options.offset });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return;
      }
      process.stdout.write(formatClaimList(page.claims));
      if (page.total > options.offset + page.claims.length) {
        process.stdout.write(`… ${page.total - options.offset - page.claims.length} more: --offset ${options.offset + page.claims.length}\n`);
      }
    });
  });
