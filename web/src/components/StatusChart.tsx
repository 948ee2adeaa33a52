import { formatDate } from '../format.js';
import { dayOf } from '../timex.js';
import { statuses, type ClaimRecord } from '../types.js';

const rowHeight = 26;

/**
 * Status over the report clock as a step line across one row per status.
 * SVG lengths in percent keep the chart fluid without measuring it; the list
 * under the chart says the same in words.
 */
export function StatusChart({ history, until }: { history: ClaimRecord['status_history']; until: string | null }) {
  if (history.length === 0) return <p class="muted">No dated report yet.</p>;
  const first = dayOf(history[0].as_of);
  const lastChange = dayOf(history[history.length - 1].as_of);
  const end = Math.max(lastChange, until ? dayOf(until) : lastChange);
  const span = end - first || 1;
  // Dates map to 2%–88%; the latest status runs on to the right edge, so it shows as a line however recent its change.
  const x = (date: number) => `${2 + ((date - first) / span) * 86}%`;
  const y = (status: string) => statuses.indexOf(status as (typeof statuses)[number]) * rowHeight + rowHeight / 2;
  const steps = history.map((entry, i) => ({
    status: entry.status,
    from: dayOf(entry.as_of),
    to: i + 1 < history.length ? dayOf(history[i + 1].as_of) : Infinity,
  }));
  return (
    <figure class="status-chart">
      <div class="status-chart-grid">
        <ul class="status-rows" aria-hidden="true">
          {statuses.map((status) => (
            <li key={status} class={`status-row-label text-${status}`} style={{ height: `${rowHeight}px` }}>
              {status}
            </li>
          ))}
        </ul>
        <svg class="status-svg" width="100%" height={statuses.length * rowHeight} role="img"
          aria-label={`Status over time: ${history.map((h) => `${h.status} from ${formatDate(h.as_of)}`).join(', ')}`}>
          {statuses.map((status, i) => (
            <rect key={status} x="0" y={i * rowHeight} width="100%" height={rowHeight} class={i % 2 ? 'band-odd' : 'band-even'} />
          ))}
          {steps.map((step, i) => (
            <g key={i}>
              <line x1={x(step.from)} x2={step.to === Infinity ? '98%' : x(step.to)} y1={y(step.status)} y2={y(step.status)} class={`step stroke-${step.status}`} />
              {i + 1 < steps.length && (
                <line x1={x(step.to)} x2={x(step.to)} y1={y(step.status)} y2={y(steps[i + 1].status)} class="step-riser" />
              )}
              <circle cx={x(step.from)} cy={y(step.status)} r="5" class={`fill-${step.status}`}>
                <title>{`${step.status} from ${formatDate(history[i].as_of)}`}</title>
              </circle>
            </g>
          ))}
        </svg>
      </div>
      <div class="status-axis" aria-hidden="true">
        <span>{formatDate(history[0].as_of)}</span>
        <span class="status-axis-end">{formatDate(new Date(end).toISOString().slice(0, 10))}</span>
      </div>
      <figcaption class="muted">Status on the report clock: each step is a day on which new reports changed it.</figcaption>
    </figure>
  );
}
