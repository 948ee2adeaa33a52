import { useEffect, useId, useState } from 'preact/hooks';
import { api } from '../api.js';
import type { ClaimSummary } from '../types.js';
import { useApi } from '../useApi.js';

/**
 * Picks a claim from the story's list by typing its words or its id (the
 * browser's own suggestions, so the keyboard and screen readers work as in
 * any text field). Reports the id, or '' until the words name one claim.
 */
export function ClaimPicker({ label, except, onPick }: { label: string; except: string; onPick: (id: string) => void }) {
  const story = useApi(() => api.story(), []);
  const [typed, setTyped] = useState('');
  const listId = useId();
  const inputId = useId();
  const claims = story.state === 'ready' ? story.data.claims.filter((c) => c.id !== except) : [];
  const picked = pickedClaim(claims, typed);
  // Words typed before the list arrived name a claim once it is there.
  useEffect(() => onPick(picked?.id ?? ''), [picked?.id]);
  return (
    <div class="correct-field">
      <label for={inputId}>{label}</label>
      <input id={inputId} type="text" list={listId} autoComplete="off" value={typed} placeholder={story.state === 'loading' ? 'loading the claims…' : 'type its words or id'}
        onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
      <datalist id={listId}>
        {claims.map((c) => <option key={c.id} value={c.id}>{c.text}</option>)}
      </datalist>
      {picked && <span class="picked muted">{picked.text} ({picked.statementCount} statements)</span>}
      {story.state === 'error' && <span class="error" role="alert">Could not load the claims: {story.message}</span>}
    </div>
  );
}

/** The claim whose id, or whose whole text, the words are (ignoring case and spaces around them). */
function pickedClaim(claims: ClaimSummary[], typed: string): ClaimSummary | undefined {
  const words = typed.trim().toLowerCase();
  if (!words) return undefined;
  return claims.find((c) => c.id.toLowerCase() === words) ?? claims.find((c) => c.text.toLowerCase() === words);
}
