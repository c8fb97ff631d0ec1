// npm run brief as a script user runs it: the same brief as the app's, written to a file,
// and errors that name the bad value.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { buildBrief } from '../../src/brief/build-brief';
import { toMarkdown } from '../../src/brief/to-markdown';
import { convergingRoom, PARTICIPATION, VETO } from './brief-fixture';

const tmp = mkdtempSync(join(tmpdir(), 'cg-brief-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dataset = convergingRoom();
const data = join(tmp, 'dataset.json');
writeFileSync(data, JSON.stringify(dataset));

const TSX = resolve('node_modules/.bin/tsx');
const SCRIPT = resolve('scripts/brief.ts');

function brief(args: string[], cwd = process.cwd()) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8', cwd });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run brief', { timeout: 90_000 }, () => {
  test('writes the same Markdown brief as the app builds', () => {
    const out = join(tmp, 'b.md');
    const r = brief(['--issues', 'stakeholder-participation,stakeholder-veto', '--from', '2', '--to', '4', '--format', 'md', '--out', out, '--data', data]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote ${out} (2 issues, 8 delegations with a position)\n`);
    const expected = toMarkdown(buildBrief(dataset, { issues: [PARTICIPATION.id, VETO.id], window: sessionWindow(2, 4) }));
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  test('writes a Word brief, named after what and when, with sessions given by id and a region', async () => {
    const r = brief(['--issues', 'stakeholder-participation,stakeholder-veto', '--from', 'oewg-s2', '--to', 'oewg-s4', '--format', 'docx', '--region', 'WEOG', '--data', data], tmp);
    expect(r.status).toBe(0);
    const file = join(tmp, 'brief-stakeholders-2022-2024.docx');
    const { value } = await mammoth.extractRawText({ path: file });
    expect(value).toContain("Chair's brief: Stakeholder participation and Veto on stakeholders");
    expect(value).toContain('Delegations: WEOG group (3 chosen); 3 with a position on a chosen issue.');
    expect(value).toContain('“No single state should be able to veto a stakeholder.”');
  });

  test('an unknown issue is an error naming it and the known ones', () => {
    const r = brief(['--issues', 'stakeholder-participation,not-an-issue', '--out', join(tmp, 'x.md'), '--data', data]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: --issues: unknown issue "not-an-issue" \(known: stakeholder-participation, stakeholder-veto, mechanism-format, thematic-group-count\)\n$/);
  });

  test('an unknown session is an error naming it and the calendar', () => {
    const r = brief(['--issues', 'stakeholder-veto', '--from', '7', '--out', join(tmp, 'x.md'), '--data', data]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: --from: unknown session "7" (known: 1 (oewg-s1), 2 (oewg-s2), 3 (oewg-s3), 4 (oewg-s4))\n');
  });

  test('a dataset that fails validation is an error naming the file and the place', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...dataset, schemaVersion: 99 }));
    const r = brief(['--issues', 'stakeholder-veto', '--out', join(tmp, 'x.md'), '--data', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: .*bad\.json: dataset is invalid at schemaVersion: /);
  });
});
