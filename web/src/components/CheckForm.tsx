import { useState } from 'preact/hooks';
import { href } from '../router.js';

/**
 * The box a user states a claim in ("Vasko Dren was killed in the Halvek
 * strike"); submitting opens the check page for it, whose address holds the
 * claim. `compact` is the one-line form the story board carries. The box
 * starts from `claim`; give the form a key on it to start over when it changes.
 */
export function CheckForm({ claim = '', compact = false, example = 'The commander was killed in the strike' }: {
  claim?: string;
  compact?: boolean;
  /** A claim to show as the box's placeholder: the story board gives its most-reported one. */
  example?: string;
}) {
  const [text, setText] = useState(claim);
  const id = compact ? 'check-claim-compact' : 'check-claim-input';
  return (
    <form class={compact ? 'check-form check-form-compact' : 'check-form'} aria-label="Check a claim" onSubmit={(e) => {
      e.preventDefault();
      if (text.trim()) location.hash = href.check(text.trim());
    }}>
      <label for={id}>{compact ? 'Check a claim against the articles' : 'A claim, as one sentence'}</label>
      <div class="check-form-row">
        <input id={id} name="claim" type="text" required maxLength={1000} value={text} autoComplete="off"
          placeholder={`e.g. ${example}`} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="submit">Check</button>
      </div>
    </form>
  );
}
