import type { CorrectionRecord, CorrectionTarget, StatementKey } from './correction.js';
import { printable } from './printable.js';

const statement = (key: StatementKey): string => `${key.articleId.slice(0, 12)}:${key.statementId}`;

/** What a correction did, in a line, for the CLI, the report and the CSV: 'stance of 3f2a9c1e0b7d:s4 set to denies'. */
export function describeTarget(target: CorrectionTarget): string {
  switch (target.kind) {
    case 'merge': return `merged ${target.claims[1].claimId} into ${target.claims[0].claimId}`;
    case 'split': return `split ${target.statements.map(statement).join(', ')} off ${target.claim.claimId}`;
    case 'move': return `moved ${statement(target.statement)} to ${target.to.claimId}`;
    case 'stance': return `stance of ${statement(target.statement)} set to ${target.stance}`;
    case 'speaker': return `speaker of ${statement(target.statement)} set to "${target.speaker}"`;
    case 'same-source': return `"${target.speakers[0].name}" (${target.speakers[0].key}) and "${target.speakers[1].name}" (${target.speakers[1].key}) marked as ${target.same ? 'one source' : 'two sources'}`;
    case 'outlet': return `outlet of ${target.articleId.slice(0, 12)} set to "${target.outlet}"`;
    case 'date': return `publication date of ${target.articleId.slice(0, 12)} set to ${target.date}`;
    case 'exclude': return `${target.articleId.slice(0, 12)} excluded from the story`;
  }
}

/** One line per correction, the undone ones saying when and by whom. */
export function formatCorrections(corrections: CorrectionRecord[]): string {
  if (!corrections.length) return 'no corrections yet (make one with: corroborate correct --help)\n';
  return corrections
    .map((c) => {
      const state = c.undone_at ? `  [undone ${c.undone_at} by ${c.undone_by}]` : '';
      const note = c.note ? `\n     why: ${c.note}` : '';
      return printable(`${String(c.id).padStart(4)} ${c.at} ${c.by}: ${describeTarget(c.target)}${state}`) + printable(note).replaceAll('\\n', '\n');
    })
    .join('\n')
    .concat('\n');
}
