import { setTimeout as sleep } from 'node:timers/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { printable } from '../model/printable.js';
import type { AnalyzeSummary } from '../usecases/analyzeSources.js';
import { fetchTimeoutOption, ignoreRobotsOption, threadsOption } from './analysisOptions.js';
import { exitCodes } from './exitCodes.js';
import { storeOptionHelp, withStore } from './withStore.js';

/** '15m', '30s', '1h', '90' (seconds): the pause between polls. At least 10 s, so a typo cannot hammer a server. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(value.trim());
  const seconds = match ? Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2]?.toLowerCase() ?? 's') as 's' | 'm' | 'h'] : NaN;
  if (!(seconds >= 10)) throw new InvalidArgumentError(`expected a pause of at least 10 seconds, such as 15m, 90s or 1h; got "${value}"`);
  return seconds * 1000;
}

export const watchFeedsCommand = new Command('watch-feeds')
  .description('keep the store up to date from RSS, Atom or JSON feeds (files or URLs): poll them, store new items, print each poll\'s summary')
  .argument('<feeds...>', 'feed files or http(s) URLs')
  .addOption(new Option('--every <interval>', 'pause between polls: 15m, 90s, 1h').argParser(parseInterval).default(15 * 60 * 1000, '15m'))
  .option('--once', 'poll once and exit (exit code 1 if an item failed)')
  .option('--db <dir|url>', storeOptionHelp)
  .addOption(fetchTimeoutOption())
  .addOption(ignoreRobotsOption())
  .addOption(threadsOption())
  .action(async (feeds: string[], options: { every: number; once?: boolean; db?: string; fetchTimeout: number; ignoreRobots?: boolean; threads: number }) => {
    const { pollFeeds } = await import('../usecases/pollFeeds.js');
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await withStore(options.db, async (db) => {
        for (;;) {
          const summary = await pollFeeds(db, { feeds, fetchLimits: { timeoutMs: options.fetchTimeout * 1000, obeyRobots: !options.ignoreRobots }, threads: options.threads });
          process.stdout.write(formatPoll(new Date(), summary));
          if (options.once) {
            process.exitCode = summary.failed.length ? exitCodes.someInputFailed : exitCodes.ok;
            return;
          }
          // Ctrl-C between polls ends the watch cleanly, the store closed; during a poll it ends after it.
          if (stop.signal.aborted || !(await sleep(options.every, true, { signal: stop.signal }).catch(() => false))) return;
        }
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });

/** 'poll 2025-03-14 10:15:00Z: 3 new, 12 already stored, 1 failed', then each failure and warning on its own line. */
export function formatPoll(at: Date, summary: AnalyzeSummary): string {
  const lines = [
    `poll ${at.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z')}: ${summary.stored.length} new, ${summary.duplicates.length} already stored, ${summary.failed.length} failed` +
      ` (${summary.seconds.toFixed(1)} s)`,
  ];
  for (const stored of summary.stored) lines.push(`  new: ${printable(stored.source)} (${stored.id})`);
  for (const failure of summary.failed) lines.push(`  failed: ${printable(failure.reason)}`);
  for (const warning of summary.warnings) lines.push(`  warning: ${printable(warning)}`);
  return `${lines.join('\n')}\n`;
}
