// The browser suite: Playwright (playwright-core) drives Chromium against the built app.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI collects machine-readable results to print its closing line.
    reporters: process.env.CG_RESULTS_DIR ? ['default', 'json'] : ['default'],
    outputFile: process.env.CG_RESULTS_DIR ? { json: `${process.env.CG_RESULTS_DIR}/browser.json` } : {},
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 180000,
    hookTimeout: 60000,
    fileParallelism: false,
    env: { TZ: 'UTC' },
  },
});
