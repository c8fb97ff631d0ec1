// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { roomDataset } from '../fixtures/room-dataset';
import { ROOM_SAID } from '../fixtures/room-said';
import { observationsFromDataset } from '../../src/analysis/observations';
import { pairAgreement } from '../../src/analysis/pair-agreement';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { actorCode } from '../../src/shared/ids';

const room = () => roomDataset(ROOM_SAID);

function row(table: HTMLElement, issue: string): HTMLElement {
  return table.querySelector(`tr[data-issue=${issue}]`) as HTMLElement;
}
function cell(table: HTMLElement, issue: string, actor: string): HTMLElement {
  return row(table, issue).querySelector(`td[data-actor=${actor}]`) as HTMLElement;
}

describe('CompareView (/compare?actors=)', () => {
  test('shows each delegation side by side, issue by issue, with its position, quote in quote marks and date', async () => {
    await renderRoute('/compare?actors=DEU,RUS,USA', room());
    const table = await screen.findByTestId('compare-table');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Issue', 'Germany', 'Russian Federation', 'United States']);
    const germany = cell(table, 'mechanism-format', 'DEU');
    expect(within(germany).getByText('Programme of Action', { selector: '.position-chip' })).toBeInTheDocument();
    expect(within(germany).getByText('“Germany reiterates its support for the PoA.”')).toBeInTheDocument();
    expect(germany.textContent).toMatch(/27 Jul 2022, 3rd substantive session · 2 statements/);
    expect(within(cell(table, 'thematic-group-count', 'USA')).getByText('2–3', { selector: '.position-chip' })).toBeInTheDocument();
    expect(cell(table, 'decision-making', 'DEU').textContent).toBe('No position');
  });

  test('each quote links to its statement in the document', async () => {
    await renderRoute('/compare?actors=DEU,RUS', room());
    const table = await screen.findByTestId('compare-table');
    const link = within(cell(table, 'stakeholder-veto', 'RUS')).getByRole('link', { name: /Statement by Russian Federation/ });
    expect(link.getAttribute('href')).toBe('/sources/room-12.txt#room-12.txt%231');
  });

  test('rows where the positions differ are marked in words', async () => {
    await renderRoute('/compare?actors=DEU,USA', room());
    const table = await screen.findByTestId('compare-table');
    expect(row(table, 'thematic-group-count').getAttribute('data-status')).toBe('differ');
    expect(within(row(table, 'thematic-group-count')).getByText('Differ')).toBeInTheDocument();
    expect(row(table, 'stakeholder-veto').getAttribute('data-status')).toBe('same');
    expect(row(table, 'mechanism-format').getAttribute('data-status')).toBe('same');
    expect(row(table, 'decision-making').getAttribute('data-status')).toBe('partial');
    expect(screen.getByTestId('compare-summary').textContent).toBe('1 issue where their positions differ, out of 4 issues where at least one of them holds a position.');
  });

  test('pairwise chance-corrected agreement shows n and the interval, as the analysis computes them', async () => {
    await renderRoute('/compare?actors=DEU,USA,RUS', room());
    const pairs = await screen.findByTestId('pair-agreement');
    const obs = observationsFromDataset(room());
    const expected = pairAgreement(positionsInWindow(obs, sessionWindow(1, 3)), room().issues, actorCode('DEU'), actorCode('USA'));
    const deuUsa = pairs.querySelector('tr[data-pair=DEU-USA]')!;
    const cells = [...deuUsa.querySelectorAll('td')].map((td) => td.textContent);
    expect(expected.shared).toBe(3);
    expect(cells[3]).toBe('3'); // n
    expect(cells[0]).toBe(expected.chanceCorrected!.toFixed(2).replace('-', '−'));
    const iv = expected.chanceCorrectedInterval!;
    expect(cells[1]).toBe(`${iv.low.toFixed(2).replace('-', '−')} to ${iv.high.toFixed(2).replace('-', '−')}`);
    expect(pairs.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  test('a pair sharing fewer than three issues is marked as thin evidence', async () => {
    await renderRoute('/compare?actors=RUS,IRN', room());
    const pairs = await screen.findByTestId('pair-agreement');
    const tr = pairs.querySelector('tr[data-pair=RUS-IRN]')!;
    expect(tr.textContent).toMatch(/thin evidence: 1 shared issue/);
  });

  test('the picker adds and removes delegations, keeping the choice in the URL', async () => {
    const { location } = await renderRoute('/compare?actors=DEU,USA', room());
    const picker = await screen.findByTestId('actor-picker');
    fireEvent.change(within(picker).getByLabelText('Add a delegation'), { target: { value: 'RUS' } });
    fireEvent.click(within(picker).getByRole('button', { name: 'Add' }));
    expect(decodeURIComponent(location.history!.at(-1)!)).toBe('/compare?actors=DEU,USA,RUS');
    const table = await screen.findByTestId('compare-table');
    expect(await within(table).findByRole('columnheader', { name: 'Russian Federation' })).toBeInTheDocument();
    fireEvent.click(within(picker).getByRole('button', { name: 'Remove Germany' }));
    expect(decodeURIComponent(location.history!.at(-1)!)).toBe('/compare?actors=USA,RUS');
    expect(within(screen.getByTestId('compare-table')).queryByRole('columnheader', { name: 'Germany' })).toBeNull();
  });

  test('four delegations at most: the picker is disabled once four are chosen', async () => {
    await renderRoute('/compare?actors=DEU,USA,RUS,CHN', room());
    const picker = await screen.findByTestId('actor-picker');
    expect(within(picker).getByLabelText('Add a delegation')).toBeDisabled();
    expect(within(picker).getByRole('button', { name: 'Add' })).toBeDisabled();
  });

  test('with fewer than two delegations it asks for more and suggests the most active pair', async () => {
    await renderRoute('/compare?actors=DEU,XXX', room());
    const empty = await screen.findByTestId('compare-empty');
    expect(empty.textContent).toMatch(/Choose at least two delegations/);
    expect(within(empty).getByRole('link').getAttribute('href')).toBe('/compare?actors=RUS,USA');
    expect(screen.getByTestId('unknown-actors').textContent).toMatch(/XXX/);
    expect(screen.queryByTestId('compare-table')).toBeNull();
  });

  test('the session window in the URL compares the positions held at its end', async () => {
    await renderRoute('/compare?actors=BRA,DEU&from=2&to=2', room());
    const table = await screen.findByTestId('compare-table');
    expect(within(cell(table, 'mechanism-format', 'BRA')).getByText('Open', { selector: '.position-chip' })).toBeInTheDocument();
    expect(cell(table, 'mechanism-format', 'DEU').textContent).toMatch(/carried forward/);
    expect(screen.getByTestId('coverage').textContent).toMatch(/as of the 2nd substantive session/);
  });

  test('offers a CSV export of the comparison table', async () => {
    await renderRoute('/compare?actors=DEU,USA', room());
    await screen.findByTestId('compare-table');
    expect(screen.getByRole('button', { name: 'Export table as CSV' })).toBeInTheDocument();
  });

  test('the menu has a Compare entry', async () => {
    await renderRoute('/compare', room());
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    expect(within(nav).getByRole('link', { name: 'Compare' }).getAttribute('href')).toBe('/compare');
  });
});
