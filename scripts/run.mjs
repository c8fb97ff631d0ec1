// Runs one of the build's TypeScript entry points, bundled first (launch/bundle-sources.mjs):
//   node scripts/run.mjs scripts/build-data.ts [ARGS]
// If it cannot be bundled (say node_modules is read-only), it runs through tsx's loader instead.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundled } from './launch/bundle-sources.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node scripts/run.mjs SCRIPT.ts [ARGS]\n');
  process.exit(2);
}
const entry = resolve(script);
// As if the script had been run itself (a script may check that it is the entry point).
process.argv = [process.argv[0], entry, ...args];
let file;
try {
  file = await bundled(entry);
} catch (e) {
  const reason = e.errors?.[0]?.text ?? e.message;
  process.stderr.write(`note: could not bundle ${script} (${reason}); running it through tsx\n`);
  const { register } = await import('tsx/esm/api');
  register();
  file = entry;
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(file).href);
