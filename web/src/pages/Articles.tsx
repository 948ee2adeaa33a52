import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { ArticleCorrect } from '../components/ArticleCorrect.js';
import { CorrectionMarks } from '../components/CorrectionMarks.js';
import { DropZone } from '../components/DropZone.js';
import { Await } from '../components/Loaded.js';
import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import type { ArticleSummary, Page } from '../types.js';
import { useApi } from '../useApi.js';

const pageSize = 100;

/** The stored articles, a hundred at a time, each with its corrections by hand (outlet, date, exclusion), and the drop zone that adds more. */
export function Articles() {
  const [offset, setOffset] = useState(0);
  const articles = useApi(() => api.articles({ limit: pageSize, offset }), [offset]);
  return (
    <>
      <header class="page-head">
        <h1>Articles</h1>
        <p class="lede">The articles the story rests on. Open one to read it with its statements highlighted.</p>
      </header>
      <DropZone onStored={articles.reload} />
      <Await loaded={articles}>
        {(page: Page<ArticleSummary>) => (
          <section aria-labelledby="list-h">
            <h2 id="list-h">
              {plural(page.total, 'article')}
              {page.total > page.items.length && <span class="muted"> ({offset + 1}–{offset + page.items.length} shown)</span>}
            </h2>
            <ol class="article-list">
              {page.items.map((article) => (
                <li key={article.id}>
                  <a href={href.article(article.id)}>{article.title ?? 'Untitled article'}</a>
                  {article.corrections?.some((mark) => mark.kind === 'exclude') && <span class="muted"> · excluded from the story by hand</span>}
                  <p class="muted">
                    {article.outlet} · {formatDate(article.published)} · {article.metadata_only ? 'metadata only: no article text found' : plural(article.statements, 'statement')} · <span class="break">{article.source}</span>
                  </p>
                  <div class="correct-line">
                    <CorrectionMarks marks={article.corrections} onUndone={articles.reload} />
                    <ArticleCorrect article={article.id} outlet={article.outlet} published={article.published} onDone={articles.reload} />
                  </div>
                </li>
              ))}
            </ol>
            {page.total > pageSize && (
              <nav class="pager" aria-label="Pages of articles">
                <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>Previous</button>
                <button type="button" disabled={offset + pageSize >= page.total} onClick={() => setOffset(offset + pageSize)}>Next</button>
              </nav>
            )}
          </section>
        )}
      </Await>
    </>
  );
}
