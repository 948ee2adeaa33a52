/**
 * Runs `corroborate analyze` exactly as a user would (a child process of the
 * CLI on a JSONL file, an in-memory store, --json), and reads back what the
 * ECB+ and Emergent evaluations need: the articles' ids, urls and texts, and
 * for every claim the spans it was read from.
 *
 * The span of a claim statement is its `trigger` (the words the claim was read
 * from, e.g. "was killed") when the story layer gives one, else the statement
 * content span (start, end), e.g. "she was killed in a raid".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AnalyzedArticle {
  id: string;
  url?: string;
  text: string;
}

export interface ClaimSpan {
  claim: string;
  article: string;
  start: number;
  end: number;
  /** 'trigger' when the statement carried one, else 'statement' (its content span). */
  from: 'trigger' | 'statement';
}

export interface AnalyzeRun {
  articles: AnalyzedArticle[];
  spans: ClaimSpan[];
  claims: number;
  seconds: number;
  /** The CLI's summary line ("stored 772, skipped 0 already stored, failed 0 (...)"). */
  summary: string;
  failed: number;
  /** Why inputs were refused ("/tmp/x.jsonl:12: ... is too short"), as the CLI printed them. */
  failures: string[];
}

interface StatementJson {
  article: string;
  start: number;
  end: number;
  trigger?: { start: number; end: number; text?: string } | null;
}

/** One claim statement's span: its trigger when present, else the statement content. */
export function spanOfStatement(claim: string, s: StatementJson): ClaimSpan {
  if (s.trigger && Number.isInteger(s.trigger.start) && Number.isInteger(s.trigger.end)) {
    return { claim, article: s.article, start: s.trigger.start, end: s.trigger.end, from: 'trigger' };
  }
  return { claim, article: s.article, start: s.start, end: s.end, from: 'statement' };
}

export function runAnalyze(inputs: readonly string[], jsonOut: string, extraArgs: readonly string[] = []): AnalyzeRun {
  const started = performance.now();
  const args = ['--import', 'tsx', path.join(projectRoot, 'src/cli/main.ts'), 'analyze', ...inputs, '--db', 'memory://', '--quiet', '--json', jsonOut, ...extraArgs];
  const run = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stderr.split('\n').find((l) => l.startsWith('stored ')) ?? '';
  // Exit code 1 when some input failed: the others are still analysed and written.
  if (run.status !== 0 && run.status !== 1) throw new Error(`analyze exited ${run.status}: ${run.stderr.slice(-2000)}`);
  const json = JSON.parse(readFileSync(jsonOut, 'utf8')) as { articles: AnalyzedArticle[]; claims: { id: string; statements: StatementJson[] }[] };
  const spans = json.claims.flatMap((c) => c.statements.map((s) => spanOfStatement(c.id, s)));
  const failed = Number(/failed (\d+)/.exec(summary)?.[1] ?? 0);
  const failures = run.stderr.split('\n').filter((l) => l.startsWith('  failed: ')).map((l) => l.slice('  failed: '.length));
  return { articles: json.articles.map((a) => ({ id: a.id, url: a.url, text: a.text })), spans, claims: json.claims.length, seconds, summary, failed, failures };
}

/** The value after FLAG in argv ('--out FILE'), or undefined. */
export const optionValue = (argv: readonly string[], flag: string): string | undefined => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};

/** The arguments that are neither flags nor a flag's value. */
export const positionalArgs = (argv: readonly string[], valued: readonly string[]): string[] =>
  argv.filter((arg, i) => !arg.startsWith('--') && !valued.includes(argv[i - 1]));
