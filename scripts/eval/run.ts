/**
 * One entry point for every evaluation:
 *
 *   npm run eval -- TASK [PATH] [options passed to the task]
 *
 * TASK is times | attribution | boilerplate | published | entities. PATH
 * defaults to the task's data under $CORROBORATE_SHARED (default ../shared).
 * Each task prints its table; `--out FILE` also writes its JSON.
 * `npm run eval -- report` runs them all and rewrites docs/quality.md.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tasks } from './evalTasks.js';

const shared = process.env.CORROBORATE_SHARED ?? '../shared';
const here = path.dirname(fileURLToPath(import.meta.url));

export function runTask(task: string, args: readonly string[]): number {
  const spec = tasks[task];
  const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const rest = positional.length ? args : [path.join(shared, spec.defaultPath), ...args];
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, spec.script), ...rest], { stdio: 'inherit' });
  return result.status ?? 1;
}

function usage(): string {
  return [
    'usage: npm run eval -- TASK [PATH] [--out FILE]',
    ...Object.entries(tasks).map(([name, spec]) => `  ${name.padEnd(12)} ${spec.about} (default ${path.join(shared, spec.defaultPath)})`),
    '  report       run every task and rewrite docs/quality.md',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const [task, ...args] = process.argv.slice(2);
  if (task === 'report') {
    const { writeQualityReport } = await import('./writeQualityReport.js');
    process.exit(await writeQualityReport());
  }
  if (!task || !(task in tasks)) {
    console.error(usage());
    process.exit(task ? 2 : 0);
  }
  process.exit(runTask(task, args));
}
