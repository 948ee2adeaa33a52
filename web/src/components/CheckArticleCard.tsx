import { formatDate, plural } from '../format.js';
import { href } from '../router.js';
import type { CheckArticle } from '../types.js';
import { EvidenceItem } from './EvidenceItem.js';
import { StanceLabel } from './StanceLabel.js';

/** One article that bears on a checked claim: where and when, its stance as a whole, then the sentences that show it. */
export function CheckArticleCard({ judged: { article, stance, confidence, evidence } }: { judged: CheckArticle }) {
  return (
    <li class={`check-article check-stance-${stance}`}>
      <p class="check-article-meta">
        <span>{article.outlet}</span> · <time>{formatDate(article.published)}</time>
      </p>
      <h3>
        <a href={href.article(article.id)}>{article.title ?? 'Untitled article'}</a>
      </h3>
      <p class="check-article-stance">
        The article <StanceLabel stance={stance} confidence={confidence} />
        <span class="muted"> · {plural(evidence.length, 'sentence')} bear{evidence.length === 1 ? 's' : ''} on it</span>
      </p>
      {evidence.length > 0 && (
        <ul class="statements">
          {evidence.map((e) => (
            <EvidenceItem key={`${e.statement}/${e.start}`} article={article.id} evidence={e} />
          ))}
        </ul>
      )}
    </li>
  );
}
