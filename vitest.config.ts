import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Hooks that open a store and analyse a sample corpus took 17-50 s on a loaded 2-core machine.
    hookTimeout: 180_000,
    // Store tests open databases; one file at a time per worker keeps memory flat on 2 cores.
    pool: 'forks',
    // Two files at a time: vitest's default in a run is one fewer than the cores, one file at a time on
    // CI's 2 cores, while most of the suite's time is spent waiting on processes, servers and Chromium.
    maxWorkers: 2,
    globalSetup: ['test/support/pgliteTemplate.ts'],
  },
});
