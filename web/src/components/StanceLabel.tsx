import type { Stance } from '../types.js';

/** A stance as its colour swatch and word, with how sure the judge is ('denies 0.83'). */
export function StanceLabel({ stance, confidence }: { stance: Stance; confidence?: number }) {
  return (
    <span class="stance-label">
      <span class={`swatch stance-${stance}`} /> {stance}
      {confidence !== undefined && <span class="muted"> {confidence.toFixed(2)}</span>}
    </span>
  );
}
