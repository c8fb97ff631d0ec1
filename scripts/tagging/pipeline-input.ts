// The thin shell that the evaluation, the tagging bench and the gold test share: an input
// folder and the data folder -> the pipeline's input, read from disk the way
// scripts/build-data.ts does (sources.yaml beside the documents, else data/sources.yaml for
// the default corpus). Everything after this is pure.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { PipelineInput } from '../pipeline/run-pipeline';
import type { InputFile } from '../pipeline/types';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function readInputFiles(dir: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const walk = async (d: string) => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name !== 'sources.yaml' && !entry.name.startsWith('.')) {
        out.push({ path: relative(dir, full).split(sep).join('/'), bytes: new Uint8Array(await readFile(full)) });
      }
    }
  };
  await walk(dir);
  return out;
}

export async function readPipelineInput(inputDir?: string, dataDir = join(ROOT, 'data')): Promise<PipelineInput> {
  const input = resolve(inputDir ?? join(dataDir, 'raw'));
  const sourcesPath = [join(input, 'sources.yaml'), join(dataDir, 'sources.yaml')].find((p, i) => existsSync(p) && (i === 0 || input === resolve(join(dataDir, 'raw'))));
  const yaml = async (name: string) => ({ file: relative(process.cwd(), join(dataDir, name)) || name, text: await readFile(join(dataDir, name), 'utf8') });
  return {
    files: await readInputFiles(input),
    sources: sourcesPath ? { file: relative(process.cwd(), sourcesPath), text: await readFile(sourcesPath, 'utf8') } : null,
    sessions: await yaml('sessions.yaml'),
    actors: await yaml('actors.yaml'),
    codebook: await yaml('codebook.yaml'),
    overrides: existsSync(join(dataDir, 'overrides.yaml')) ? await yaml('overrides.yaml') : null,
  };
}
