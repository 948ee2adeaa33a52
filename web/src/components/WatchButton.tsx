import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { href } from '../router.js';

/**
 * Adds the checked claim to the watch list and opens its page. A claim
 * already watched in the same words opens its page instead of being added
 * twice (the API would give it a second id, 'vasko-dren-was-killed-2').
 */
export function WatchButton({ claim }: { claim: string }) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const watch = async () => {
    setState({ busy: true });
    try {
      const watched = (await api.watchList()).items.find((item) => item.claim.trim() === claim.trim()) ?? (await api.watch(claim));
      location.hash = href.watched(watched.id);
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <p class="check-actions">
      <button type="button" class="primary" disabled={state.busy} onClick={watch}>
        {state.busy ? 'Adding…' : 'Watch this claim'}
      </button>{' '}
      <span class="muted">Each article stored from now on is checked against it.</span>
      {state.error && <span class="error" role="alert"> Could not watch it: {state.error}</span>}
    </p>
  );
}
