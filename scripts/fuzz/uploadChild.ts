import { buildCase, familyNamed } from './families.js';
import type { Finding } from './finding.js';
import { openUploadTarget } from './openUploadTarget.js';
import { postCase } from './postCase.js';

/**
 * The HTTP half of the fuzz run, in a process of its own so the runner can
 * kill it when one case holds it too long (analysis runs in the request's
 * thread). Arguments: SEED FAMILY:INDEX...; prints one JSON line per event:
 * {"ready": true}, {"start": name}, {"done": name, "findings": [...], "seconds": s}.
 */
async function main(): Promise<void> {
  const [seedText, ...specs] = process.argv.slice(2);
  const emit = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);
  let target = await openUploadTarget();
  emit({ ready: true });
  for (const spec of specs) {
    const [family, index] = spec.split(':');
    const fuzzCase = buildCase(familyNamed(family), Number(seedText), Number(index));
    emit({ start: fuzzCase.name });
    const started = performance.now();
    let findings: Finding[];
    try {
      findings = await postCase(target.app, target.db, fuzzCase, target.before);
    } catch (error) {
      findings = [{ family, case: `http ${fuzzCase.name}`, property: 'crash', detail: String((error as Error).stack ?? error).slice(0, 110) }];
    }
    emit({ done: fuzzCase.name, findings, seconds: (performance.now() - started) / 1000 });
    // A poisoned store would fail every later case's read routes: start the next case on a fresh one.
    if (findings.some((finding) => finding.property === 'readers' || finding.property === 'store')) {
      await target.db.close();
      target = await openUploadTarget();
    }
  }
  await target.db.close();
}

await main();
