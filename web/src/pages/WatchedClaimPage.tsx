import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { CheckResultView } from '../components/CheckResultView.js';
import { Await } from '../components/Loaded.js';
import { href } from '../router.js';
import type { CheckResult } from '../types.js';
import { useApi } from '../useApi.js';

/** A watched claim: the check kept for it, article by article, with the derived claims that match it now. */
export function WatchedClaimPage({ id }: { id: string }) {
  const check = useApi(() => api.watched(id), [id]);
  return (
    <Await loaded={check}>
      {(result: CheckResult) => (
        <CheckResultView check={result} level={1} crumbs={<><a href={href.watchList()}>Watched</a> / <code>{result.id}</code></>}>
          <Unwatch id={result.id} />
        </CheckResultView>
      )}
    </Await>
  );
}

function Unwatch({ id }: { id: string }) {
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await api.unwatch(id);
      location.hash = href.watchList();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <p class="check-actions">
      <button type="button" onClick={remove}>Stop watching</button>
      {error && <span class="error" role="alert"> Could not remove it: {error}</span>}
    </p>
  );
}
