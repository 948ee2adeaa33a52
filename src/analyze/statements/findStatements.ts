import type { Stage } from '../types.js';

// Placeholder until this stage is written; it finds nothing.
export const findStatements: Stage = {
  name: 'findStatements',
  run() {
    return { statements: [] };
  },
};
