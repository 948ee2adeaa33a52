import { useRef, useState } from 'preact/hooks';
import { setCorrectorName, useCorrector } from '../corrector.js';

/** The name corrections are signed with, shown and changed on the log page (the first correction asks for it too). */
export function NameSetting() {
  const name = useCorrector();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  if (!editing) {
    return (
      <p class="name-setting">
        {name ? <span class="corrector">Your corrections are signed <strong>{name}</strong>.</span> : <span>Your corrections will be signed with the name you give.</span>}
        <button ref={button} type="button" class="link-button" onClick={() => {
          setDraft(name);
          setEditing(true);
        }}>{name ? 'Change your name' : 'Give your name'}</button>
      </p>
    );
  }
  return (
    <form class="name-setting" aria-label="Your name for corrections" onSubmit={(e) => {
      e.preventDefault();
      setCorrectorName(draft);
      close();
    }} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <label for="corrector-name">Your name</label>
      <input id="corrector-name" type="text" maxLength={300} autoComplete="name" value={draft} autoFocus
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
      <button type="submit">Save</button>
      <button type="button" onClick={close}>Cancel</button>
    </form>
  );
}
