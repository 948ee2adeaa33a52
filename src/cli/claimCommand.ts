import { Command } from 'commander';
import { exitCodes } from './exitCodes.js';
import { formatClaim } from './formatStory.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const claimCommand = new Command('claim')
  .description('one claim: its status over time, its statements by stance with speaker, outlet and date, and related claims')
  .argument('<id>', "claim id, as 'corroborate claims' lists them (baghdadi.killed.1)")
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (id: string, options: { db?: string; json?: boolean }) => {
    const { ClaimNotFound, findClaim } = await import('../usecases/readStory.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      try {
        const view = await findClaim(db, id);
        process.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : formatClaim(view));
      } catch (error) {
        if (!(error instanceof ClaimNotFound)) throw error;
        process.stderr.write(`corroborate: ${error.message}\n`);
        process.exitCode = exitCodes.cannotRun;
      }
    });
  });
