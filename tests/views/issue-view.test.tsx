// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { roomDataset } from '../fixtures/room-dataset';
import { ROOM_SAID, twoCamps } from '../fixtures/room-said';

const room = () => roomDataset(ROOM_SAID);

/** The rows of a chart's table alternative, as text. */
function chartTable(frame: HTMLElement): string[][] {
  fireEvent.click(within(frame).getByRole('button', { name: 'Show as table' }));
  return [...frame.querySelectorAll('table tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('IssueView (/issue/:id)', () => {
  test('shows the question as the codebook words it, and the coverage line', async () => {
    await renderRoute('/issue/mechanism-format', room());
    expect(await screen.findByRole('heading', { level: 1, name: 'Mechanism format' })).toBeInTheDocument();
    expect(screen.getByTestId('issue-question').textContent).toContain('Which vehicle should carry the future regular institutional dialogue?');
    expect(screen.getByTestId('coverage').textContent).toMatch(/latest evidence 27 Jul 2022/);
  });

  test('positions by session carry earlier positions forward and count the newly evidenced', async () => {
    await renderRoute('/issue/mechanism-format', room());
    const frame = await screen.findByTestId('session-bars');
    expect(frame.querySelector('svg')).not.toBeNull();
    expect(chartTable(frame)).toEqual([
      ['session', 'Programme of Action', 'Open', 'OEWG format', 'positioned', 'newly evidenced'],
      ['1st substantive session', '3', '0', '1', '4', '4'],
      ['2nd substantive session', '3', '1', '2', '6', '2'],
      ['3rd substantive session', '5', '0', '2', '7', '3'],
    ]);
  });

  test('the bars caption states n, the delegations positioned by the last session', async () => {
    await renderRoute('/issue/mechanism-format', room());
    const frame = await screen.findByTestId('session-bars');
    expect(frame.querySelector('figcaption')!.textContent).toMatch(/n = 7 delegations positioned by 3rd substantive session/);
  });

  test('the polarisation line states n per session and the balanced panel between the first and last sessions with evidence', async () => {
    await renderRoute('/issue/mechanism-format', room());
    const frame = await screen.findByTestId('polarisation');
    expect(frame.querySelector('figcaption')!.textContent).toMatch(/n = 4 to 7 delegations per session; balanced panel of 4 delegations positioned in both the 1st substantive session and the 3rd substantive session/);
    const rows = chartTable(frame);
    expect(rows[0]).toEqual(['session', 'polarisation', 'n delegations', 'balanced panel polarisation', 'panel size']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['4', '6', '7']);
    expect(rows[1]![4]).toBe('4');
    expect(screen.getByTestId('convergence-summary').textContent).toMatch(/on the balanced panel of 4 delegations, polarisation went from 0\.50 to 0\.50/);
  });

  test('lists who holds each position with the quote of their latest statement, in quote marks, and its date', async () => {
    await renderRoute('/issue/mechanism-format', room());
    const holders = await screen.findByTestId('issue-holders');
    const poa = within(holders).getByRole('region', { name: 'Programme of Action: 5 delegations' });
    const germany = poa.querySelector('li[data-actors~=DEU]') as HTMLElement;
    expect(within(germany).getByText('“Germany reiterates its support for the PoA.”')).toBeInTheDocument();
    expect(germany.textContent).toMatch(/latest evidence 27 Jul 2022, 3rd substantive session · 2 statements/);
    expect(within(germany).queryByText('“We support a Programme of Action.”')).toBeNull();
    const oewg = within(holders).getByRole('region', { name: 'OEWG format: 2 delegations' });
    expect(within(oewg).getByText('“The OEWG format should continue.”')).toBeInTheDocument();
    expect(oewg.querySelector('li[data-actors~=RUS]')!.textContent).toMatch(/1 statement \(thin evidence\)/);
  });

  test('co-signatories of one joint statement are listed together with its quote shown once', async () => {
    await renderRoute(
      '/issue/stakeholder-veto',
      roomDataset([
        { actor: 'RUS', with: ['CHN', 'IRN'], session: 2, issue: 'stakeholder-veto', position: 'support', quote: 'Each state must keep its right to object.' },
        { actor: 'USA', session: 2, issue: 'stakeholder-veto', position: 'oppose', quote: 'The veto is not tenable.' },
      ]),
    );
    const holders = await screen.findByTestId('issue-holders');
    const keep = within(holders).getByRole('region', { name: 'Keep the veto: 3 delegations' });
    const entries = keep.querySelectorAll('li');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.getAttribute('data-actors')).toBe('CHN IRN RUS');
    expect(entries[0]!.textContent).toMatch(/^China, Iran, Russian Federation \(jointly, in one statement\)/);
    expect(entries[0]!.textContent).toMatch(/only in joint statements/);
    expect(within(keep).getAllByText('“Each state must keep its right to object.”')).toHaveLength(1);
  });

  test('a session range in the URL shows the positions held at its end and marks those carried forward', async () => {
    await renderRoute('/issue/mechanism-format?from=2&to=2', room());
    const holders = await screen.findByTestId('issue-holders');
    const open = within(holders).getByRole('region', { name: 'Open: 1 delegation' });
    expect(within(open).getByText('“We are open to any single-track mechanism agreed by consensus.”')).toBeInTheDocument();
    expect(holders.querySelector('li[data-actors~=DEU]')!.textContent).toMatch(/carried forward/);
    expect(holders.querySelector('li[data-actors~=KEN]')).toBeNull();
    expect(chartTable(screen.getByTestId('session-bars')).map((r) => r[0])).toEqual(['session', '2nd substantive session']);
  });

  test('changing the session range updates the URL', async () => {
    const { location } = await renderRoute('/issue/mechanism-format', room());
    await screen.findByTestId('issue-holders');
    fireEvent.change(screen.getByLabelText('to'), { target: { value: '2' } });
    expect(location.history!.at(-1)).toBe('/issue/mechanism-format?to=2');
    expect(await screen.findByRole('region', { name: 'Open: 1 delegation' })).toBeInTheDocument();
  });

  test('the number of thematic groups gets a dot plot, one mark per delegation statement, ranges included', async () => {
    await renderRoute('/issue/thematic-group-count', room());
    const frame = await screen.findByTestId('proposals');
    expect(frame.querySelector('figcaption')!.textContent).toMatch(/n = 3 statements with a figure, by 3 delegations/);
    expect(frame.querySelectorAll('svg g.mark')).toHaveLength(3);
    expect(frame.querySelector('g.mark[data-actor=USA] line')).not.toBeNull(); // the range 2–3 is a segment
    expect(chartTable(frame)).toEqual([
      ['delegation', 'figure', 'date', 'session', 'statement'],
      ['Germany', '3', '2022-03-29', '2nd substantive session', 'room-14.txt#1'],
      ['France', '3', '2022-07-26', '3rd substantive session', 'room-16.txt#1'],
      ['United States', '2–3', '2022-07-26', '3rd substantive session', 'room-15.txt#1'],
    ]);
  });

  test('pointing at a mark of the dot plot names the delegation', async () => {
    await renderRoute('/issue/thematic-group-count', room());
    const frame = await screen.findByTestId('proposals');
    fireEvent.mouseEnter(frame.querySelector('g.mark[data-actor=DEU]')!);
    expect(frame.querySelector('.chart-readout')!.textContent).toBe('Germany: 3 · 29 Mar 2022 · 2nd substantive session');
  });

  test('other issues have no dot plot', async () => {
    await renderRoute('/issue/stakeholder-veto', room());
    await screen.findByTestId('issue-holders');
    expect(screen.queryByTestId('proposals')).toBeNull();
  });

  test('bridging positions say which blocs they bridge: regional groups when the matrix is too sparse', async () => {
    await renderRoute('/issue/mechanism-format', room());
    const bridging = await screen.findByTestId('bridging');
    expect(within(bridging).getByTestId('bridging-basis').textContent).toMatch(/UN regional groups, because the agreement matrix is too sparse/);
    const first = bridging.querySelector('tbody tr')!;
    expect(first.textContent).toMatch(/^Programme of Action/);
    const head = [...bridging.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).toContain('WEOG (agree / positioned)');
  });

  test('bridging positions are ranked across the blocs of the agreement matrix when it is dense enough', async () => {
    await renderRoute('/issue/mechanism-format', roomDataset(twoCamps()));
    const bridging = await screen.findByTestId('bridging');
    expect(within(bridging).getByTestId('bridging-basis').textContent).toMatch(/full-window agreement matrix clustered into 3 blocs .*, 8 delegations/);
    expect(bridging.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  test('an issue nobody spoke on says so instead of drawing empty charts', async () => {
    await renderRoute('/issue/mechanism-format', roomDataset([]));
    expect(await screen.findByText('No delegation holds a position on this issue in these sessions.')).toBeInTheDocument();
    expect(screen.getByText('No delegation has taken a position on this issue in these sessions.')).toBeInTheDocument();
    expect(screen.getByTestId('convergence-summary').textContent).toMatch(/there is none in these sessions/);
  });

  test('an unknown issue id says so and links to the list of issues', async () => {
    await renderRoute('/issue/no-such-issue', room());
    expect(await screen.findByRole('heading', { name: 'Unknown issue “no-such-issue”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all issues' }).getAttribute('href')).toBe('/issues');
  });
});

describe('IssuesIndex (/issues)', () => {
  test('lists every issue with the number of delegations positioned and the most held position', async () => {
    await renderRoute('/issues', room());
    const list = await screen.findByTestId('issue-list');
    const row = list.querySelector('tr[data-issue=mechanism-format]') as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Mechanism format' }).getAttribute('href')).toBe('/issue/mechanism-format');
    expect(row.querySelector('td.num')!.textContent).toBe('7');
    expect(row.textContent).toMatch(/Programme of Action 5 of 7 delegations/);
    expect(list.querySelectorAll('tbody tr')).toHaveLength(4);
  });

  test('the menu has an Issues entry', async () => {
    await renderRoute('/issues', room());
    const nav = await screen.findByRole('navigation', { name: 'Views' });
    expect(within(nav).getByRole('link', { name: 'Issues' }).getAttribute('href')).toBe('/issues');
  });
});
