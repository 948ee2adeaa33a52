import { printable } from '../model/printable.js';
import { Command } from 'commander';
import type { EnqueueSummary } from '../queue/enqueueSources.js';
import { defaultJobTimeoutSeconds } from '../queue/defaultJobTimeout.js';
import type { ArticleQueue } from '../queue/openArticleQueue.js';
import { CannotRun, exitCodes } from './exitCodes.js';
import { storeOptionHelp, storeTarget } from './withStore.js';

export const enqueueCommand = new Command('enqueue')
  .description('read articles like analyze, but only queue them for `corroborate worker` (PostgreSQL only)')
  .argument('<paths...>', 'files or folders (folders are read recursively)')
  .option('--manifest <file>', 'CSV with columns file,outlet,url,published supplying metadata')
  .option('--db <url>', storeOptionHelp)
  .option('--max-article-mb <mb>', 'refuse single articles larger than this', '10')
  .option('--job-timeout <seconds>', 'retry a job this long after a worker took it and did not finish (a killed worker)', String(defaultJobTimeoutSeconds))
  .action(async (paths: string[], options: { manifest?: string; db?: string; maxArticleMb: string; jobTimeout: string }) => {
    const jobTimeoutSeconds = Number(options.jobTimeout);
    if (!Number.isInteger(jobTimeoutSeconds) || jobTimeoutSeconds < 1) {
      throw new CannotRun(`--job-timeout takes whole seconds, at least 1, such as 30; got "${options.jobTimeout}"`);
    }
    const { enqueueSources } = await import('../queue/enqueueSources.js');
    const queue = await openQueueForCommand(storeTarget(options.db), false);
    let summary: EnqueueSummary;
    try {
      summary = await enqueueSources(queue, {
        paths,
        manifestPath: options.manifest,
        maxArticleBytes: Number(options.maxArticleMb) * 1024 * 1024,
        jobTimeoutSeconds,
      });
    } finally {
      await queue.close();
    }
    const lines = [`queued ${summary.queued}, failed ${summary.failed.length} (${summary.seconds.toFixed(1)} s)`];
    for (const failure of summary.failed) lines.push(`  failed: ${printable(failure.reason)}`);
    for (const warning of summary.warnings) lines.push(`  warning: ${printable(warning)}`);
    process.stderr.write(`${lines.join('\n')}\n`);
    process.exitCode = summary.failed.length ? exitCodes.someInputFailed : exitCodes.ok;
  });

/** Shared with the worker command: a queue that cannot open throws CannotRun (exit code 2 in main.ts). */
export async function openQueueForCommand(target: string, maintain: boolean): Promise<ArticleQueue> {
  const { openQueueAt, QueueError } = await import('../queue/openArticleQueue.js');
  try {
    return await openQueueAt(target, { maintain, onError: (error) => process.stderr.write(`corroborate: queue: ${error.message}\n`) });
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    throw new CannotRun(error.message);
  }
}
