// Kept so browser specs can import the server from beside them.
export * from '../../scripts/browser/static-server';
