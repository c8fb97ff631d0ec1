// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, test } from 'vitest';
import { preloadable, preloadWhenIdle } from '../../src/app/preloadable';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('preloadable(load)', () => {
  test('before preload() it suspends like React.lazy, then shows the view', async () => {
    const View = preloadable(() => Promise.resolve(Hello));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="Ann" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    expect(await screen.findByText('Hello Ann')).toBeTruthy();
  });

  test('once preload() has resolved it renders in the first render, without the fallback', async () => {
    const View = preloadable(() => Promise.resolve(Hello));
    await View.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <View name="Bo" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Bo')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  test('loads the chunk once however often it is preloaded', async () => {
    let loads = 0;
    const View = preloadable(() => {
      loads++;
      return Promise.resolve(Hello);
    });
    await Promise.all([View.preload(), View.preload()]);
    await View.preload();
    expect(loads).toBe(1);
  });

  test('a failed load is tried again on the next preload', async () => {
    let loads = 0;
    const View = preloadable(() => (++loads === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Hello)));
    await expect(View.preload()).rejects.toThrow('offline');
    await View.preload();
    expect(loads).toBe(2);
  });
});

describe('preloadWhenIdle(views)', () => {
  test('preloads every view in turn, past one that fails', async () => {
    const order: string[] = [];
    const view = (name: string, fail = false) => ({
      preload: () => {
        order.push(name);
        return fail ? Promise.reject(new Error(name)) : Promise.resolve();
      },
    });
    preloadWhenIdle([view('a'), view('b', true), view('c')]);
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(order).toEqual(['a', 'b', 'c']);
  });

  test('starts only after the delay given', async () => {
    const order: string[] = [];
    preloadWhenIdle([{ preload: () => (order.push('a'), Promise.resolve()) }], 300);
    await act(() => new Promise((r) => setTimeout(r, 100)));
    expect(order).toEqual([]);
    await act(() => new Promise((r) => setTimeout(r, 500)));
    expect(order).toEqual(['a']);
  });

  test('stops when told to', async () => {
    const order: string[] = [];
    const stop = preloadWhenIdle([{ preload: () => (order.push('a'), Promise.resolve()) }]);
    stop();
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(order).toEqual([]);
  });
});
