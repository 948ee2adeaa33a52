import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { Await } from '../components/Loaded.js';
import { StatusBadge } from '../components/Status.js';
import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import type { Page, WatchedClaim } from '../types.js';
import { useApi } from '../useApi.js';

/** The claims on the watch list, each checked against every article as it is stored. */
export function WatchList() {
  const list = useApi(api.watchList, []);
  const [error, setError] = useState<string | null>(null);
  const remove = async (watched: WatchedClaim) => {
    setError(null);
    try {
      await api.unwatch(watched.id);
    } catch (failure) {
      setError(`Could not remove “${watched.claim}”: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
    list.reload();
  };
  return (
    <>
      <header class="page-head">
        <h1>Watched claims</h1>
        <p class="lede">Each claim here is checked against every article as it is stored. <a href={href.check()}>Check a claim</a> to add one.</p>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      <Await loaded={list}>
        {(page: Page<WatchedClaim>) =>
          page.items.length === 0 ? (
            <p class="empty">
              No watched claims yet. <a href={href.check()}>Check a claim</a> and press “Watch this claim”.
            </p>
          ) : (
            <ol class="claim-list watch-list">
              {page.items.map((watched) => (
                <li key={watched.id} class="claim-row watch-row">
                  <div class="claim-row-main">
                    <StatusBadge status={watched.status} />
                    <a class="claim-link" href={href.watched(watched.id)}>{watched.claim}</a>
                  </div>
                  <p class="claim-row-meta">
                    <span>{plural(watched.articles, 'article')} bear{watched.articles === 1 ? 's' : ''} on it</span>
                    <span>watched since <time>{formatDate(watched.added.slice(0, 10))}</time></span>
                    <code>{watched.id}</code>
                    <button type="button" class="remove" onClick={() => remove(watched)} aria-label={`Stop watching “${watched.claim}”`}>
                      Remove
                    </button>
                  </p>
                </li>
              ))}
            </ol>
          )
        }
      </Await>
    </>
  );
}
