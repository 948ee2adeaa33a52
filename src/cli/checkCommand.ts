import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { CannotRun, exitCodes } from './exitCodes.js';
import { noteStaleStore } from './noteStaleStore.js';
import { storeOptionHelp, withStore } from './withStore.js';

/** As POST /api/check allows. */
const maxClaimLength = 1000;

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export const checkCommand = new Command('check')
  .description('check stated claims against every stored article: the articles that bear on each, their stance and evidence, and its status over time')
  .argument('[claims...]', 'claims to check, each in quotes ("Abu Bakr al-Baghdadi was killed in a Russian airstrike")')
  .option('--claims <file>', 'more claims: one per line (.txt), a CSV with a claim column and an optional id column, or JSONL {"claim": ..., "id": ...}')
  .option('--candidates <n>', 'articles the full-text index offers the judge per claim', positiveInteger)
  .option('--threads <n>', 'threads to check a long list on (each takes at least 50 claims); default: one per core', positiveInteger)
  .option('--db <dir|url>', storeOptionHelp)
  .option('--json', 'print {"checks": [...]} (docs/schema/check.schema.json)')
  .action(async (given: string[], options: { claims?: string; candidates?: number; threads?: number; db?: string; json?: boolean }) => {
    const stated = given.filter((claim) => claim.trim()).map((claim) => ({ claim: claim.trim(), id: null as string | null }));
    if (options.claims) {
      const { readClaimsFile } = await import('../ingest/readClaimsFile.js');
      let file;
      try {
        file = await readClaimsFile(options.claims);
      } catch (error) {
        throw new CannotRun((error as Error).message);
      }
      for (const problem of file.problems) process.stderr.write(`corroborate: ${problem}; skipped\n`);
      if (file.problems.length) process.exitCode = exitCodes.someInputFailed;
      stated.push(...file.claims);
    }
    // A claim is one sentence, as the API has it: a whole article pasted as a claim is named and skipped, the others are checked.
    const tooLong = stated.filter((c) => c.claim.length > maxClaimLength);
    for (const c of tooLong) process.stderr.write(`corroborate: a claim of ${c.claim.length.toLocaleString('en')} characters ("${c.claim.slice(0, 40)}..."); a claim is one sentence, at most ${maxClaimLength.toLocaleString('en')}; skipped\n`);
    if (tooLong.length) process.exitCode = exitCodes.someInputFailed;
    stated.splice(0, stated.length, ...stated.filter((c) => c.claim.length <= maxClaimLength));
    if (!stated.length) throw new CannotRun('no claim to check: give one in quotes (corroborate check "He was killed in May") or a file with --claims FILE');
    const { checkClaims } = await import('../usecases/checkClaims.js');
    const { formatCheck } = await import('./formatCheck.js');
    await withStore(options.db, async (db) => {
      await noteStaleStore(db);
      const report = await checkClaims(db, stated, { candidates: options.candidates, threads: options.threads ?? availableParallelism() });
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : report.checks.map(formatCheck).join('\n'));
    });
  });
