import { Command } from 'commander';
import { printable } from '../model/printable.js';
import type { AnalyzeSummary } from '../usecases/analyzeSources.js';
import { articleTimeoutOption, fetchTimeoutOption, ignoreRobotsOption, threadsOption, type AnalysisFlags } from './analysisOptions.js';
import { CannotRun, exitCodes } from './exitCodes.js';
import { storeOptionHelp, withStore } from './withStore.js';
import { JsonArrayWriter } from './writeJsonFile.js';

export const analyzeCommand = new Command('analyze')
  .description('read articles (text, HTML, JSONL, RSS/Atom/JSON feeds, WARC web archives; files, folders or URLs), analyse them and store the results')
  .argument('[paths...]', 'files, folders (read recursively) or http(s) URLs of pages or feeds')
  .option('--urls <file>', 'a file of URLs to fetch, one per line (# starts a comment)')
  .addOption(fetchTimeoutOption())
  .addOption(ignoreRobotsOption())
  .option('--manifest <file>', 'CSV with columns file,outlet,url,published supplying metadata')
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json <file>', "write the records of the analysed articles, then the claims and sources of the whole stored story, as JSON ('-' for stdout)")
  .option('--max-article-mb <mb>', 'refuse single articles larger than this', '10')
  .option('--quiet', 'no progress bar')
  .addOption(threadsOption())
  .addOption(articleTimeoutOption())
  .action(async (paths: string[], options: { urls?: string; fetchTimeout: number; ignoreRobots?: boolean; manifest?: string; db?: string; json?: string; maxArticleMb: string; quiet?: boolean } & AnalysisFlags) => {
    if (!paths.length && !options.urls) throw new CannotRun('analyze needs files, folders or URLs to read, or --urls FILE; see corroborate analyze --help');
    // Loaded when the command runs, so `corroborate --help` does not load the analysis (main.ts).
    const { default: cliProgress } = await import('cli-progress');
    const { analyzeSources } = await import('../usecases/analyzeSources.js');
    const { streamStoryRecord } = await import('../usecases/streamStoryRecord.js');
    const summary = await withStore(options.db, async (db) => {
      const json = options.json ? await JsonArrayWriter.open(options.json, 'articles') : undefined;
      const showBar = !options.quiet && process.stderr.isTTY;
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: 'analyze [{bar}] {percentage}% | {value}/{total} kB | {source}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
      const result = await analyzeSources(db, {
        paths,
        urlListPath: options.urls,
        fetchLimits: { timeoutMs: options.fetchTimeout * 1000, obeyRobots: !options.ignoreRobots },
        manifestPath: options.manifest,
        maxArticleBytes: Number(options.maxArticleMb) * 1024 * 1024,
        threads: options.threads,
        articleBudgetSeconds: options.articleTimeout,
        onProgress: ({ doneBytes, totalBytes, source }) => {
          if (!showBar) return;
          if (!doneBytes) bar.start(Math.ceil(totalBytes / 1024), 0, { source: '' });
          else bar.update(Math.ceil(doneBytes / 1024), { source: printable(source).slice(-40) });
        },
        onRecord: json ? (record) => json.add(record) : undefined,
      });
      if (showBar) bar.stop();
      if (json) {
        await streamStoryRecord(db, json);
        await json.close();
      }
      return result;
    });
    process.stderr.write(formatSummary(summary, options.json));
    process.exitCode = summary.failed.length ? exitCodes.someInputFailed : exitCodes.ok;
  });

/** File names and reasons are the inputs' text: control characters are escaped so a name cannot move the cursor or forge a line. */
export function formatSummary(summary: AnalyzeSummary, jsonTarget?: string): string {
  const lines = [
    `stored ${summary.stored.length}, skipped ${summary.duplicates.length} already stored, failed ${summary.failed.length}` +
      `${summary.warnings.length ? `, ${summary.warnings.length} warning${summary.warnings.length === 1 ? '' : 's'}` : ''}` +
      ` (${summary.seconds.toFixed(1)} s)`,
  ];
  for (const failure of summary.failed) lines.push(`  failed: ${printable(failure.reason)}`);
  for (const warning of summary.warnings) lines.push(`  warning: ${printable(warning)}`);
  if (!summary.stored.length && !summary.duplicates.length && !summary.failed.length && summary.warnings.length) {
    lines.push('  nothing was read: every input was skipped (see the warnings above)');
  }
  if (jsonTarget && jsonTarget !== '-') lines.push(`records written to ${printable(jsonTarget)}`);
  return `${lines.join('\n')}\n`;
}
