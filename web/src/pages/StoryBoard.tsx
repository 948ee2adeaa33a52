import { api } from '../api.js';
import { CheckForm } from '../components/CheckForm.js';
import { ExportLinks } from '../components/ExportLinks.js';
import { Await } from '../components/Loaded.js';
import { StanceBar } from '../components/StanceBar.js';
import { StatusBadge } from '../components/Status.js';
import { markSummary } from '../correctionText.js';
import { formatRange, plural } from '../format.js';
import { href } from '../router.js';
import type { ClaimSummary, StoryView } from '../types.js';
import { useApi } from '../useApi.js';

/** Every claim, most-reported first: what is said, how settled it is, who says it, and when. */
export function StoryBoard() {
  const story = useApi(api.story, []);
  return (
    <Await loaded={story}>
      {(data: StoryView) => (
        <>
          <header class="page-head">
            <h1>Story board</h1>
            <p class="lede">
              {plural(data.corpus.count, 'article')} from {plural(data.corpus.outlets, 'outlet')}, reported {formatRange(data.corpus.first, data.corpus.last)}
              {' · '}
              {plural(data.claims.length, 'claim')}
            </p>
            <CheckForm compact example={data.claims[0]?.text} />
            {data.claims.length > 0 && <ExportLinks />}
          </header>
          {data.claims.length === 0 ? (
            <p class="empty">
              No claims yet. <a href={href.articles()}>Add articles</a> to start the story.
            </p>
          ) : (
            <ClaimList claims={data.claims} />
          )}
        </>
      )}
    </Await>
  );
}

function sourcesOf(claim: ClaimSummary): number {
  return claim.stances.asserts + claim.stances.denies + claim.stances.doubts + claim.stances.reports;
}

function mostSources(claims: ClaimSummary[]): number {
  return Math.max(1, ...claims.map(sourcesOf));
}

function ClaimList({ claims }: { claims: ClaimSummary[] }) {
  const most = mostSources(claims);
  return (
    <ol class="claim-list">
      {claims.map((claim) => (
        <ClaimRow key={claim.id} claim={claim} most={most} />
      ))}
    </ol>
  );
}

function ClaimRow({ claim, most }: { claim: ClaimSummary; most: number }) {
  return (
    <li class="claim-row">
      <div class="claim-row-main">
        <StatusBadge status={claim.status} />
        <a class="claim-link" href={href.claim(claim.id)}>
          {claim.text}
        </a>
        {claim.corrections.length > 0 && (
          <span class="corrected-flag" title={claim.corrections.map(markSummary).join('\n')}>✎ corrected by hand</span>
        )}
      </div>
      <StanceBar counts={claim.stances} scale={sourcesOf(claim) / most} />
      <p class="claim-row-meta">
        <span>{plural(claim.statementCount, 'statement')}</span>
        <span>{plural(claim.sourceCount, 'independent source')}</span>
        <span>
          reported <time>{formatRange(claim.firstReported, claim.lastReported)}</time>
        </span>
      </p>
    </li>
  );
}
