// The data build as a user runs it, end to end: `npx tsx scripts/build-data.ts --input
// <tmp> --out <tmp>` on a copy of data/raw with broken files beside the real ones.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'cg-ingest-cli-'));
const input = join(tmp, 'in');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/build-data.ts', '--input', input, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  cpSync('data/raw', input, { recursive: true });
  cpSync('data/sources.yaml', join(input, 'sources.yaml'));
  writeFileSync(join(input, 'empty.txt'), '');
  writeFileSync(join(input, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  mkdirSync(join(input, 'sub'));
  writeFileSync(join(input, 'sub', 'broken.pdf'), '%PDF-1.4\nnot really');
});

describe('scripts/build-data.ts on a folder with broken files', () => {
  let run: ReturnType<typeof build>;
  const out = join(tmp, 'out');
  beforeAll(() => {
    run = build('--out', out);
  }, 120_000);

  test('exits 0, reports each problem with file and line, and builds every good document', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('empty.txt:0: empty file; skipped');
    expect(run.stdout).toContain('image.png:0: unknown file type ".png"; expected .txt, .md, .pdf or .docx; skipped');
    expect(run.stdout).toMatch(/sub\/broken\.pdf:0: cannot read PDF/);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(dataset.documents).toHaveLength(4);
  });

  test('prints the build report: documents by shape, statements per delegation, unresolved names', () => {
    expect(run.stdout).toContain('documents by shape: 1 joint-statement, 1 session-report, 1 statement, 1 transcript');
    expect(run.stdout).toMatch(/003_ac224e70e6e409a6\.txt: transcript \(sources\.yaml kind\), 86 turns/);
    expect(run.stdout).toMatch(/statements per delegation \(\d+\): CHAIR 79, /);
    expect(run.stdout).toContain('unresolved names: none');
  });

  test('writes statements.csv with exactly the agreed columns, one row per statement', () => {
    const csv = Papa.parse<string[]>(readFileSync(join(out, 'statements.csv'), 'utf8').trimEnd()).data;
    expect(csv[0]).toEqual(['document', 'statement', 'order', 'speaker', 'actor', 'authors', 'on_behalf_of', 'aligned_with', 'date', 'session', 'meeting', 'words', 'text']);
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(csv).toHaveLength(dataset.statements.length + 1);
    const rows = csv.slice(1).map((r) => Object.fromEntries(csv[0]!.map((k, i) => [k, r[i]!])) as Record<string, string>);
    const chair = rows.find((r) => r.document === '003_ac224e70e6e409a6.txt' && r.order === '1')!;
    expect([chair.speaker, chair.actor, chair.authors, chair.date, chair.meeting]).toEqual(['Ambassador Gafoor', 'CHAIR', '', '2022-03-31', '8']);
    expect(chair.session).toBe('OEWG 2021-2025, 2nd substantive session');
    const joint = rows.find((r) => r.document === '001_6e5bf162c9870682.txt')!;
    expect(joint.authors!.split(';').sort()).toEqual(['BDI', 'BLR', 'CHN', 'CUB', 'IRN', 'NIC', 'PRK', 'RUS', 'SYR', 'VEN']);
    const nam = rows.find((r) => r.on_behalf_of === 'NAM')!;
    expect([nam.speaker, nam.actor, nam.authors]).toEqual(['Indonesia', 'IDN', 'NAM']);
    const finland = rows.find((r) => r.actor === 'FIN')!;
    expect(finland.aligned_with).toBe('EU');
    const iran = rows.find((r) => r.document === '000_f24963e147d875c6.txt')!;
    expect(iran.text!.startsWith('Mr. Chair,')).toBe(true);
  });

  test('leaves nothing half-written: no temporary folder beside the output', () => {
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['dataset.json', 'manifest.json', 'statements.csv']));
    expect(readdirSync(out).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  test('--strict turns the warnings into a non-zero exit', () => {
    const strict = build('--out', join(tmp, 'strict'), '--strict', '--quiet');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict and \d+ warning\(s\)/);
  }, 120_000);

  test('a build that fails writes nothing: the previous output stays as it was', () => {
    const data = join(tmp, 'data');
    cpSync('data', data, { recursive: true });
    writeFileSync(join(data, 'codebook.yaml'), 'issues: [unclosed\n');
    const before = readFileSync(join(out, 'dataset.json'));
    const failed = build('--out', out, '--data', data, '--quiet');
    expect(failed.code).not.toBe(0);
    expect(readFileSync(join(out, 'dataset.json')).equals(before)).toBe(true);
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 120_000);
});
