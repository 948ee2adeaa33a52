import { Command } from 'commander';
import { CannotRun } from './exitCodes.js';
import { storeOptionHelp, withStore } from './withStore.js';

async function watchUseCases() {
  return import('../usecases/watchClaims.js');
}

/** A use case's "no such claim" or "id taken" is the user's to fix: exit code 2 with the message. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  const { WatchedClaimNotFound, WatchIdTaken } = await watchUseCases();
  try {
    return await work();
  } catch (error) {
    if (error instanceof WatchedClaimNotFound || error instanceof WatchIdTaken) throw new CannotRun(error.message);
    throw error;
  }
}

const addCommand = new Command('add')
  .description('watch a claim: check it against everything stored now, and every article stored from now on')
  .argument('<claim>', 'the claim, in quotes')
  .option('--id <id>', 'an id for it (default: made from its words)')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (claim: string, options: { id?: string; db?: string; json?: boolean }) => {
    if (!claim.trim()) throw new CannotRun('the claim is empty: give it in quotes (corroborate watch add "He was killed in May")');
    const { watchClaim } = await watchUseCases();
    await withStore(options.db, async (db) => {
      const { watched, added } = await asUserError(() => watchClaim(db, claim.trim(), options.id ?? null));
      const said = `${added ? 'watching' : 'already watching'} ${watched.id}: ${watched.status}, ${watched.articles} article(s) bear on it\n`;
      process.stdout.write(options.json ? `${JSON.stringify(watched, null, 2)}\n` : said);
    });
  });

const listCommand = new Command('list')
  .description('the watched claims with their status')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; json?: boolean }) => {
    const { listWatchedClaims } = await watchUseCases();
    const { formatWatchList } = await import('./formatCheck.js');
    await withStore(options.db, async (db) => {
      const watched = await listWatchedClaims(db);
      process.stdout.write(options.json ? `${JSON.stringify({ items: watched }, null, 2)}\n` : formatWatchList(watched));
    });
  });

const showCommand = new Command('show')
  .description("one watched claim: the articles that bear on it, their stance and evidence, and its status over time")
  .argument('<id>', "its id, as 'corroborate watch list' shows it")
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (id: string, options: { db?: string; json?: boolean }) => {
    const { readWatchedClaim } = await watchUseCases();
    const { formatCheck } = await import('./formatCheck.js');
    await withStore(options.db, async (db) => {
      const check = await asUserError(() => readWatchedClaim(db, id));
      process.stdout.write(options.json ? `${JSON.stringify(check, null, 2)}\n` : formatCheck(check));
    });
  });

const removeCommand = new Command('remove')
  .description('stop watching a claim')
  .argument('<id>', "its id, as 'corroborate watch list' shows it")
  .option('--db <dir|url>', storeOptionHelp)
  .action(async (id: string, options: { db?: string }) => {
    const { unwatchClaim } = await watchUseCases();
    await withStore(options.db, async (db) => {
      await asUserError(() => unwatchClaim(db, id));
      process.stdout.write(`no longer watching ${id}\n`);
    });
  });

export const watchCommand = new Command('watch')
  .description('claims to watch: each new article is checked against them as it is stored')
  .addCommand(addCommand.exitOverride())
  .addCommand(listCommand.exitOverride())
  .addCommand(showCommand.exitOverride())
  .addCommand(removeCommand.exitOverride());
