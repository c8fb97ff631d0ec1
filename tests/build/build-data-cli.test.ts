// The data build as a user runs it: on any folder, atomically, byte for byte the same.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'cg-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** As `npm run build:data` runs it. */
function build(...args: string[]): string {
  return execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/build-data.ts', '--quiet', ...args], { encoding: 'utf8' });
}

// Each build is a separate process; on a busy 2-core machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

describe('npm run build:data', () => {
  test('two runs on the same input give byte-identical outputs', () => {
    build('--out', join(tmp, 'a'));
    build('--out', join(tmp, 'b'));
    const files = readdirSync(join(tmp, 'a')).sort();
    expect(files).toEqual(expect.arrayContaining(['dataset.json', 'manifest.json', 'statements.csv', 'stances.csv', 'agreement.csv']));
    expect(readdirSync(join(tmp, 'b')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
  });

  test('agreement.csv has one row per pair and session window, with the documented columns', () => {
    const csv = readFileSync(join(tmp, 'a', 'agreement.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('window,actor_a,actor_b,shared_issues,agreement,agreement_low,agreement_high,chance_corrected,ci_low,ci_high,joint_only');
    const rows = csv.slice(1).map((l) => l.split(','));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r[0]).toMatch(/^S\d+-S\d+$/);
      expect(r[1]! < r[2]!).toBe(true);
    }
    const keys = rows.map((r) => `${r[0]} ${r[1]} ${r[2]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('builds a folder outside the repository, using the sources.yaml found there', () => {
    const input = join(tmp, 'elsewhere');
    cpSync('data/raw', input, { recursive: true });
    const out = join(tmp, 'elsewhere-out');
    build('--input', input, '--out', out);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(dataset.documents.map((d: { file: string }) => d.file)).toEqual(readdirSync('data/raw').sort());
    expect(readdirSync(out).some((f) => f.includes('.tmp'))).toBe(false);
    expect(readdirSync(tmp).some((f) => f.includes('.tmp-'))).toBe(false);
  });

  test('an unknown option is a one-line error with the usage (exit 2), and --help prints the usage', () => {
    const wrong = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/build-data.ts', '--ouput', join(tmp, 'never')], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe("error: Unknown option '--ouput'\nusage: npm run build:data -- [--input DIR] [--out DIR] [--data DIR] [--strict] [--quiet] [--stats]\n");
    const help = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/build-data.ts', '--help'], { encoding: 'utf8' });
    expect([help.status, help.stdout]).toEqual([0, 'usage: npm run build:data -- [--input DIR] [--out DIR] [--data DIR] [--strict] [--quiet] [--stats]\n']);
  });
});
