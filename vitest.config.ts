import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    testTimeout: 60_000,
    globalSetup: ['./test/helpers/temp-root.ts'],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // Golden runs are hermetic: no inherited colour or locale settings.
    env: { NO_COLOR: '', FORCE_COLOR: '', LANG: 'C', LC_ALL: '', TZ: 'UTC' },
  },
});
