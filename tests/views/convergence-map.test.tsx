// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderRoute } from '../fixtures/render-route';
import { convergenceDataset } from '../fixtures/convergence-dataset';

describe('ConvergenceView: the map with trajectories', () => {
  test('places every delegation shown, with a path across the sessions and its n in the caption', async () => {
    await renderRoute('/convergence', convergenceDataset());
    const chart = await screen.findByTestId('map-chart');
    const map = within(chart).getByTestId('delegation-map');
    const placed = [...map.querySelectorAll('g[data-actor]')].map((g) => g.getAttribute('data-actor')).sort();
    expect(placed).toEqual(['BRA', 'CHL', 'CHN', 'DEU', 'FRA', 'IND', 'IRN', 'KEN', 'MEX', 'NLD', 'RUS', 'ZAF']);
    // Brazil was placed from session 1: its path runs through four sessions.
    expect(map.querySelector('g[data-actor=BRA] polyline')!.getAttribute('points')!.split(' ')).toHaveLength(4);
    expect(chart.querySelector('figcaption')).toHaveTextContent('n = 12 delegations placed, paths over 4 sessions');
  });

  test('Brazil ends nearer Germany than Russia once it has switched sides', async () => {
    await renderRoute('/convergence', convergenceDataset());
    const map = await screen.findByTestId('delegation-map');
    const at = (code: string) => {
      const c = map.querySelector(`g[data-actor=${code}] > circle:last-of-type`)!;
      return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] as const;
    };
    const dist = (a: string, b: string) => Math.hypot(at(a)[0] - at(b)[0], at(a)[1] - at(b)[1]);
    expect(dist('BRA', 'DEU')).toBeLessThan(dist('BRA', 'RUS'));
  });

  test('chosen delegations are labelled and emphasised; the choice lives in the URL', async () => {
    const user = userEvent.setup();
    const { location } = await renderRoute('/convergence?mark=BRA', convergenceDataset());
    const map = await screen.findByTestId('delegation-map');
    expect(map.querySelector('g[data-actor=BRA]')).toHaveClass('chosen');
    expect(map.querySelector('g[data-actor=DEU]')).not.toHaveClass('chosen');
    await user.type(screen.getByLabelText('Label a delegation'), 'Germany{Enter}');
    await waitFor(() => expect(location.history!.at(-1)).toContain('mark=BRA%2CDEU'));
    expect(screen.getByTestId('delegation-map').querySelector('g[data-actor=DEU]')).toHaveClass('chosen');
    await user.click(screen.getByRole('button', { name: 'Remove Brazil' }));
    await waitFor(() => expect(location.history!.at(-1)).toContain('mark=DEU'));
  });

  test('the slider moves the map: at session 1 only the delegations positioned by then are placed', async () => {
    await renderRoute('/convergence?at=1', convergenceDataset());
    const chart = await screen.findByTestId('map-chart');
    expect(chart.querySelector('figcaption')).toHaveTextContent('n = 7 delegations placed, paths over 1 session');
  });

  test('the table alternative lists each delegation’s point per session', async () => {
    const user = userEvent.setup();
    await renderRoute('/convergence?region=WEOG', convergenceDataset());
    const chart = await screen.findByTestId('map-chart');
    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const rows = within(chart).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows.filter((r) => r[1] === 'DEU').map((r) => r[2])).toEqual(['S1-S1', 'S1-S2', 'S1-S3', 'S1-S4']);
    expect(rows.filter((r) => r[5] === 'yes').map((r) => r[1]).sort()).toEqual(['DEU', 'FRA', 'NLD']);
  });
});
