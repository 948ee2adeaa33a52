import { plural } from '../format.js';
import { href } from '../router.js';
import type { SourceSummary } from '../types.js';
import { CorrectionMarks } from './CorrectionMarks.js';
import { SourceCorrect } from './SourceCorrect.js';

/** The marks a source shows: what made it one source or two, and who it is and what it says. */
const sourceKinds = ['same-source', 'speaker', 'stance'] as const;

/**
 * The independent sources behind a claim: one row per original utterance,
 * however many outlets echoed it, so ten reprints of one ministry statement
 * read as one source. Each row can be corrected: the same source as another
 * speaker, or a different one.
 */
export function SourceList({ sources, corrected }: { sources: SourceSummary[]; corrected: () => void }) {
  if (sources.length === 0) return <p class="muted">No sources.</p>;
  // The server sends them most echoed first, a page at a time; kept in that order so 'Show more' appends below.
  const sorted = sources;
  return (
    <div class="table-scroll">
      <table class="sources">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Stance</th>
            <th scope="col">Reports</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((source) => {
            const outlets = source.outlets;
            const first = source.statements[0];
            return (
              <tr key={source.id}>
                <th scope="row">
                  {source.name}
                  {source.kind === 'outlet' ? <span class="side">the outlet itself</span> : !source.name.toLowerCase().includes(source.side.toLowerCase()) && <span class="side">side: {source.side}</span>}
                  <div class="correct-line">
                    <CorrectionMarks marks={source.corrections} kinds={sourceKinds} onUndone={corrected} />
                    {source.kind !== 'outlet' && <SourceCorrect source={source} others={sources.filter((s) => s.kind !== 'outlet')} onDone={corrected} />}
                  </div>
                </th>
                <td>
                  <span class={`swatch stance-${source.stance}`} /> {source.stance}
                </td>
                <td>
                  {first ? <a href={href.article(first.article, { statement: first.statement, claim: source.claim })}>{plural(source.echoes, 'report')}</a> : '—'}
                  <span class="muted"> in {outlets.join(', ')}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
