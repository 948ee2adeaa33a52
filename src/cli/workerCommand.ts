import { Command } from 'commander';
import { formatSummary } from './analyzeCommand.js';
import { openQueueForCommand } from './enqueueCommand.js';
import { articleTimeoutOption, threadsOption, type AnalysisFlags } from './analysisOptions.js';
import { CannotRun, exitCodes } from './exitCodes.js';
import { storeOptionHelp, storeTarget, withStore } from './withStore.js';

export const workerCommand = new Command('worker')
  .description('analyse and store queued articles until stopped (SIGTERM finishes the jobs in hand); PostgreSQL only')
  .option('--db <url>', storeOptionHelp)
  .option('--concurrency <n>', 'jobs in progress at once in this process; 2 overlaps the waits for the server, more does not help (the analysis is CPU-bound: start one process per core)', '1')
  .option('--drain', 'exit once the queue is empty instead of waiting for more')
  .addOption(threadsOption())
  .addOption(articleTimeoutOption())
  .action(async (options: { db?: string; concurrency: string; drain?: boolean } & AnalysisFlags) => {
    const concurrency = Number(options.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new CannotRun(`--concurrency takes a whole number, at least 1, such as 1; got "${options.concurrency}"`);
    }
    const { runWorker } = await import('../queue/runWorker.js');
    const target = storeTarget(options.db);
    const queue = await openQueueForCommand(target, true);
    const stop = new AbortController();
    // The first SIGTERM or Ctrl-C lets the jobs in hand finish (a fraction of a second); a second one exits at once, and those jobs are retried later.
    const onSignal = (signal: NodeJS.Signals) => {
      if (stop.signal.aborted) process.exit(exitCodes.cannotRun);
      process.stderr.write(`corroborate: ${signal}: finishing the jobs in hand, then stopping\n`);
      stop.abort();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    try {
      const summary = await withStore(target, (db) => {
        process.stderr.write(`worker ${process.pid}: waiting for jobs (${db.description})\n`);
        return runWorker(db, queue, { concurrency, drain: Boolean(options.drain), signal: stop.signal, threads: options.threads, articleBudgetSeconds: options.articleTimeout });
      });
      process.stderr.write(formatSummary(summary));
      process.exitCode = summary.failed.length ? exitCodes.someInputFailed : exitCodes.ok;
    } finally {
      await queue.close();
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
    }
  });
