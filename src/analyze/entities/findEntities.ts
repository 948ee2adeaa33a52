import type { Stage } from '../types.js';

// Placeholder until this stage is written; it finds nothing.
export const findEntities: Stage = {
  name: 'findEntities',
  run() {
    return { entities: [] };
  },
};
