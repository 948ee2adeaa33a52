import { useState } from 'preact/hooks';
import type { CorrectionOutcome } from '../types.js';
import { CorrectForm, Field, type Built } from './CorrectForm.js';

type What = 'outlet' | 'date' | 'exclude';

/** An article: set its outlet or its publication date, or exclude it from the story. */
export function ArticleCorrect({ article, outlet, published, onDone }: {
  article: string;
  outlet: string;
  published: string | null;
  onDone: (outcome: CorrectionOutcome) => void;
}) {
  const [what, setWhat] = useState<What>('outlet');
  const [name, setName] = useState(outlet);
  const [date, setDate] = useState(published ?? '');
  const build = (): Built => {
    if (what === 'outlet') return name.trim() && name.trim() !== outlet ? { kind: 'outlet', article, outlet: name.trim() } : 'give the outlet that published it';
    if (what === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(date) ? { kind: 'date', article, date } : 'give the day it was published';
    return { kind: 'exclude', article };
  };
  return (
    <CorrectForm what="this article" build={build} onDone={onDone}>
      <Field label="Correct">
        {(fieldId) => (
          <select id={fieldId} value={what} onChange={(e) => setWhat((e.target as HTMLSelectElement).value as What)}>
            <option value="outlet">its outlet</option>
            <option value="date">its publication date</option>
            <option value="exclude">exclude it from the story</option>
          </select>
        )}
      </Field>
      {what === 'outlet' && (
        <Field label="Outlet">
          {(fieldId) => (
            <input id={fieldId} name="outlet" type="text" maxLength={300} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          )}
        </Field>
      )}
      {what === 'date' && (
        <Field label="Published on">
          {(fieldId) => (
            <input id={fieldId} name="date" type="date" value={date} onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
          )}
        </Field>
      )}
      {what === 'exclude' && <p class="muted">Its statements leave every claim; the article stays stored, and undoing brings them back.</p>}
    </CorrectForm>
  );
}
