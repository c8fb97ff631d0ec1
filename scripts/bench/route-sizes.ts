// JavaScript gzip size of each route: the entry chunk with its static imports (what the
// first screen loads), and each lazily loaded view's chunk with the imports it adds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export interface RouteSize {
  route: string;
  kilobytes: number; // gzip, 1 kB = 1000 bytes
}

export function routeSizes(dist: string): RouteSize[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
    return gz.get(file)!;
  };
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) closure(k, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const entry = closure(entryKey);
  // The IndexedDB modules are imported dynamically but at start-up: they count as first route.
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isDynamicEntry && /^src\/db\//.test(chunk.src ?? key)) closure(key, entry);
  const kb = (keys: Iterable<string>) => Math.round([...keys].reduce((t, k) => t + size(manifest[k]!.file), 0) / 100) / 10;
  const out: RouteSize[] = [{ route: 'first route (entry)', kilobytes: kb(entry) }];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || !/views\//.test(chunk.src ?? key)) continue;
    const extra = [...closure(key)].filter((k) => !entry.has(k));
    out.push({ route: (chunk.src ?? key).replace(/^src\//, ''), kilobytes: kb(extra) });
  }
  return out.sort((a, b) => (a.route === out[0]!.route ? -1 : a.route.localeCompare(b.route)));
}
