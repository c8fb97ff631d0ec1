// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { convergenceDataset } from '../fixtures/convergence-dataset';

async function openMatrix(path = '/convergence') {
  const utils = await renderRoute(path, convergenceDataset());
  const chart = await screen.findByTestId('matrix-chart');
  return { ...utils, chart };
}

const cell = (row: string, col: string) => document.querySelector<SVGRectElement>(`rect[data-row="${row}"][data-col="${col}"]`)!;
const rowOrder = () => [...document.querySelectorAll('[data-testid=heatmap] g[role=row]')].map((g) => g.getAttribute('data-row'));
const details = () => screen.getByTestId('heatmap-details');

describe('ConvergenceView: the agreement matrix', () => {
  test('is reachable from the menu', async () => {
    await renderRoute('/', convergenceDataset());
    expect(await screen.findByRole('link', { name: 'Convergence' })).toHaveAttribute('href', '/convergence');
  });

  test('orders rows in blocs: delegations that agree sit next to each other', async () => {
    await openMatrix();
    const order = rowOrder();
    const span = (codes: string[]) => {
      const at = codes.map((c) => order.indexOf(c)).sort((a, b) => a - b);
      return at[at.length - 1]! - at[0]! + 1;
    };
    expect(span(['DEU', 'FRA', 'NLD', 'BRA'])).toBe(4); // the West, joined by Brazil in session 3
    expect(span(['RUS', 'CHN', 'IRN'])).toBe(3);
    expect(span(['MEX', 'CHL'])).toBe(2);
  });

  test('shows by default only delegations positioned on at least 3 issues', async () => {
    await openMatrix();
    expect(rowOrder()).not.toContain('CUB');
    expect(rowOrder()).toHaveLength(12);
    expect(within(screen.getByTestId('delegation-filter')).getByText('Delegations shown (12)')).toBeInTheDocument();
  });

  test('hovering a cell shows A, CA, n and their intervals', async () => {
    await openMatrix();
    fireEvent.mouseOver(cell('DEU', 'FRA'));
    const panel = details();
    expect(panel).toHaveTextContent('Germany (DEU) and France (FRA)');
    expect(within(panel).getByText(/^A = 1\.00/)).toHaveTextContent('95% interval 0.57 to 1.00');
    // The matrix is drawn from its point estimates; the bootstrap interval of CA fills in after.
    await waitFor(() => expect(within(panel).getByText(/^CA = 1\.00/)).toHaveTextContent('95% interval 1.00 to 1.00'));
    expect(panel.querySelector('[data-field=n]')).toHaveTextContent('n = 5 shared issues');
    expect(within(panel).getByRole('link', { name: 'Compare their positions' })).toHaveAttribute('href', '/compare?actors=DEU,FRA');
  });

  test('a pair on opposite sides shows A 0 and a negative CA', async () => {
    await openMatrix();
    fireEvent.mouseOver(cell('RUS', 'DEU'));
    expect(details().querySelector('[data-field=agreement]')).toHaveTextContent(/^A = 0\.00/);
    expect(details().querySelector('[data-field=chance-corrected]')).toHaveTextContent(/^CA = -1\.16/);
    expect(details().querySelector('[data-field=n]')).toHaveTextContent('n = 5 shared issues');
  });

  test('keyboard: one tab stop; arrow keys move the focus and the details follow', async () => {
    const user = userEvent.setup();
    await openMatrix();
    const tabbable = document.querySelectorAll('[data-testid=heatmap] rect[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    const first = tabbable[0] as SVGRectElement;
    act(() => first.focus());
    await user.keyboard('{ArrowRight}');
    const focused = document.activeElement!;
    expect(focused.getAttribute('data-c')).toBe('1');
    expect(focused.getAttribute('data-r')).toBe('0');
    const [row, col] = [focused.getAttribute('data-row')!, focused.getAttribute('data-col')!];
    expect(details()).toHaveTextContent(`(${row}) and`);
    expect(details()).toHaveTextContent(`(${col})`);
    expect(details().querySelector('[data-field=n]')).toHaveTextContent(/n = \d+ shared issue/);
    await waitFor(() => expect(focused).toHaveAttribute('tabindex', '0'));
    expect(first).toHaveAttribute('tabindex', '-1');
    expect(focused.getAttribute('aria-label')).toMatch(/: A \d\.\d\d, CA -?\d\.\d\d, n \d/);
  });

  test('cells of pairs sharing fewer than 3 issues are marked insufficient (hatched and faded)', async () => {
    await openMatrix('/convergence?min=1');
    const thin = cell('CUB', 'RUS');
    expect(thin).toHaveClass('heatmap-cell-insufficient');
    expect(thin).toHaveAttribute('fill-opacity', '0.5');
    expect(thin.nextElementSibling?.getAttribute('fill')).toMatch(/^url\(#hatch-/);
    expect(cell('DEU', 'FRA')).not.toHaveClass('heatmap-cell-insufficient');
    fireEvent.mouseOver(thin);
    expect(details().querySelector('[data-field=n]')).toHaveTextContent('n = 2 shared issues');
    expect(screen.getByTestId('heatmap-flags')).toHaveTextContent('insufficient: fewer than 3 shared issues');
  });

  test('a pair positioned only through a joint statement is flagged', async () => {
    await openMatrix();
    const joint = cell('MEX', 'CHL');
    expect(joint.parentElement!.querySelector('circle[data-joint-only]')).not.toBeNull();
    expect(cell('DEU', 'FRA').nextElementSibling?.tagName).not.toBe('circle');
    fireEvent.mouseOver(joint);
    expect(screen.getByTestId('heatmap-flags')).toHaveTextContent('rests only on joint statements both signed');
  });

  test('the caption states n: delegations and pairs with sufficient n; coverage is stated', async () => {
    const { chart } = await openMatrix();
    // 12 delegations; 66 pairs of which those sharing an issue, and those sharing 3.
    expect(chart.querySelector('figcaption')).toHaveTextContent(/n = 12 delegations positioned as of the 4th substantive session; \d+ of \d+ pairs sharing an issue share at least 3; 1 pair rests only on joint statements/);
    expect(screen.getByTestId('coverage')).toHaveTextContent('Positions as of 1st substantive session to 4th substantive session');
    expect(within(screen.getByTestId('heatmap')).getByTestId('heatmap-legend')).toHaveTextContent('fewer than 3 shared issues (insufficient)');
  });

  test('the table alternative is the agreement table of the window, for the delegations shown', async () => {
    const user = userEvent.setup();
    const { chart } = await openMatrix('/convergence?region=WEOG');
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const rows = within(chart).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'window', 'actor_a', 'actor_b', 'shared_issues', 'agreement', 'agreement_low', 'agreement_high', 'chance_corrected', 'ci_low', 'ci_high', 'joint_only',
    ]);
    expect(rows.slice(1).map((r) => [...r.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent))).toEqual([
      ['S1-S4', 'DEU', 'FRA', '5', '1'],
      ['S1-S4', 'DEU', 'NLD', '5', '1'],
      ['S1-S4', 'FRA', 'NLD', '5', '1'],
    ]);
  });

  test('the delegation filter lives in the URL: region, search', async () => {
    const user = userEvent.setup();
    const { location } = await openMatrix();
    await user.selectOptions(screen.getByLabelText('Regional group'), 'Asia-Pacific');
    await waitFor(() => expect(rowOrder().sort()).toEqual(['CHN', 'IND', 'IRN']));
    expect(location.history!.at(-1)).toContain('region=Asia-Pacific');
    await user.type(screen.getByLabelText('Name or code'), 'ira');
    await waitFor(() => expect(rowOrder()).toEqual(['IRN']));
  });

  test('says so when no delegation passes the filter', async () => {
    await renderRoute('/convergence?q=nowhere', convergenceDataset());
    expect(await screen.findByTestId('matrix-empty')).toHaveTextContent('No delegation passes the filter');
  });
});
