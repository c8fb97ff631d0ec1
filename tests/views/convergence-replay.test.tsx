// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { convergenceDataset } from '../fixtures/convergence-dataset';

// Count how often each cell is drawn, by row: the cell itself is not memoised here, so a
// count goes up exactly when its row re-renders.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/charts/heatmap/HeatmapCellRect', async (importOriginal) => {
  const { createElement } = await import('react');
  const original = await importOriginal<typeof import('../../src/charts/heatmap/HeatmapCellRect')>();
  const Inner = (original.HeatmapCellRect as unknown as { type: (p: unknown) => unknown }).type;
  return {
    HeatmapCellRect: (props: { cell: { row: string } }) => {
      renders.set(props.cell.row, (renders.get(props.cell.row) ?? 0) + 1);
      return createElement(Inner as never, props as never);
    },
  };
});

const cell = (row: string, col: string) => document.querySelector<SVGRectElement>(`rect[data-row="${row}"][data-col="${col}"]`)!;
const slider = () => screen.getByRole('slider');

beforeEach(() => renders.clear());

describe('ConvergenceView: replaying the sessions', () => {
  test('the slider value is in the URL and moving it changes the matrix', async () => {
    const { location } = await renderRoute('/convergence?at=1', convergenceDataset());
    await screen.findByTestId('matrix-chart');
    expect(screen.getByTestId('slider-label')).toHaveTextContent('1st substantive session');
    // Brazil sides with the East in session 1 ...
    expect(cell('BRA', 'DEU').getAttribute('aria-label')).toMatch(/^Brazil and Germany: A 0\.00, CA -1\.08, n 5$/);
    fireEvent.change(slider(), { target: { value: '2' } });
    // ... and with the West from session 3.
    await waitFor(() => expect(cell('BRA', 'DEU').getAttribute('aria-label')).toMatch(/^Brazil and Germany: A 1\.00, CA 1\.00, n 5$/));
    expect(screen.getByTestId('slider-label')).toHaveTextContent('3rd substantive session');
    expect(location.history!.at(-1)).toContain('at=3');
    fireEvent.mouseOver(cell('BRA', 'DEU'));
    expect(screen.getByTestId('heatmap-details').querySelector('[data-field=agreement]')).toHaveTextContent(/^A = 1\.00/);
  });

  test('delegations not yet positioned keep their row, without values, while the order holds still', async () => {
    await renderRoute('/convergence?at=1', convergenceDataset());
    await screen.findByTestId('matrix-chart');
    // The rows are those of the last session (KEN first speaks in session 2).
    expect(cell('KEN', 'DEU').getAttribute('aria-label')).toBe('Kenya and Germany: not both positioned in this window');
    expect(screen.getByTestId('matrix-chart').querySelector('figcaption')).toHaveTextContent('n = 7 delegations positioned as of the 1st substantive session (12 rows)');
  });

  test('re-clustering at each step is a choice in the URL', async () => {
    await renderRoute('/convergence?at=1&order=step', convergenceDataset());
    await screen.findByTestId('matrix-chart');
    const rows = [...document.querySelectorAll('[data-testid=heatmap] g[role=row]')].map((g) => g.getAttribute('data-row'));
    expect(rows).toHaveLength(7);
    expect(rows).not.toContain('KEN');
  });

  test('a step redraws only the rows whose cells changed', async () => {
    await renderRoute('/convergence?at=3', convergenceDataset());
    await screen.findByTestId('matrix-chart');
    await waitFor(() => expect(cell('IND', 'KEN').getAttribute('aria-label')).toMatch(/A 1\.00/));
    renders.clear();
    // From session 3 to 4 only Kenya and South Africa swap their venue positions: only pairs
    // among Kenya, South Africa and India (the three who spoke on the venue) change.
    fireEvent.change(slider(), { target: { value: '3' } });
    await waitFor(() => expect(cell('IND', 'KEN').getAttribute('aria-label')).toMatch(/A 0\.67/));
    expect([...renders.keys()].sort()).toEqual(['IND', 'KEN', 'ZAF']);
  });

  test('the play button replays the sessions to the last', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { location } = await renderRoute('/convergence?at=1', convergenceDataset());
      await screen.findByTestId('matrix-chart');
      fireEvent.click(screen.getByRole('button', { name: 'Replay sessions' }));
      for (const label of ['2nd', '3rd', '4th']) {
        await vi.advanceTimersByTimeAsync(1300);
        await waitFor(() => expect(screen.getByTestId('slider-label')).toHaveTextContent(`${label} substantive session`));
      }
      expect(location.history!.at(-1)).toContain('at=4');
      await waitFor(() => expect(screen.getByRole('button', { name: 'Replay sessions' })).toHaveAttribute('aria-pressed', 'false'));
    } finally {
      vi.useRealTimers();
    }
  });
});
