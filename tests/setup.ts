// Shared test setup: jest-dom matchers for component tests (environment chosen per file).
import '@testing-library/jest-dom/vitest';
