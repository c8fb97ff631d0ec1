// Kept so browser specs can import the launcher from beside them.
export * from '../../scripts/browser/launch-chromium';
