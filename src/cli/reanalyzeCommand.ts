import { Command } from 'commander';
import { analyzerVersion } from '../analyze/analyzerVersion.js';
import { printable } from '../model/printable.js';
import type { ReanalyzeSummary } from '../usecases/reanalyzeArticles.js';
import { exitCodes } from './exitCodes.js';
import { storeOptionHelp, withStore } from './withStore.js';

export const reanalyzeCommand = new Command('reanalyze')
  .description('analyse stored articles again from their original input: those analysed by an older version of corroborate, or --all')
  .option('--all', 'every stored article, not only those analysed by another version')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--quiet', 'no progress bar')
  .action(async (options: { all?: boolean; db?: string; quiet?: boolean }) => {
    const { default: cliProgress } = await import('cli-progress');
    const { reanalyzeArticles } = await import('../usecases/reanalyzeArticles.js');
    const showBar = !options.quiet && process.stderr.isTTY;
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'reanalyze [{bar}] {percentage}% | {value}/{total} articles | {source}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let barStarted = false;
    const summary = await withStore(options.db, (db) =>
      reanalyzeArticles(db, {
        all: options.all,
        onProgress: ({ done, total, source }) => {
          if (!showBar) return;
          if (!barStarted) bar.start(total, 0, { source: '' });
          barStarted = true;
          bar.update(done, { source: printable(source).slice(-40) });
        },
      }),
    );
    if (barStarted) bar.stop();
    process.stdout.write(formatReanalyzeSummary(summary));
    process.exitCode = summary.couldNotRedo.length ? exitCodes.someInputFailed : exitCodes.ok;
  });

/** Sources and reasons come from the inputs: control characters are escaped, as in analyze's summary. */
export function formatReanalyzeSummary(summary: ReanalyzeSummary): string {
  const lines = [
    `redone ${summary.redone.length}, unchanged ${summary.unchanged}${summary.unchanged ? ` (already analysed by version ${analyzerVersion})` : ''}, ` +
      `could not redo ${summary.couldNotRedo.length} (${summary.seconds.toFixed(1)} s)`,
  ];
  for (const failure of summary.couldNotRedo) lines.push(`  could not redo ${failure.id} (${printable(failure.source)}): ${printable(failure.reason)}`);
  if (summary.story.derived) lines.push(`story brought up to date: ${summary.story.derived} subject${summary.story.derived === 1 ? '' : 's'} derived again`);
  return `${lines.join('\n')}\n`;
}
