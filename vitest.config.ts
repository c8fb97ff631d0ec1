import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // CI collects machine-readable results to print its closing line.
    reporters: process.env.CG_RESULTS_DIR ? ['default', 'json'] : ['default'],
    outputFile: process.env.CG_RESULTS_DIR ? { json: `${process.env.CG_RESULTS_DIR}/unit.json` } : {},
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Dates in tests are calendar dates; pin the zone so they never shift.
    env: { TZ: 'UTC' },
    testTimeout: 20000,
  },
});
