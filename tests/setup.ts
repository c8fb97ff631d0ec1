// Shared test setup: jest-dom matchers, and unmounting after each component test
// (environment chosen per file with `// @vitest-environment jsdom`).
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
