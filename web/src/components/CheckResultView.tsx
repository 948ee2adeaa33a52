import type { ComponentChildren } from 'preact';
import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import type { CheckEvidence, CheckMatch, CheckResult, CheckStatusChange, Stance } from '../types.js';
import { CheckArticleCard } from './CheckArticleCard.js';
import { StatusBadge } from './Status.js';
import { StatusChart } from './StatusChart.js';

/**
 * A checked claim laid out as a derived claim's page is: the claim and its
 * status, the status over time, the articles that bear on it with their
 * evidence, then the derived claims that say the same or the opposite. The
 * check page shows it under its form (an h2), a watched claim's page as the page (an h1).
 */
export function CheckResultView({ check, level, crumbs, children }: {
  check: CheckResult;
  level: 1 | 2;
  crumbs?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const Sub = level === 1 ? 'h2' : 'h3';
  const published = check.articles.map((a) => a.article.published).filter((d): d is string => d !== null).sort();
  const evidence = check.articles.flatMap((a) => a.evidence.map((e) => ({ article: a.article.id, outlet: a.article.outlet, e })));
  return (
    <article class="check-result" aria-labelledby="check-claim">
      <header class="page-head">
        {crumbs && <p class="crumbs">{crumbs}</p>}
        <Heading id="check-claim">{check.claim}</Heading>
        <p class="lede">
          <StatusBadge status={check.status} /> {plural(check.articles.length, 'article')} bear{check.articles.length === 1 ? 's' : ''} on it
          {check.event_time && <> · happened {check.event_time.from === check.event_time.to ? check.event_time.from : `${check.event_time.from} – ${check.event_time.to}`}</>}
          {!crumbs && <> · <code>{check.id}</code></>}
        </p>
        {children}
      </header>
      <section aria-labelledby="check-status-h">
        <Sub id="check-status-h">Status over time</Sub>
        {check.status_from && (
          <p class="muted">
            The history of <a href={href.claim(check.status_from)}>{check.status_from}</a>, the derived claim that says the same, computed from every statement about it.
          </p>
        )}
        <StatusChart history={check.status_history} until={published.at(-1) ?? null} />
        <ol class="history">
          {check.status_history.map((change) => (
            <li key={change.as_of}>
              <time>{formatDate(change.as_of)}</time> <StatusBadge status={change.status} /> <span class="muted">rule {change.rule}</span>
              <Because change={change} evidence={evidence} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="check-articles-h">
        <Sub id="check-articles-h">Articles that bear on it <span class="muted">({check.articles.length})</span></Sub>
        {check.articles.length === 0 ? (
          <p class="empty">No stored article bears on this claim.</p>
        ) : (
          <ol class="check-articles">
            {check.articles.map((judged) => (
              <CheckArticleCard key={judged.article.id} judged={judged} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="check-matches-h">
        <Sub id="check-matches-h">Derived claims about the same</Sub>
        <Matches matches={check.matches} />
      </section>
    </article>
  );
}

/** The sentences that moved the status that day, one link per speaker, the first six. */
function Because({ change, evidence }: { change: CheckStatusChange; evidence: { article: string; outlet: string; e: CheckEvidence }[] }) {
  if (change.because.length === 0) return null;
  const bySpeaker = new Map<string, { article: string; statement: string; found?: (typeof evidence)[number] }>();
  for (const ref of change.because) {
    const found = evidence.find((x) => x.article === ref.article && x.e.statement === ref.statement);
    const name = found ? `${found.e.speaker ?? found.outlet} (${found.outlet})` : `${ref.article} ${ref.statement}`;
    if (!bySpeaker.has(name)) bySpeaker.set(name, { ...ref, found });
  }
  const shown = [...bySpeaker].slice(0, 6);
  return (
    <>
      {' '}because of{' '}
      {shown.map(([name, { article, statement, found }], i) => (
        <span key={name}>
          {i > 0 && ', '}
          <a href={href.article(article, found?.e ?? { statement })}>{found ? (found.e.speaker ?? found.outlet) : statement}</a>
          {found && <span class="muted"> ({found.e.speaker ? found.outlet : 'own words'})</span>}
        </span>
      ))}
      {bySpeaker.size > shown.length && <span class="muted"> and {bySpeaker.size - shown.length} more</span>}
    </>
  );
}

const matchPhrases: Record<Stance, string> = {
  asserts: 'Says the same:',
  denies: 'Says the opposite:',
  doubts: 'Doubts it:',
  reports: 'Reports it:',
};

function Matches({ matches }: { matches: CheckMatch[] }) {
  if (matches.length === 0) return <p class="muted">No derived claim says the same or the opposite.</p>;
  return (
    <ul class="related check-matches">
      {matches.map((match) => (
        <li key={match.id} class="related-item">
          <span class={`relation ${match.stance === 'denies' ? 'relation-contradicts' : 'relation-supports'}`}>
            {matchPhrases[match.stance]}
          </span>{' '}
          <a href={href.claim(match.id)}>{match.text}</a> <StatusBadge status={match.status} />
        </li>
      ))}
    </ul>
  );
}
