// Shared test setup: jest-dom matchers, and unmounting after each component test
// (environment chosen per file with `// @vitest-environment jsdom`).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  // Views load as lazy chunks; on a loaded 2-core machine the first import can take seconds.
  configure({ asyncUtilTimeout: 15000 });
  afterEach(() => cleanup());
}
