import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.js';
import { ArticleCorrect } from '../components/ArticleCorrect.js';
import { ArticleText, type Layer } from '../components/ArticleText.js';
import { CorrectionMarks } from '../components/CorrectionMarks.js';
import { Await } from '../components/Loaded.js';
import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import type { ArticleRecord } from '../types.js';
import { useApi } from '../useApi.js';

/** Each layer with a sample of how it looks in the text, so the toggles double as the legend. */
const layerNames: [Layer, string, string][] = [
  ['statements', 'Statements', 'hl-statement'],
  ['speakers', 'Speakers', 'hl-speaker'],
  ['times', 'Time expressions', 'hl-time'],
  ['entities', 'People, organisations, places', 'hl-entity'],
];

/** One article's clean text with its annotations, the boilerplate that was removed, and how each piece of metadata was found. */
export function ArticleReader({ id, query }: { id: string; query: URLSearchParams }) {
  const article = useApi(() => api.article(id), [id]);
  return (
    <Await loaded={article}>
      {(data: ArticleRecord) => <Reader article={data} statement={query.get('statement')} at={query.get('at')} claim={query.get('claim')} corrected={article.reload} />}
    </Await>
  );
}

/** The followed statement's content span: from the article's own list, or from the offsets in the link (an outlet's own assertion). */
function targetSpan(article: ArticleRecord, statement: string | null, at: string | null): { start: number; end: number } | null {
  const own = statement ? article.statements.find((s) => s.id === statement) : undefined;
  if (own) return { start: own.content.start, end: own.content.end };
  const match = at ? /^(\d+)-(\d+)$/.exec(at) : null;
  if (!match) return null;
  const [start, end] = [Number(match[1]), Number(match[2])];
  return end > start && end <= article.text.length ? { start, end } : null;
}

/** The offsets of a statement the article does not list, looked up in the claim the link came from. */
function useClaimSpan(article: ArticleRecord, statement: string | null, claim: string | null, known: boolean) {
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  useEffect(() => {
    setSpan(null);
    if (known || !statement || !claim) return;
    let current = true;
    api.claimStatements(claim, { article: article.id, limit: 200 }).then(
      (page) => {
        const found = page.items.find((s) => s.article === article.id && s.statement === statement);
        if (current && found) setSpan({ start: found.start, end: found.end });
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [article.id, statement, claim, known]);
  return span;
}

/** The marks the article's heading shows: its exclusion, and what was corrected in its statements (outlet and date show beside their values). */
const headingKinds = ['exclude', 'stance', 'speaker', 'move', 'split'] as const;

function Reader({ article, statement, at, claim, corrected }: {
  article: ArticleRecord;
  statement: string | null;
  at: string | null;
  claim: string | null;
  corrected: () => void;
}) {
  const [layers, setLayers] = useState(new Set<Layer>(['statements', 'speakers', 'times', 'entities']));
  const direct = targetSpan(article, statement, at);
  const fromClaim = useClaimSpan(article, statement, claim, direct !== null);
  const target = direct ?? fromClaim;
  useEffect(() => {
    const element = document.getElementById('target-statement');
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    // The statement list beside the text scrolls on its own: bring the current entry into it without moving the page.
    const entry = document.querySelector<HTMLElement>('.statement-index li.current');
    const list = entry?.closest<HTMLElement>('.reader-side');
    if (entry && list && getComputedStyle(list).overflowY === 'auto') {
      list.scrollTop += entry.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 3;
    }
  }, [article.id, statement, target?.start]);
  const toggle = (layer: Layer) => {
    const next = new Set(layers);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setLayers(next);
  };
  return (
    <>
      <header class="page-head">
        <p class="crumbs">
          <a href={href.articles()}>Articles</a> / <code>{article.id}</code>
        </p>
        <h1>{article.title ?? 'Untitled article'}</h1>
        <p class="lede">
          {article.outlet.name} · <time>{formatDate(article.published.value)}</time> · {plural(article.statements.length, 'statement')}
        </p>
        {article.metadata_only && (
          <p class="excluded" role="note">Only this article's metadata was stored: {article.metadata_only}. Its title, outlet and date are kept; there is no text to read.</p>
        )}
        {article.corrections?.some((mark) => mark.kind === 'exclude') && (
          <p class="excluded" role="note">Excluded from the story by hand: its statements are on no claim. Undo the exclusion to bring them back.</p>
        )}
        <div class="correct-line">
          <CorrectionMarks marks={article.corrections} kinds={headingKinds} onUndone={corrected} />
          <ArticleCorrect article={article.id} outlet={article.outlet.name} published={article.published.value} onDone={corrected} />
        </div>
      </header>
      <div class="reader">
        <div class="reader-main">
          <fieldset class="layers">
            <legend>Highlight</legend>
            {layerNames.map(([layer, name, sample]) => (
              <label key={layer} class="layer-toggle">
                <input type="checkbox" checked={layers.has(layer)} onChange={() => toggle(layer)} /> <span class={sample}>{name}</span>
              </label>
            ))}
          </fieldset>
          {target && (
            <p class="target-note" role="status">
              The statement you followed is marked ▶ and highlighted in yellow below.
            </p>
          )}
          <ArticleText article={article} layers={layers} target={target} />
          <Removed blocks={article.removed} />
        </div>
        <aside class="reader-side">
          <Metadata article={article} corrected={corrected} />
          <StatementList article={article} current={statement} />
        </aside>
      </div>
    </>
  );
}

/** The boilerplate taken out of the page, folded away, each block with the rule that removed it. */
function Removed({ blocks }: { blocks: ArticleRecord['removed'] }) {
  if (blocks.length === 0) return <p class="removed muted">No boilerplate was removed from this article.</p>;
  return (
    <details class="removed">
      <summary>Removed boilerplate ({plural(blocks.length, 'block')})</summary>
      <ul>
        {blocks.map((block, i) => (
          <li key={i}>
            <span class="reason">{block.reason}</span>
            <p class="removed-text">{block.text}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}

function Metadata({ article, corrected }: { article: ArticleRecord; corrected: () => void }) {
  const published = article.published;
  const range = published.earliest || published.latest ? `${published.earliest ?? '?'} to ${published.latest ?? '?'}` : null;
  return (
    <section class="metadata" aria-labelledby="meta-h">
      <h2 id="meta-h">Metadata</h2>
      <dl>
        <dt>Title</dt>
        <dd>{article.title ?? 'none'} <span class="how">from {article.title_how}</span></dd>
        <dt>Outlet</dt>
        <dd>
          {article.outlet.name} <span class="how">from {article.outlet.how}</span>
          <CorrectionMarks marks={article.corrections} kinds={['outlet']} onUndone={corrected} />
        </dd>
        <dt>Published</dt>
        <dd>
          {published.value ?? 'unknown'} {range && published.value === null && <>({range})</>}{' '}
          <span class="how">from {published.how}, confidence {Math.round(published.confidence * 100)}%</span>
          <CorrectionMarks marks={article.corrections} kinds={['date']} onUndone={corrected} />
        </dd>
        {article.authors.length > 0 && (
          <>
            <dt>{article.authors.length === 1 ? 'Author' : 'Authors'}</dt>
            <dd>
              {article.authors.map((author, i) => (
                <span key={i} class="author">
                  {i > 0 && ', '}
                  {author.name} <span class="how">from {author.how}</span>
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Source</dt>
        <dd class="break">{article.source}</dd>
        <dt>Text</dt>
        <dd>
          <span class="how">{article.text_how ?? 'as given in the source'}</span>
        </dd>
        {article.url && (
          <>
            <dt>URL</dt>
            <dd class="break">{article.url}</dd>
          </>
        )}
        <dt>Format</dt>
        <dd>{article.format}, {article.encoding}</dd>
      </dl>
    </section>
  );
}

function StatementList({ article, current }: { article: ArticleRecord; current: string | null }) {
  return (
    <section class="statement-index" aria-labelledby="stmts-h">
      <h2 id="stmts-h">Statements</h2>
      <ol>
        {article.statements.map((s) => (
          <li key={s.id} class={s.id === current ? 'current' : undefined}>
            <a href={href.article(article.id, { statement: s.id })} aria-current={s.id === current ? 'location' : undefined}>
              <strong>{s.speaker?.canonical ?? 'unnamed'}</strong> {s.cue.text}: “{s.content.text}”
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
