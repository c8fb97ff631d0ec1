// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { lazy, Suspense, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { Route, Router, Switch, useSearch } from 'wouter';
import { navigate } from 'wouter/use-browser-location';
import { useTransitionLocation, useTransitionSearch } from '../../src/app/transition-location';

function Home() {
  const search = useSearch();
  return <p>Home {search}</p>;
}

describe('useTransitionLocation, useTransitionSearch', () => {
  test('a new page keeps the current view on screen while its chunk loads, never the fallback', async () => {
    let resolve!: (m: { default: () => ReactElement }) => void;
    const Next = lazy(() => new Promise<{ default: () => ReactElement }>((r) => (resolve = r)));
    navigate('/');
    render(
      <Router hook={useTransitionLocation} searchHook={useTransitionSearch}>
        <Suspense fallback={<p>Loading the view</p>}>
          <Switch>
            <Route path="/" component={Home} />
            <Route path="/next" component={Next} />
          </Switch>
        </Suspense>
      </Router>,
    );
    expect(screen.getByText(/^Home/)).toBeTruthy();
    await act(async () => navigate('/next'));
    expect(screen.getByText(/^Home/)).toBeTruthy();
    expect(screen.queryByText('Loading the view')).toBeNull();
    await act(async () => resolve({ default: () => <p>Next view</p> }));
    expect(await screen.findByText('Next view')).toBeTruthy();
    expect(screen.queryByText(/^Home/)).toBeNull();
  });

  test('a change of the query string alone shows at once', async () => {
    navigate('/');
    render(
      <Router hook={useTransitionLocation} searchHook={useTransitionSearch}>
        <Route path="/" component={Home} />
      </Router>,
    );
    await act(async () => navigate('/?q=fr'));
    expect(screen.getByText('Home q=fr')).toBeTruthy();
  });
});
