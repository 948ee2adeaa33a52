import { useState } from 'preact/hooks';
import type { CorrectionOutcome, SourceRecord } from '../types.js';
import { CorrectForm, Field, type Built } from './CorrectForm.js';

/**
 * A source on a claim's list: the same source as another speaker there
 * ('Peskov' and 'the Kremlin spokesman'), or a different one though the
 * reading took them for one. Speakers are named as the list names them.
 */
export function SourceCorrect({ source, others, onDone }: { source: Pick<SourceRecord, 'name'>; others: Pick<SourceRecord, 'name'>[]; onDone: (outcome: CorrectionOutcome) => void }) {
  const names = [...new Set(others.map((o) => o.name))].filter((name) => name.toLowerCase() !== source.name.toLowerCase()).sort();
  const [same, setSame] = useState(true);
  const [other, setOther] = useState('');
  const build = (): Built => (other ? { kind: 'same-source', speakers: [source.name, other], same } : 'pick the other speaker');
  return (
    <CorrectForm what={`the source ${source.name}`} build={build} onDone={onDone}>
      <fieldset class="correct-field">
        <legend>{source.name} is</legend>
        <label><input type="radio" name="same" checked={same} onChange={() => setSame(true)} /> the same source as</label>{' '}
        <label><input type="radio" name="same" checked={!same} onChange={() => setSame(false)} /> a different source from</label>
      </fieldset>
      <Field label="Speaker">
        {(fieldId) => (
          <select id={fieldId} name="other" value={other} onChange={(e) => setOther((e.target as HTMLSelectElement).value)}>
            <option value="">— pick a speaker —</option>
            {names.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        )}
      </Field>
    </CorrectForm>
  );
}
