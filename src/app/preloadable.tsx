// A lazily loaded view that can be fetched ahead of its first visit. React.lazy suspends on
// its first render even when the chunk is already in memory, and React then holds the
// fallback on screen for a throttle of about 300 ms before it reveals the view: a menu click
// paid that on every first visit. Once `preload()` has resolved, the view renders at once.
import { createElement, lazy, type ComponentType } from 'react';

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> & { preload: () => Promise<void> } {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed fetch (offline, chunk gone) may be tried again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => fetchOnce().then((component) => ({ default: component })));
  function View(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy as unknown as ComponentType<P>, props);
  }
  View.preload = () => fetchOnce().then(() => undefined);
  return View;
}

/**
 * Fetches `views` one at a time while the page is idle (a frame's spare time), starting
 * `delayMs` after the call, so the first visit of each renders without waiting for its
 * chunk. The delay keeps the chunks' evaluation away from the first screen's first
 * interactions. Returns a function that stops it.
 */
export function preloadWhenIdle(views: readonly { preload: () => Promise<void> }[], delayMs = 0): () => void {
  let stopped = false;
  const idle: (run: () => void) => void =
    typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 1000 }) : (run) => setTimeout(run, 50);
  const next = (k: number) => {
    if (stopped || k >= views.length) return;
    idle(() => {
      if (stopped) return;
      views[k]!.preload().then(
        () => next(k + 1),
        () => next(k + 1), // left to the visit itself, which shows its own error
      );
    });
  };
  const timer = setTimeout(() => next(0), delayMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
