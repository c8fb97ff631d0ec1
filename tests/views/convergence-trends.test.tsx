// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { convergenceDataset } from '../fixtures/convergence-dataset';

const pairs = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-pair'));
const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('ConvergenceView: pairs converging and diverging between two windows', () => {
  test('Brazil converges with the West and diverges from the East between sessions 1 and 3, with n in each window', async () => {
    await renderRoute('/convergence?before=S1-S1&after=S3-S3', convergenceDataset());
    const converging = await screen.findByTestId('trend-converging');
    const diverging = screen.getByTestId('trend-diverging');
    expect(within(converging).getByRole('heading')).toHaveTextContent('Converging most from the 1st substantive session to the 3rd substantive session');
    expect(pairs(converging).slice(0, 3).sort()).toEqual(['BRA-DEU', 'BRA-FRA', 'BRA-NLD']);
    expect(pairs(diverging).slice(0, 3).sort()).toEqual(['BRA-CHN', 'BRA-IRN', 'BRA-RUS']);
    const row = converging.querySelector('tr[data-pair=BRA-DEU]')!;
    // Pair, CA S1-S1, CA S3-S3, change, interval, n before, n after, note.
    const [name, before, after, change, interval, nBefore, nAfter, note] = cells(row);
    expect(name).toBe('Brazil – Germany');
    expect(before).toBe('-1.08');
    expect(after).toBe('1.00');
    expect(change).toBe('+2.08');
    expect(interval).toMatch(/^\d\.\d\d to \d\.\d\d$/);
    expect([nBefore, nAfter]).toEqual(['5', '5']);
    expect(note).toBe('interval excludes 0');
    expect(within(converging).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Pair', 'CA S1-S1', 'CA S3-S3', 'Change', '95% interval', 'n before', 'n after', 'Note',
    ]);
    expect(screen.getByTestId('trends-caption')).toHaveTextContent(/^n = \d+ pairs of delegations shown/);
  });

  test('pairs sharing fewer than 3 issues are left out unless asked for, then flagged', async () => {
    await renderRoute('/convergence?before=S1-S1&after=S3-S3&min=1', convergenceDataset());
    const converging = await screen.findByTestId('trend-converging');
    const diverging = screen.getByTestId('trend-diverging');
    expect([...pairs(converging), ...pairs(diverging)].some((p) => p!.includes('CUB'))).toBe(false);

    await userEvent.click(screen.getByLabelText(/include pairs sharing fewer than 3 issues/));
    await waitFor(() => expect([...pairs(screen.getByTestId('trend-converging')), ...pairs(screen.getByTestId('trend-diverging'))].some((p) => p!.includes('CUB'))).toBe(true));
    const thin = document.querySelector('tr[data-pair*=CUB]')!;
    expect(cells(thin).at(-1)).toContain('insufficient (n < 3)');
  });

  test('the chosen windows live in the URL; an after window before the before window is refused', async () => {
    const user = userEvent.setup();
    const { location } = await renderRoute('/convergence', convergenceDataset());
    await screen.findByTestId('trend-converging');
    // Defaults: the middle session of the calendar, then the last.
    expect(screen.getByLabelText('Before: as of the end of')).toHaveValue('2');
    expect(screen.getByLabelText('After: as of the end of')).toHaveValue('4');
    await user.selectOptions(screen.getByLabelText('After: as of the end of'), '1');
    expect(location.history!.at(-1)).toContain('after=S1-S1');
    expect(await screen.findByTestId('trends-order')).toHaveTextContent('Choose a “before” session earlier than the “after” one');
  });
});
