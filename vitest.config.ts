import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Dates in tests are calendar dates; pin the zone so they never shift.
    env: { TZ: 'UTC' },
    testTimeout: 20000,
  },
});
