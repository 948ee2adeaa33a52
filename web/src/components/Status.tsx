import type { Status } from '../types.js';

const symbols: Record<Status, string> = {
  corroborated: '✓',
  claimed: '•',
  unverified: '?',
  disputed: '⇄',
  refuted: '✕',
};

/** The status as a word with a symbol and colour, so colour is never the only carrier. */
export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class={`status status-${status}`}>
      <span aria-hidden="true">{symbols[status]} </span>
      {status}
    </span>
  );
}
