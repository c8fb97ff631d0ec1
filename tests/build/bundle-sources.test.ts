// The build's TypeScript run bundled (scripts/launch/bundle-sources.mjs, scripts/run.mjs):
// each module keeps its own place, packages stay imports, and a script runs with its arguments.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundled } from '../../scripts/launch/bundle-sources.mjs';

const ENTRY = resolve('tests/build/bundled/entry.ts');
const NESTED = resolve('tests/build/bundled/nested/place.ts');
const placeOf = (file: string) => ({ url: pathToFileURL(file).href, dirname: dirname(file), filename: file });

describe('bundled', () => {
  test('gives every module its own import.meta, not the bundle’s', async () => {
    const file = await bundled(ENTRY);
    expect(dirname(file)).toBe(resolve('node_modules/.cache/common-ground'));
    const loaded = await import(pathToFileURL(file).href);
    expect(loaded.place).toEqual(placeOf(ENTRY));
    expect(loaded.nested).toEqual(placeOf(NESTED));
  });

  test('leaves packages as imports, resolved from node_modules', async () => {
    const file = await bundled(ENTRY);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/from\s+"yaml"/);
    expect(text).not.toContain('class Lexer'); // yaml's own code is not copied in
    expect((await import(pathToFileURL(file).href)).parsed).toEqual({ answer: 42 });
  });

  test('names the bundle by its content, once per entry', async () => {
    const first = await bundled(ENTRY);
    expect(await bundled(ENTRY)).toBe(first);
    expect(first).toMatch(/[/\\]entry-[0-9a-f]{16}\.mjs$/);
  });

  test('removes the entry’s older bundles when it writes a new one, and only those', async () => {
    const cache = resolve('node_modules/.cache/common-ground');
    mkdirSync(cache, { recursive: true });
    const name = `prune-check-${process.pid}`;
    const bundle = (suffix: string, hoursAgo: number) => {
      const path = join(cache, `${name}${suffix}.mjs`);
      writeFileSync(path, '');
      const then = new Date(Date.now() - hoursAgo * 3_600_000);
      utimesSync(path, then, then);
      return path;
    };
    const stale = bundle('-0123456789abcdef', 2);
    const recent = bundle('-fedcba9876543210', 0);
    const otherEntry = bundle('-x-0123456789abcdef', 2);
    const entry = join(mkdtempSync(join(tmpdir(), 'bundle-')), `${name}.ts`);
    writeFileSync(entry, `export const made: number = ${Date.now()};\n`);
    const written = await bundled(entry);
    try {
      expect(existsSync(written)).toBe(true);
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(recent)).toBe(true); // a build may still be starting workers from it
      expect(existsSync(otherEntry)).toBe(true);
    } finally {
      for (const path of [written, stale, recent, otherEntry, dirname(entry)]) rmSync(path, { recursive: true, force: true });
    }
  });
});

describe('node scripts/run.mjs', () => {
  test('runs a TypeScript script with its arguments, as if it had been run itself', () => {
    const out = execFileSync(process.execPath, [join('scripts', 'run.mjs'), 'tests/build/bundled/entry.ts', '--flag', 'value'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ place: placeOf(ENTRY), args: ['--flag', 'value'] });
  });

  test('says how to use it when given no script', () => {
    expect(() => execFileSync(process.execPath, [join('scripts', 'run.mjs')], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/usage: node scripts\/run\.mjs SCRIPT\.ts/);
  });
});
