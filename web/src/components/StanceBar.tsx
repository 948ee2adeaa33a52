import { stances, type StanceCounts } from '../types.js';

/** Independent sources per stance as one stacked bar, with the counts written beside it; `scale` (0–1) sizes the bar against the largest claim's. */
export function StanceBar({ counts, scale = 1 }: { counts: StanceCounts; scale?: number }) {
  const total = stances.reduce((sum, stance) => sum + counts[stance], 0);
  const label = stances.filter((s) => counts[s] > 0).map((s) => `${s} ${counts[s]}`).join(', ');
  return (
    <div class="stance-bar-wrap">
      <div class="stance-bar" style={{ maxWidth: `calc(${Math.max(0.08, scale)} * 22rem)` }} role="img" aria-label={`independent sources: ${label || 'none'}`}>
        {stances.map((stance) =>
          counts[stance] > 0 ? (
            <span key={stance} class={`stance-seg stance-${stance}`} style={{ flexGrow: counts[stance] }} title={`${stance}: ${counts[stance]}`} />
          ) : null,
        )}
        {total === 0 && <span class="stance-seg stance-none" style={{ flexGrow: 1 }} />}
      </div>
      <ul class="stance-counts" aria-hidden="true">
        {stances.map((stance) =>
          counts[stance] > 0 ? (
            <li key={stance}>
              <span class={`swatch stance-${stance}`} /> {stance} {counts[stance]}
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}
