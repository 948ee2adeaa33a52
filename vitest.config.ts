import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Store tests open databases; one file at a time per worker keeps memory flat on 2 cores.
    pool: 'forks',
  },
});
