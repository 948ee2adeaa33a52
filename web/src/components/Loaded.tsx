import type { ComponentChildren } from 'preact';
import type { Loaded } from '../useApi.js';

/** Shows a loading line or the error, and the page once the data is there. */
export function Await<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (loaded.state === 'loading') return <p class="muted" role="status">Loading…</p>;
  if (loaded.state === 'error') return <p class="error" role="alert">Could not load: {loaded.message}</p>;
  return <>{children(loaded.data)}</>;
}
