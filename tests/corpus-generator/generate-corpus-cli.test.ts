// scripts/generate-corpus.ts as benchmarks run it: files on disk, byte for byte
// reproducible, read by the data build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'cg-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Starting tsx costs a few seconds on a busy machine; the data build more.
const SLOW = 180_000;

/** The CLI as `npx tsx scripts/generate-corpus.ts ...` runs it, without npx's start-up cost. */
function generate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-corpus.ts', '--quiet', ...args], { encoding: 'utf8' });
}

function files(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))]));
}

describe('npx tsx scripts/generate-corpus.ts', () => {
  test('the same --scale and --seed write byte-identical folders; another seed writes other bytes', { timeout: SLOW }, () => {
    for (const [dir, seed] of [['a', '11'], ['b', '11'], ['c', '12']] as const) expect(generate('--scale', '1', '--seed', seed, '--out', join(tmp, dir)).status).toBe(0);
    const a = files(join(tmp, 'a'));
    const b = files(join(tmp, 'b'));
    const c = files(join(tmp, 'c'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)?.equals(bytes), name).toBe(true);
    expect([...c.keys()]).not.toEqual([...a.keys()]);
  });

  test('writes sources.yaml with file, title, kind, date and session for every document', { timeout: SLOW }, () => {
    const dir = join(tmp, 'a');
    const sources = parse(readFileSync(join(dir, 'sources.yaml'), 'utf8')) as Record<string, unknown>[];
    const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(sources.map((s) => s.file)).toEqual(docs);
    for (const s of sources) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['file', 'title', 'kind', 'date', 'session']));
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.session).toMatch(/^OEWG 2021-2025, /);
    }
    expect(existsSync(join(dir, 'truth.jsonl'))).toBe(false);
  });

  test('--truth adds truth.jsonl: one held position per delegation, issue and session', { timeout: SLOW }, () => {
    const dir = join(tmp, 'truth');
    expect(generate('--scale', '1', '--seed', '11', '--out', dir, '--truth').status).toBe(0);
    const rows = readFileSync(join(dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThan(20_000);
    expect(Object.keys(rows[0] ?? {})).toEqual(expect.arrayContaining(['session', 'actor', 'issue', 'position', 'expressed']));
    expect(rows.some((r) => (r.expressed as number) > 0)).toBe(true);
  });

  test('refuses to write into data/, and into a folder it did not fill', { timeout: SLOW }, () => {
    const intoData = generate('--scale', '1', '--out', 'data/generated');
    expect(intoData.status).toBe(2);
    expect(intoData.stderr).toMatch(/never writes into data\//);
    expect(existsSync('data/generated')).toBe(false);

    const foreign = join(tmp, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    const refused = generate('--scale', '1', '--out', foreign, '--force');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/did not write \(notes\.txt\)/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);

    expect(generate('--scale', '1', '--seed', '11', '--out', join(tmp, 'a')).status).toBe(2); // not empty, no --force
    expect(generate('--scale', '1', '--seed', '11', '--out', join(tmp, 'a'), '--force').status).toBe(0);
  });

  test('rejects a scale that is not a positive number', { timeout: SLOW }, () => {
    const r = generate('--scale', 'lots', '--out', join(tmp, 'bad'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--scale must be a number/);
  });

  test('npx tsx scripts/build-data.ts builds a generated N=2 corpus, with documents of every kind', { timeout: SLOW }, () => {
    const input = join(tmp, 'n2');
    const out = join(tmp, 'n2-out');
    expect(generate('--scale', '2', '--seed', '3', '--out', input).status).toBe(0);
    execFileSync('npx', ['tsx', 'scripts/build-data.ts', '--input', input, '--out', out, '--quiet'], { encoding: 'utf8' });
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')) as { documents: { file: string; kind: string }[] };
    expect(dataset.documents).toHaveLength(readdirSync(input).filter((f) => f.endsWith('.txt')).length);
    expect(new Set(dataset.documents.map((d) => d.kind))).toEqual(new Set(['statement', 'joint-statement', 'session-report', 'transcript', 'report']));
  });
});
