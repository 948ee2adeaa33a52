import type { Stage } from '../types.js';

// Placeholder until this stage is written; it finds nothing.
export const findTimes: Stage = {
  name: 'findTimes',
  run() {
    return { times: [] };
  },
};
