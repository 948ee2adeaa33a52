import { useState } from 'preact/hooks';
import { statementLabel } from '../correctionText.js';
import type { ClaimRecord, ClaimStatement, CorrectionOutcome } from '../types.js';
import { ClaimPicker } from './ClaimPicker.js';
import { CorrectForm, Field, type Built } from './CorrectForm.js';

type What = 'merge' | 'split';
const refOf = (s: ClaimStatement) => `${s.article}/${s.statement}`;

/**
 * A claim: merge another claim into it, or split some of its statements off
 * into a new claim. The split lists the statements the page has (the first of
 * each stance on a big claim); `statementCount` is how many the claim has in
 * all, so ticking every listed one is refused only when none would stay.
 */
export function ClaimCorrect({ claim, statementCount, onDone }: {
  claim: ClaimRecord; statementCount?: number; onDone: (outcome: CorrectionOutcome, leaving: string[]) => void;
}) {
  const [what, setWhat] = useState<What>('merge');
  const [other, setOther] = useState('');
  const [picked, setPicked] = useState(new Set<string>());
  // A statement that bears on the claim through two predicates is listed once: a split takes it whole.
  const statements = [...new Map(claim.statements.map((s) => [refOf(s), s])).values()];
  const build = (): Built => {
    if (what === 'merge') return other ? { kind: 'merge', claims: [claim.id, other] } : 'pick the claim to merge from the list';
    if (picked.size === 0) return 'tick the statements that leave this claim';
    if (picked.size >= statements.length && (statementCount ?? 0) <= claim.statements.length) return 'leave at least one statement on this claim';
    const chosen = statements.filter((s) => picked.has(refOf(s)));
    return { kind: 'split', claim: claim.id, statements: chosen.map((s) => ({ article: s.article, statement: s.statement })) };
  };
  const toggle = (ref: string) => {
    const next = new Set(picked);
    if (next.has(ref)) next.delete(ref);
    else next.add(ref);
    setPicked(next);
  };
  return (
    <CorrectForm what="this claim" build={build} onDone={(outcome) => onDone(outcome, what === 'split' ? [...picked] : [])}>
      <Field label="Correct">
        {(fieldId) => (
          <select id={fieldId} value={what} onChange={(e) => setWhat((e.target as HTMLSelectElement).value as What)}>
            <option value="merge">merge another claim into this one</option>
            <option value="split">split statements off into a new claim</option>
          </select>
        )}
      </Field>
      {what === 'merge' && <ClaimPicker label="The claim that says the same" except={claim.id} onPick={setOther} />}
      {what === 'split' && (
        <fieldset class="correct-field split-list">
          <legend>The statements that leave this claim, together</legend>
          {statements.map((s) => (
            <label key={refOf(s)} class="split-item">
              <input type="checkbox" checked={picked.has(refOf(s))} onChange={() => toggle(refOf(s))} />{' '}
              <strong>{s.speaker}</strong> <span class="muted">({s.outlet}, {statementLabel(s.article, s.statement)})</span> “{s.text}”
            </label>
          ))}
        </fieldset>
      )}
    </CorrectForm>
  );
}
