import { api } from '../api.js';
import { Await } from '../components/Loaded.js';
import { Snippet } from '../components/Snippet.js';
import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import type { Page, SearchHit } from '../types.js';
import { useApi } from '../useApi.js';

/** Articles and statements matching the words in the header's search box. */
export function Search({ q }: { q: string }) {
  const results = useApi(() => (q.trim() ? api.search(q, { limit: 50 }) : Promise.resolve({ total: 0, items: [] })), [q]);
  return (
    <>
      <header class="page-head">
        <h1>Search</h1>
        <p class="lede">{q.trim() ? <>Results for “{q}”</> : 'Type words in the search box above (press / to get there).'}</p>
      </header>
      {q.trim() && (
        <Await loaded={results}>
          {(page: Page<SearchHit>) =>
            page.items.length === 0 ? (
              <p class="empty">Nothing matches “{q}”.</p>
            ) : (
              <>
                <p class="muted" role="status">
                  {plural(page.total, 'result')}
                  {page.total > page.items.length && `, the first ${page.items.length} shown`}
                </p>
                <ol class="results">
                  {page.items.map((hit) => (
                    <Hit key={`${hit.article}/${hit.statement ?? ''}`} hit={hit} />
                  ))}
                </ol>
              </>
            )
          }
        </Await>
      )}
    </>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  const link = hit.kind === 'statement' && hit.statement ? href.article(hit.article, { statement: hit.statement }) : href.article(hit.article);
  return (
    <li class={`result result-${hit.kind}`}>
      <p class="result-kind">{hit.kind === 'statement' ? 'Statement' : 'Article'}</p>
      <a class="result-title" href={link}>
        {hit.title ?? 'Untitled article'}
      </a>
      <p class="result-snippet">
        <Snippet text={hit.snippet.text} highlights={hit.snippet.highlights} />
      </p>
      <p class="muted">
        {hit.outlet} · {formatDate(hit.published)}
      </p>
    </li>
  );
}
