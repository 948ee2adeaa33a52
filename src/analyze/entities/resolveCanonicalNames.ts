import type { Stage } from '../types.js';

// Placeholder until this stage is written; it finds nothing.
export const resolveCanonicalNames: Stage = {
  name: 'resolveCanonicalNames',
  run() {
    return { entities: [] };
  },
};
