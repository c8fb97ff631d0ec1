// Starts a TypeScript worker module (workerData.entry, a file URL) through tsx, when it could
// not be bundled (run-in-worker.ts): on Node 20 a worker does not inherit its parent's loader
// hooks, so it registers them first.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
