// Starts tag-worker.ts in a worker thread when the build runs from TypeScript sources (tsx):
// on Node 20 a worker does not inherit its parent's loader hooks, so it registers them first.
import { register } from 'tsx/esm/api';

register();
await import('./tag-worker.ts');
