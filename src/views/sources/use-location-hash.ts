// The fragment of the current address ("#doc.txt%233"), kept current across navigations.
// The browser keeps it in location.hash (wouter's pathname leaves it out); an in-memory
// location (tests) keeps it at the end of the path.
import { useSyncExternalStore } from 'react';
import { useLocation } from 'wouter';

// wouter dispatches pushState and replaceState events when it navigates.
const EVENTS = ['popstate', 'pushState', 'replaceState', 'hashchange'];

function subscribe(onChange: () => void): () => void {
  for (const e of EVENTS) addEventListener(e, onChange);
  return () => {
    for (const e of EVENTS) removeEventListener(e, onChange);
  };
}

const browserHash = () => window.location.hash;
const noHash = () => '';

export function useLocationHash(): string {
  const [path] = useLocation();
  const hash = useSyncExternalStore(subscribe, browserHash, noHash);
  const at = path.indexOf('#');
  return at >= 0 ? path.slice(at) : hash;
}
