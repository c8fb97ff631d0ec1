// The phrasebook is data: lint it against the codebook, as the tagger's rules are linted.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ISSUES, TOPICS } from '../../scripts/corpus-generator/issues';
import { Rng } from '../../scripts/corpus-generator/prng';
import { PHRASEBOOK } from '../../scripts/corpus-generator/templates/phrasebook';
import { renderStance, type Voice } from '../../scripts/corpus-generator/templates/render-stance';

const codebook = parse(readFileSync('data/codebook.yaml', 'utf8')) as { issues: { id: string; positions: { id: string }[] }[] };
const positionsOf = new Map(codebook.issues.map((i) => [i.id, i.positions.map((p) => p.id)]));

describe('PHRASEBOOK', () => {
  test('covers exactly the codebook issues, and every position of each', () => {
    expect(Object.keys(PHRASEBOOK).sort()).toEqual([...positionsOf.keys()].sort());
    for (const [issue, phrases] of Object.entries(PHRASEBOOK)) {
      expect(Object.keys(phrases.positions).sort(), issue).toEqual([...(positionsOf.get(issue) ?? [])].sort());
    }
  });

  test('clauses are subject-neutral (no we, our, my), so a reporter can frame them', () => {
    for (const [issue, phrases] of Object.entries(PHRASEBOOK)) {
      for (const [position, p] of Object.entries(phrases.positions)) {
        for (const c of [...p.clauses, ...(p.favour ?? []), ...(p.against ?? []), ...(p.open ?? []), ...(p.denied ?? [])]) {
          expect(c, `${issue}: ${position}`).not.toMatch(/\b(we|our|us|my)\b/i);
          expect(c, `${issue}: ${position}`).not.toMatch(/[.!?]$/);
        }
        expect(p.headlines.length, `${issue}: ${position}`).toBeGreaterThan(0);
      }
    }
  });

  test('every voice renders every position as one finished sentence', () => {
    const rng = new Rng(3);
    const voices: Voice[] = [{ kind: 'first', self: 'Kenya' }, { kind: 'joint' }, { kind: 'reported', subject: 'Delegates from Chile and Peru', plural: true }, { kind: 'reported', subject: 'France', plural: false }];
    for (const [issue, phrases] of Object.entries(PHRASEBOOK)) {
      for (const position of Object.keys(phrases.positions)) {
        const value = position === 'value' ? ([2, 3] as [number, number]) : undefined;
        for (const voice of voices) {
          for (let i = 0; i < 12; i++) {
            const s = renderStance(rng, { issue: issue as never, position, value }, voice, i % 2 === 0);
            expect(s, `${issue}: ${position}`).toMatch(/^[A-Z0-9].*[.]$/u);
            expect(s, `${issue}: ${position}`).not.toMatch(/[{}]/);
          }
        }
      }
    }
  });
});

describe('ISSUES', () => {
  test('lay out only codebook positions on their axes (digits and ranges stand for `value`)', () => {
    for (const issue of ISSUES) {
      for (const token of issue.axis) {
        const position = /^\d(-\d)?$/.test(token) ? 'value' : token;
        expect(positionsOf.get(issue.id), `${issue.id}: ${token}`).toContain(position);
      }
    }
  });

  test('agenda items only name known issues', () => {
    const ids = new Set(ISSUES.map((i) => i.id));
    for (const t of TOPICS) for (const id of Object.keys(t.issues)) expect(ids.has(id as never), `${t.id}: ${id}`).toBe(true);
  });
});
