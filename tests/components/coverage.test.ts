// The coverage line under a chart: the window and the latest dated statement in it.
import { describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { coverageText } from '../../src/components/Coverage';
import { formatDate } from '../../src/components/format';
import { indexDataset } from '../../src/shared/dataset-index';
import { convergenceDataset } from '../fixtures/convergence-dataset';

const dataset = convergenceDataset();
const index = indexDataset(dataset);
const numbers = dataset.sessions.map((s) => s.number).sort((a, b) => a - b);

/** The latest date of a statement in the window, by a scan of every statement. */
function latestByScan(from: number, to: number): string | null {
  const ids = new Set(dataset.sessions.filter((s) => s.number >= from && s.number <= to).map((s) => s.id as string));
  const dates = dataset.statements.filter((s) => s.date && s.session && ids.has(s.session)).map((s) => s.date!);
  return dates.length ? dates.sort().at(-1)! : null;
}

describe('coverageText(index, window)', () => {
  test('gives, for every window, the latest evidence among the statements of its sessions', () => {
    expect(numbers.length).toBeGreaterThan(2);
    for (const from of numbers) {
      for (const to of numbers.filter((n) => n >= from)) {
        const latest = latestByScan(from, to);
        expect(coverageText(index, sessionWindow(from, to))).toContain(`latest evidence ${latest ? formatDate(latest) : 'undated'}.`);
      }
    }
  });

  test('names the window by its sessions', () => {
    const [first, second] = dataset.sessions.slice().sort((a, b) => a.number - b.number);
    expect(coverageText(index, sessionWindow(first!.number, first!.number))).toMatch(new RegExp(`^Positions as of the ${first!.label};`));
    expect(coverageText(index, sessionWindow(first!.number, second!.number))).toMatch(new RegExp(`^Positions as of ${first!.label} to ${second!.label};`));
  });
});
