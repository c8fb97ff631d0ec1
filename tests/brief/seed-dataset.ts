// The seed corpus built in-process, reading data/ the way scripts/build-data.ts does
// (every file below data/raw except sources.yaml and dot files, paths with '/').
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import type { InputFile } from '../../scripts/pipeline/types';
import type { Dataset } from '../../src/shared/dataset-schema';

const DATA = 'data';

function listFiles(dir: string): InputFile[] {
  const out: InputFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name !== 'sources.yaml' && !entry.name.startsWith('.')) {
        out.push({ path: relative(dir, full).split(sep).join('/'), bytes: new Uint8Array(readFileSync(full)) });
      }
    }
  };
  walk(dir);
  return out;
}

let cached: Promise<Dataset> | undefined;

export function seedDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const yaml = (name: string) => ({ file: join(DATA, name), text: readFileSync(join(DATA, name), 'utf8') });
    const output = await runPipeline({
      files: listFiles(join(DATA, 'raw')),
      sources: existsSync(join(DATA, 'sources.yaml')) ? yaml('sources.yaml') : null,
      sessions: yaml('sessions.yaml'),
      actors: yaml('actors.yaml'),
      codebook: yaml('codebook.yaml'),
      overrides: existsSync(join(DATA, 'overrides.yaml')) ? yaml('overrides.yaml') : null,
    });
    if (!output.dataset) throw new Error(`seed corpus did not build: ${output.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}`);
    return output.dataset;
  })();
  return cached;
}
