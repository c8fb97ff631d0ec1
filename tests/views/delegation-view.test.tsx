// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { makeRoom } from '../fixtures/make-room';

const names = { AAA: 'Aland', BBB: 'Boland', CCC: 'Coland', DDD: 'Doland' };
// AAA and BBB agree on everything; CCC and DDD hold the opposite; AAA changes its mind on meetings.
const room = makeRoom(
  {
    2: {
      AAA: { 'mechanism-format': 'poa', 'decision-making': 'flexible', 'stakeholder-participation': 'expand', 'meeting-format': 'in-person' },
      CCC: { 'mechanism-format': 'oewg', 'decision-making': 'consensus', 'stakeholder-participation': 'limit', 'meeting-format': 'in-person' },
    },
    9: {
      AAA: { 'meeting-format': 'hybrid' },
      BBB: { 'mechanism-format': 'poa', 'decision-making': 'flexible', 'stakeholder-participation': 'expand', 'meeting-format': 'hybrid' },
      DDD: { 'mechanism-format': 'oewg', 'decision-making': 'consensus', 'stakeholder-participation': 'limit', 'meeting-format': 'in-person' },
    },
  },
  names,
);

describe('DelegationView', () => {
  test('shows the current position on each issue with its exact quote', async () => {
    await renderRoute('/delegation/AAA', room);
    const table = await screen.findByTestId('delegation-positions');
    const row = table.querySelector('tr[data-issue=meeting-format]') as HTMLElement;
    expect(row.getAttribute('data-position')).toBe('hybrid');
    expect(within(row).getByText('“Aland holds hybrid on meeting-format.”')).toBeInTheDocument();
  });

  test('lists the changes of position over time', async () => {
    await renderRoute('/delegation/AAA', room);
    const table = await screen.findByTestId('delegation-positions');
    const history = within(table.querySelector('tr[data-issue=meeting-format]') as HTMLElement).getByRole('list', { name: 'Changes over time' });
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^In person \(session 2/),
      expect.stringMatching(/^Hybrid possible \(session 9/),
    ]);
  });

  test('says "no position on record" for silence, never a neutral position', async () => {
    const sparse = makeRoom({ 2: { AAA: { 'mechanism-format': 'poa' } } }, names);
    await renderRoute('/delegation/AAA', sparse);
    const table = await screen.findByTestId('delegation-positions');
    expect(within(table.querySelector('tr[data-issue=decision-making]') as HTMLElement).getByText('no position on record')).toBeInTheDocument();
  });

  test('the closest delegation is the one that agrees on every shared issue, with n', async () => {
    await renderRoute('/delegation/AAA', room);
    const closest = await screen.findByTestId('closest');
    const first = within(closest).getAllByRole('row')[1]!;
    expect(first.getAttribute('data-actor')).toBe('BBB');
    expect(first.querySelectorAll('td')[3]?.textContent).toBe('4');
    const farthest = await screen.findByTestId('farthest');
    expect(['CCC', 'DDD']).toContain(within(farthest).getAllByRole('row')[1]!.getAttribute('data-actor'));
  });

  test('an unknown delegation code says so', async () => {
    await renderRoute('/delegation/ZZZ', room);
    expect(await screen.findByText('Unknown delegation “ZZZ”')).toBeInTheDocument();
  });
});
