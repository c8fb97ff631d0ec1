// The build's TypeScript, run without a loader: esbuild bundles an entry point's own sources
// into one ES module, written under node_modules/.cache so that the packages it imports (left
// as imports) resolve from node_modules as usual. Loading that one transpiled file takes a
// fraction of what tsx's loader hooks take over the sixty-odd modules of the build, in the
// main thread and again in every worker thread (about 0.3 s each on a 2-core machine).
// Plain JavaScript, because it runs before anything can load TypeScript.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/common-ground/', import.meta.url));
/** Older bundles of an entry are removed when a new one is written, once they are this old
 *  (a build still starting workers from one made a moment ago keeps it). */
const STALE_MS = 10 * 60 * 1000;

/** One bundle per entry and process, however many workers start from it. */
const bundles = new Map();
/** The bundles already written, by entry. */
const ready = new Map();

/** The path of `entry` (a TypeScript file) bundled as an ES module. */
export function bundled(entry) {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = bundle_(entry);
    bundles.set(entry, bundle);
    bundle.then((file) => ready.set(entry, file), () => {});
  }
  return bundle;
}

/** The path of `entry` bundled, if bundled() has already written it (a caller can then start
 *  a worker at once, without waiting for its turn in a busy event loop). */
export function bundledAlready(entry) {
  return ready.get(entry);
}

async function bundle_(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir: CACHE,
    write: false,
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [pinImportMeta],
  });
  const code = result.outputFiles[0].contents;
  // Named by content: builds running side by side (as the tests do) share a file, never
  // overwrite one another's, and a change to the sources is never served a stale bundle.
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = basename(entry, extname(entry));
  const file = join(CACHE, `${name}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE, { recursive: true });
    const partial = `${file}.${process.pid}-${threadId}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeStale(name, file);
  }
  return file;
}

function removeStale(name, kept) {
  for (const other of readdirSync(CACHE)) {
    const path = join(CACHE, other);
    if (path === kept || !(other.startsWith(`${name}-`) && /^[0-9a-f]{16}\.mjs$/.test(other.slice(name.length + 1)))) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Removed by another build meanwhile.
    }
  }
}

/** Keeps each source's import.meta.url, .dirname and .filename its own (a bundle would
 *  otherwise give them the bundle's place): the build finds its data and its workers' entry
 *  points relative to the modules that name them. */
const pinImportMeta = {
  name: 'pin-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?tsx?$/ }, async ({ path }) => {
      if (/[\\/]node_modules[\\/]/.test(path)) return undefined;
      const place = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
      const text = (await readFile(path, 'utf8')).replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => JSON.stringify(place[key]));
      return { contents: text, loader: path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};
