import { InvalidArgumentError, Option } from 'commander';
import { defaultArticleBudgetSeconds, defaultThreads } from '../workers/AnalysisPool.js';

export interface AnalysisFlags {
  threads: number;
  articleTimeout: number;
}

function threads(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError(`expected a whole number of threads from 1 to 64, such as 2; got "${value}"`);
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a number of seconds above 0, such as 10 or 2.5; got "${value}"`);
  return n;
}

/** --threads, the same on analyze, worker and serve. */
export function threadsOption(): Option {
  return new Option('--threads <n>', 'analysis threads at most (a further one starts once a batch proves long); the main thread reads inputs and writes the store meanwhile').argParser(threads).default(defaultThreads);
}

/** --article-timeout, the same on analyze, worker and serve. */
export function articleTimeoutOption(): Option {
  return new Option('--article-timeout <seconds>', 'an article whose analysis takes longer is stopped and listed as failed; the rest goes on')
    .argParser(seconds)
    .default(defaultArticleBudgetSeconds);
}

/** --fetch-timeout, the same on analyze and watch-feeds: how long one URL may take, headers and body. */
export function fetchTimeoutOption(): Option {
  return new Option('--fetch-timeout <seconds>', 'a URL whose page takes longer to arrive is listed as failed; the rest goes on').argParser(seconds).default(20);
}

/** --ignore-robots, the same on analyze and watch-feeds: for a user who has the site's leave to fetch what its robots.txt disallows. */
export function ignoreRobotsOption(): Option {
  return new Option('--ignore-robots', "fetch pages even where the site's robots.txt disallows corroborate (only with the site's leave)");
}
