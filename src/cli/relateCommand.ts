import { Command } from 'commander';
import { storeOptionHelp, withStore } from './withStore.js';
import { exitCodes } from './exitCodes.js';
import { printable } from '../model/printable.js';

/** One subject the store could not hold the derivation of, for the terminal. */
export const underivableWarning = ({ subject, reason }: { subject: string; reason: string }): string =>
  `  warning: the subject '${printable(subject)}' was not related: ${printable(reason)}; its claims are left as they were\n`;

export const relateCommand = new Command('relate')
  .description('bring the story up to date with the stored articles (analyze, uploads and workers do this after storing; run it after a run that stopped early or an upgrade)')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print JSON')
  .action(async (options: { db?: string; json?: boolean }) => {
    const { relateStory } = await import('../usecases/relateStory.js');
    await withStore(options.db, async (db) => {
      const summary = await relateStory(db);
      process.stdout.write(
        options.json
          ? `${JSON.stringify(summary, null, 2)}\n`
          : `read ${summary.reread} article(s) again, related ${summary.derived} subject(s) in ${(summary.ms / 1000).toFixed(1)} s\n${summary.failed.map(underivableWarning).join('')}`,
      );
      if (summary.failed.length) process.exitCode = exitCodes.someInputFailed;
    });
  });
