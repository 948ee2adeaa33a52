import { api } from '../api.js';
import { Await } from '../components/Loaded.js';
import { ShowMore, useMorePages } from '../components/ShowMore.js';
import { StatusBadge } from '../components/Status.js';
import { href } from '../router.js';
import { stances, type MatrixView, type StanceCounts } from '../types.js';
import { useApi } from '../useApi.js';

const symbols = { asserts: '+', denies: '−', doubts: '?', reports: '·' } as const;

/**
 * Sources down, claims across, the stance in each cell: the layout of an
 * analysis of competing hypotheses, where one column that everyone denies or
 * one source that asserts everything stands out.
 */
export function Matrix() {
  const matrix = useApi(() => api.matrix(), []);
  return (
    <>
      <header class="page-head">
        <h1>Sources × claims</h1>
        <p class="lede">Who asserts, denies or doubts what, the busiest sources first. A small number counts the source's statements with that stance.</p>
        <ul class="legend">
          {stances.map((stance) => (
            <li key={stance}>
              <span class={`cell-mark stance-${stance}`}>{symbols[stance]}</span> {stance}
            </li>
          ))}
        </ul>
      </header>
      <Await loaded={matrix}>{(data: MatrixView) => <Rows first={data} />}</Await>
    </>
  );
}

type Speaker = MatrixView['speakers'][number];
type MatrixCell = MatrixView['cells'][number];

/** The rows come a page of speakers at a time, each page with its own cells; every claim column comes with the first. */
function Rows({ first }: { first: MatrixView }) {
  const rows = useMorePages<{ speaker: Speaker; cells: MatrixCell[] }>(
    first,
    { items: rowsOf(first), next: first.next },
    async (cursor) => {
      const page = await api.matrix(cursor);
      return { items: rowsOf(page), next: page.next };
    },
  );
  const matrix = { ...first, speakers: rows.items.map((row) => row.speaker), cells: rows.items.flatMap((row) => row.cells) };
  return (
    <>
      <Table matrix={matrix} />
      <ShowMore pages={rows} total={first.total} what="sources" />
    </>
  );
}

function rowsOf(page: MatrixView): { speaker: Speaker; cells: MatrixCell[] }[] {
  return page.speakers.map((speaker) => ({ speaker, cells: page.cells.filter((cell) => cell.speaker === speaker.name) }));
}

function Table({ matrix }: { matrix: Pick<MatrixView, 'claims' | 'speakers' | 'cells'> }) {
  if (matrix.claims.length === 0) return <p class="empty">No claims yet.</p>;
  const cells = new Map(matrix.cells.map((cell) => [`${cell.speaker}\u0000${cell.claim}`, cell.stances]));
  const said = new Map<string, number>();
  for (const cell of matrix.cells) said.set(cell.speaker, (said.get(cell.speaker) ?? 0) + stances.reduce((n, s) => n + cell.stances[s], 0));
  const speakers = [...matrix.speakers].sort((a, b) => (said.get(b.name) ?? 0) - (said.get(a.name) ?? 0) || a.name.localeCompare(b.name));
  return (
    <div class="matrix-scroll" tabIndex={0} role="region" aria-label="Sources by claims; scrolls sideways">
      <table class="matrix">
        <thead>
          <tr>
            <th scope="col" class="corner">Source</th>
            {matrix.claims.map((claim) => (
              <th key={claim.id} scope="col" class="claim-col">
                <a href={href.claim(claim.id)}>{claim.text}</a>
                <StatusBadge status={claim.status} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {speakers.map((speaker) => (
            <tr key={speaker.name}>
              <th scope="row" class="speaker">
                {speaker.name}
                {speaker.kind === 'outlet' ? <span class="side">outlet</span> : !speaker.name.toLowerCase().includes(speaker.side.toLowerCase()) && <span class="side">{speaker.side}</span>}
              </th>
              {matrix.claims.map((claim) => (
                <Cell key={claim.id} counts={cells.get(`${speaker.name}\u0000${claim.id}`)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ counts }: { counts: StanceCounts | undefined }) {
  const present = counts ? stances.filter((s) => counts[s] > 0) : [];
  if (!counts || present.length === 0) return <td class="cell empty-cell" />;
  return (
    <td class="cell" title={present.map((s) => `${s} ${counts[s]}`).join(', ')}>
      {present.map((stance) => (
        <span key={stance} class={`cell-mark stance-${stance}`}>
          <span aria-hidden="true">{symbols[stance]}</span>
          <span class="sr-only">{stance}</span>
          {counts[stance] > 1 && <sub>{counts[stance]}</sub>}
        </span>
      ))}
    </td>
  );
}
