import { useRef, useState } from 'preact/hooks';
import { setCorrectorName, useCorrector } from '../corrector.js';

/** The header's 'Correcting as …': the name corrections are signed with, set or changed here (or asked by the first correction). */
export function NameSetting() {
  const name = useCorrector();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    button.current?.focus();
  };
  if (!editing) {
    return (
      <div class="name-setting">
        <button ref={button} type="button" class="name-button" title="The name your corrections by hand are signed with: change it"
          aria-label={name ? `Your name for corrections: ${name}. Change it` : 'Your name for corrections: not given yet. Give it'} onClick={() => {
          setDraft(name);
          setEditing(true);
        }}>
          {name ? <>✎ as <strong>{name}</strong></> : '✎ your name'}
        </button>
      </div>
    );
  }
  return (
    <form class="name-setting" aria-label="Your name for corrections" onSubmit={(e) => {
      e.preventDefault();
      setCorrectorName(draft);
      close();
    }} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <label for="corrector-name" class="sr-only">Your name, signed on each correction by hand</label>
      <input id="corrector-name" type="text" maxLength={300} autoComplete="name" placeholder="Your name" value={draft} autoFocus
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
      <button type="submit">Save</button>
      <button type="button" onClick={close}>Cancel</button>
    </form>
  );
}
