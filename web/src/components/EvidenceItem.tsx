import { href } from '../router.js';
import type { CheckEvidence } from '../types.js';
import { DecidingWords } from './DecidingWords.js';
import { StanceLabel } from './StanceLabel.js';

/** One sentence that bears on a checked claim: who said it, its stance, what decided it, and a link to it in the article. */
export function EvidenceItem({ article, evidence: e }: { article: string; evidence: CheckEvidence }) {
  return (
    <li class="statement evidence-item">
      <a class="quote" href={href.article(article, e)}>
        “<DecidingWords text={e.text} words={e.words} />”
      </a>
      <p class="who">
        {e.speaker ? <strong>{e.speaker}</strong> : <span class="muted">own words</span>}
        {e.chain.length > 2 && <span class="muted"> via {e.chain.slice(1, -1).join(' → ')}</span>}
        {' · '}
        <StanceLabel stance={e.stance} />
        {' · '}
        <span class="decided-by">{e.rule ? `rule ${e.rule}` : `model ${e.confidence.toFixed(2)}`}</span>
        {e.event_time && <> · about {e.event_time}</>}
      </p>
      {e.words.length > 0 && (
        <p class="evidence muted">decided by: {e.words.map((w) => `“${w}”`).join(', ')}</p>
      )}
    </li>
  );
}
