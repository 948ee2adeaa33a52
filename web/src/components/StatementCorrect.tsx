import { useState } from 'preact/hooks';
import { stances, type ClaimStatement, type CorrectionOutcome, type Stance } from '../types.js';
import { ClaimPicker } from './ClaimPicker.js';
import { CorrectForm, Field, type Built } from './CorrectForm.js';

type What = 'stance' | 'speaker' | 'move';

/** A statement on a claim page: set its stance or its speaker, or move it to another claim. */
export function StatementCorrect({ claim, statement: s, onDone }: {
  claim: string;
  statement: ClaimStatement;
  /** `leaves` is true when the statement left this claim. */
  onDone: (outcome: CorrectionOutcome, leaves: boolean) => void;
}) {
  const [what, setWhat] = useState<What>('stance');
  const [stance, setStance] = useState<Stance>(s.stance);
  const [speaker, setSpeaker] = useState(s.speaker);
  const [to, setTo] = useState('');
  const statement = { article: s.article, statement: s.statement };
  const build = (): Built => {
    if (what === 'stance') return stance === s.stance ? `the stance is ${stance} already` : { kind: 'stance', statement, stance };
    if (what === 'speaker') return !speaker.trim() || speaker.trim() === s.speaker ? 'give the name of who said it' : { kind: 'speaker', statement, speaker: speaker.trim() };
    return to ? { kind: 'move', statement, to } : 'pick the claim it belongs to from the list';
  };
  return (
    <CorrectForm what={`the statement by ${s.speaker}`} build={build} onDone={(outcome) => onDone(outcome, what === 'move')}>
      <Field label="Correct">
        {(fieldId) => (
          <select id={fieldId} value={what} onChange={(e) => setWhat((e.target as HTMLSelectElement).value as What)}>
            <option value="stance">its stance</option>
            <option value="speaker">who said it</option>
            <option value="move">which claim it is about (move it)</option>
          </select>
        )}
      </Field>
      {what === 'stance' && (
        <Field label="Stance">
          {(fieldId) => (
            <select id={fieldId} name="stance" value={stance} onChange={(e) => setStance((e.target as HTMLSelectElement).value as Stance)}>
              {stances.map((option) => <option key={option} value={option}>{option}{option === s.stance ? ' (now)' : ''}</option>)}
            </select>
          )}
        </Field>
      )}
      {what === 'speaker' && (
        <Field label="Speaker">
          {(fieldId) => (
            <input id={fieldId} name="speaker" type="text" maxLength={300} value={speaker} onInput={(e) => setSpeaker((e.target as HTMLInputElement).value)} />
          )}
        </Field>
      )}
      {what === 'move' && <ClaimPicker label="Move it to the claim" except={claim} onPick={setTo} />}
    </CorrectForm>
  );
}
