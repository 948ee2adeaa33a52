import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { markSummary } from '../correctionText.js';
import { setCorrectorName, useCorrector } from '../corrector.js';
import { href } from '../router.js';
import type { CorrectionMark } from '../types.js';

/**
 * 'corrected by hand' beside what a correction changed: who, when and why
 * on hover and when opened, each with its undo. `kinds` keeps the marks
 * that belong here (a statement shows its stance being set, not the merge
 * of its whole claim, which the claim's heading shows).
 */
export function CorrectionMarks({ marks, kinds, onUndone }: {
  marks: CorrectionMark[] | undefined;
  kinds?: readonly CorrectionMark['kind'][];
  onUndone: () => void;
}) {
  const shown = uniqueMarks(marks ?? []).filter((mark) => !kinds || kinds.includes(mark.kind));
  if (shown.length === 0) return null;
  return (
    <details class="corrected">
      <summary title={shown.map(markSummary).join('\n')}>
        ✎ corrected by hand{shown.length > 1 && <span class="muted"> ({shown.length})</span>}
      </summary>
      <ul>
        {shown.map((mark) => (
          <li key={mark.id}>
            {markSummary(mark)} <a href={href.corrections()} class="muted">#{mark.id}</a> <UndoButton id={mark.id} onDone={onUndone} />
          </li>
        ))}
      </ul>
    </details>
  );
}

const uniqueMarks = (marks: CorrectionMark[]): CorrectionMark[] => [...new Map(marks.map((mark) => [mark.id, mark])).values()];

/** Undoes a correction, signed with the name given before (in a correction form or on the log page); asks for it first when none is. */
export function UndoButton({ id, onDone }: { id: number; onDone: () => void }) {
  const saved = useCorrector();
  const [asking, setAsking] = useState(false);
  const [name, setName] = useState('');
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const undo = async (by: string) => {
    setState({ busy: true });
    try {
      await api.undoCorrection(id, by);
      if (by !== saved) setCorrectorName(by);
      onDone();
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const label = state.busy ? 'Undoing…' : 'Undo';
  return (
    <span class="undo">
      {asking && !saved ? (
        <form class="undo-form" aria-label={`Undo correction ${id}`} onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void undo(name.trim());
        }}>
          <label>Your name <input type="text" required maxLength={300} autoComplete="name" value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)} /></label>{' '}
          <button type="submit" disabled={state.busy}>{label}</button>
        </form>
      ) : (
        <button type="button" class="undo-button" disabled={state.busy} aria-label={`Undo correction ${id}`}
          onClick={() => (saved ? void undo(saved) : setAsking(true))}>{label}</button>
      )}
      {state.error && <span class="error" role="alert"> Not undone: {state.error}</span>}
    </span>
  );
}
