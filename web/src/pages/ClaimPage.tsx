import { api } from '../api.js';
import { ClaimCorrect } from '../components/ClaimCorrect.js';
import { CorrectionMarks } from '../components/CorrectionMarks.js';
import { ExportLinks } from '../components/ExportLinks.js';
import { Await } from '../components/Loaded.js';
import { ShowMore, useMorePages } from '../components/ShowMore.js';
import { SourceList } from '../components/SourceList.js';
import { StatusBadge } from '../components/Status.js';
import { StatementCorrect } from '../components/StatementCorrect.js';
import { StatusChart } from '../components/StatusChart.js';
import { claimAfterCorrection, statementToFollow } from '../followClaim.js';
import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import { stances, type ClaimRecord, type ClaimStatement, type ClaimView, type Stance } from '../types.js';
import { useApi } from '../useApi.js';

const stanceHeadings: Record<Stance, string> = {
  asserts: 'Asserted by',
  denies: 'Denied by',
  doubts: 'Doubted by',
  reports: 'Reported without taking a side',
};

/** After a correction: the ids of the statements that left the claim ('b747cc9c7d26/s1'); the page follows one that stayed. */
type Corrected = (leaving?: string[]) => void;

/** The marks a statement shows; a merge of its whole claim shows at the claim's heading. */
const statementKinds = ['stance', 'speaker', 'move', 'split'] as const;

/** One claim: its status over time, its statements by stance, and the claims around it; each with its corrections by hand. */
export function ClaimPage({ id }: { id: string }) {
  const view = useApi(() => api.claim(id), [id]);
  const corrected = (statements: ClaimStatement[]): Corrected => (leaving = []) => {
    // A merge or split may give the claim a new id: follow a statement that stayed to wherever it is now.
    claimAfterCorrection(id, statementToFollow(statements, new Set(leaving))).then(
      (moved) => (moved ? (location.hash = href.claim(moved)) : view.reload()),
      () => view.reload(),
    );
  };
  return <Await loaded={view}>{(data: ClaimView) => <Claim view={data} corrected={corrected(data.claim.statements)} />}</Await>;
}

function Claim({ view, corrected }: { view: ClaimView; corrected: Corrected }) {
  const { claim, related, summary } = view;
  const sources = useMorePages(view, { items: view.sources, next: view.next.sources }, (cursor) => api.claimSources(claim.id, cursor));
  return (
    <>
      <header class="page-head">
        <p class="crumbs">
          <a href={href.story()}>Story board</a> / <code>{claim.id}</code>
        </p>
        <h1>{claim.text}</h1>
        <p class="lede">
          <StatusBadge status={claim.status} /> {plural(summary.statements, 'statement')} from{' '}
          {plural(claim.independent_sources, 'independent source')}
          {claim.event_time && <> · happened {claim.event_time.from === claim.event_time.to ? claim.event_time.from : `${claim.event_time.from} – ${claim.event_time.to}`}</>}
          {claim.place && <> · {claim.place}</>}
        </p>
        <div class="correct-line">
          <CorrectionMarks marks={claim.corrections} onUndone={() => corrected()} />
          <ClaimCorrect claim={claim} statementCount={summary.statements} onDone={(_, leaving) => corrected(leaving)} />
        </div>
        <ExportLinks claim={claim.id} />
      </header>
      <section aria-labelledby="status-h">
        <h2 id="status-h">Status over time</h2>
        <StatusChart history={claim.status_history} until={summary.lastReported} />
        <ol class="history">
          {claim.status_history.map((entry) => (
            <li key={entry.as_of}>
              <time>{formatDate(entry.as_of)}</time> <StatusBadge status={entry.status} /> <span class="muted">rule {entry.rule}</span>
              <Because claim={claim} refs={entry.because} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="statements-h">
        <h2 id="statements-h">Statements</h2>
        <Outlets outlets={summary.outlets} count={summary.outletCount} />
        <div class="stance-groups">
          {stances.map((stance) => (
            <StanceGroup key={stance} view={view} claim={claim.id} stance={stance} total={summary.stances[stance]} next={view.next.statements[stance]}
              statements={claim.statements.filter((s) => s.stance === stance)} corrected={corrected} />
          ))}
        </div>
      </section>
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">Independent sources</h2>
        <SourceList sources={sources.items} corrected={() => corrected()} />
        <ShowMore pages={sources} total={summary.sources} what="sources" />
      </section>
      <section aria-labelledby="related-h">
        <h2 id="related-h">Related claims</h2>
        <Related claim={claim} related={related} />
      </section>
    </>
  );
}

/** The outlets that carried the claim, most statements first. */
function Outlets({ outlets, count }: { outlets: ClaimView['summary']['outlets']; count: number }) {
  if (outlets.length === 0) return null;
  return (
    <p class="outlets muted">
      Carried by {outlets.map((o) => `${o.outlet} (${o.statements})`).join(', ')}
      {count > outlets.length && ` and ${plural(count - outlets.length, 'more outlet')}`}
    </p>
  );
}

/** The statements that moved the status, one link per speaker, the first six. */
function Because({ claim, refs }: { claim: ClaimRecord; refs: ClaimRecord['status_history'][number]['because'] }) {
  if (refs.length === 0) return null;
  const bySpeaker = new Map<string, { ref: (typeof refs)[number]; statement?: ClaimStatement }>();
  for (const ref of refs) {
    const statement = claim.statements.find((s) => s.article === ref.article && s.statement === ref.statement);
    const name = statement ? `${statement.speaker} (${statement.outlet})` : `${ref.article} ${ref.statement}`;
    if (!bySpeaker.has(name)) bySpeaker.set(name, { ref, statement });
  }
  const shown = [...bySpeaker].slice(0, 6);
  return (
    <>
      {' '}because of{' '}
      {shown.map(([name, { ref, statement }], i) => (
        <span key={name}>
          {i > 0 && ', '}
          <a href={href.article(ref.article, statement ?? ref)}>{statement?.speaker ?? ref.statement}</a>
          {statement && <span class="muted"> ({statement.outlet})</span>}
        </span>
      ))}
      {bySpeaker.size > shown.length && <span class="muted"> and {bySpeaker.size - shown.length} more</span>}
    </>
  );
}

/** The statement's words with the ones the claim was read from marked ('killed' in '... may have killed Vasko Dren'); text nodes only, never HTML. */
function WithTrigger({ statement: s }: { statement: ClaimStatement }) {
  const from = s.trigger.start - s.start;
  const to = s.trigger.end - s.start;
  if (from < 0 || to > s.text.length || from >= to) return <>{s.text}</>;
  return (
    <>
      {s.text.slice(0, from)}
      <mark class="trigger" title="the words this claim was read from">{s.text.slice(from, to)}</mark>
      {s.text.slice(to)}
    </>
  );
}

/** One stance's statements, earliest reported first, as the server orders them; 'Show more' brings the next page. */
function StanceGroup({ view, claim, stance, statements, total, next, corrected }: {
  view: ClaimView; claim: string; stance: Stance; statements: ClaimStatement[]; total: number; next: string | null; corrected: Corrected;
}) {
  const pages = useMorePages(view, { items: statements, next }, (cursor) => api.claimStatements(claim, { stance, cursor }));
  if (total === 0) return null;
  return (
    <section class={`stance-group border-${stance}`}>
      <h3>
        <span class={`swatch stance-${stance}`} /> {stanceHeadings[stance]} <span class="muted">({total})</span>
      </h3>
      <ul class="statements">
        {pages.items.map((s) => (
          <li key={`${s.article}/${s.statement}/${s.trigger.start}`} class="statement">
            <a class="quote" href={href.article(s.article, s)}>
              “<WithTrigger statement={s} />”
            </a>
            <p class="reading muted">
              read as: {s.proposition.subject} · {s.proposition.negated ? 'not ' : ''}{s.proposition.predicate}
              {s.proposition.agent && !s.proposition.predicate.includes(s.proposition.agent) && <> · by {s.proposition.agent}</>}
              {s.proposition.quantity && <> · count {s.proposition.quantity.text}</>}
              {s.proposition.modality.length > 0 && <> · {s.proposition.modality.join(' ')}</>}
            </p>
            <p class="who">
              <strong>{s.speaker}</strong>
              {s.chain.length > 2 && <span class="muted"> via {s.chain.slice(1, -1).join(' → ')}</span>}
              {' · '}
              {s.outlet} · <time>{formatDate(s.reported_on)}</time>
              {s.event_time && <> · about {s.event_time}</>}
            </p>
            {s.evidence.words.length > 0 && (
              <p class="evidence muted">
                {s.evidence.hedged ? 'hedged: ' : 'because of: '}
                {s.evidence.words.map((w) => `“${w}”`).join(', ')}
              </p>
            )}
            <div class="correct-line">
              <CorrectionMarks marks={s.corrections} kinds={statementKinds} onUndone={() => corrected()} />
              <StatementCorrect claim={claim} statement={s} onDone={(_, leaves) => corrected(leaves ? [`${s.article}/${s.statement}`] : [])} />
            </div>
          </li>
        ))}
      </ul>
      <ShowMore pages={pages} total={total} what="statements" />
    </section>
  );
}

function relationPhrase(relation: ClaimRecord['relations'][number]): string {
  if (relation.sequence) return relation.direction === 'from' ? 'is followed by' : 'follows';
  if (relation.type === 'contradicts') return 'contradicts';
  if (relation.type === 'refines') return relation.direction === 'from' ? 'corrects' : 'is corrected by';
  return relation.direction === 'from' ? 'supports' : 'is supported by';
}

function Related({ claim, related }: { claim: ClaimRecord; related: ClaimView['related'] }) {
  if (claim.relations.length === 0) return <p class="muted">No related claims.</p>;
  return (
    <ul class="related">
      {claim.relations.map((relation) => {
        const other = related.find((r) => r.id === relation.claim);
        return (
          <li key={`${relation.type}/${relation.direction}/${relation.claim}`} class="related-item">
            <span class={`relation relation-${relation.type}`}>This claim {relationPhrase(relation)}</span>{' '}
            <a href={href.claim(relation.claim)}>{other?.text ?? relation.claim}</a> {other && <StatusBadge status={other.status} />}
            <span class="muted why"> — {relation.why}</span>
          </li>
        );
      })}
    </ul>
  );
}
