// The address bar as wouter's location and search hooks, with one difference from wouter's
// own: a change of page (a new path) is rendered as a transition. React then keeps the
// current view on screen while the next view's chunk loads, instead of showing the
// "Loading the view…" fallback, which it holds for at least 300 ms once shown (Suspense's
// reveal throttle: every first visit of a view paid it). A change of the query string alone
// (a filter, the session slider) stays urgent.
import { startTransition, useEffect, useState } from 'react';
import { navigate } from 'wouter/use-browser-location';

interface Snapshot {
  readonly path: string;
  readonly search: string; // with its "?", as location.search
}

// wouter's module patches pushState and replaceState to fire these events.
const EVENTS = ['popstate', 'pushState', 'replaceState', 'hashchange'];
const listeners = new Set<(snapshot: Snapshot) => void>();
let current: Snapshot = read();

function read(): Snapshot {
  return typeof location === 'undefined' ? { path: '/', search: '' } : { path: location.pathname, search: location.search };
}

function onChange(): void {
  const next = read();
  if (next.path === current.path && next.search === current.search) return;
  const pageChanged = next.path !== current.path;
  current = next;
  const notify = () => listeners.forEach((listener) => listener(next));
  if (pageChanged) startTransition(notify);
  else notify();
}

if (typeof addEventListener === 'function') for (const event of EVENTS) addEventListener(event, onChange);

function useSnapshot(): Snapshot {
  const [snapshot, setSnapshot] = useState(current);
  useEffect(() => {
    listeners.add(setSnapshot);
    setSnapshot(current); // a change between the render and this effect
    return () => {
      listeners.delete(setSnapshot);
    };
  }, []);
  return snapshot;
}

export function useTransitionLocation(): [string, typeof navigate] {
  return [useSnapshot().path, navigate];
}

export function useTransitionSearch(): string {
  return useSnapshot().search;
}
