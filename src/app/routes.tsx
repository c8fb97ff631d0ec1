// Every view is a URL. One line per route; the order of NAV is the order of the menu.
// The overview (the first screen) and the convergence view (the main chart, often the first
// visit: fetching its chunk then cost about 20 ms of a first visit's 100 at 100x, for 16 kB
// gzip) load with the app. Every other view is its own chunk, fetched once the first screen
// is shown and the page is idle, or on first visit if sooner (and precached by the service
// worker for offline use).
import type { ComponentType } from 'react';
import { preloadable } from './preloadable';
import { OverviewView } from '../views/overview/OverviewView';
import { ConvergenceView } from '../views/convergence/ConvergenceView';

const DelegationRoute = preloadable(() => import('../views/delegation/DelegationView').then((m) => m.DelegationRoute));
const NotesView = preloadable(() => import('../views/notes/NotesView').then((m) => m.NotesView));
const IssueRoute = preloadable(() => import('../views/issue/IssueView').then((m) => m.IssueRoute));
const IssuesIndex = preloadable(() => import('../views/issue/IssuesIndex').then((m) => m.IssuesIndex));
const CompareView = preloadable(() => import('../views/compare/CompareView').then((m) => m.CompareView));
const SourcesView = preloadable(() => import('../views/sources/SourcesView').then((m) => m.SourcesView));
const ReaderRoute = preloadable(() => import('../views/sources/ReaderView').then((m) => m.ReaderRoute));
const BriefView = preloadable(() => import('../views/brief/BriefView').then((m) => m.BriefView));

export interface RouteDef {
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
}

export const ROUTES: RouteDef[] = [
  { path: '/', component: OverviewView },
  { path: '/delegation/:code', component: DelegationRoute },
  { path: '/sources', component: SourcesView },
  { path: '/sources/:doc', component: ReaderRoute },
  { path: '/issues', component: IssuesIndex },
  { path: '/issue/:id', component: IssueRoute },
  { path: '/compare', component: CompareView },
  { path: '/convergence', component: ConvergenceView },
  { path: '/brief', component: BriefView },
  { path: '/notes', component: NotesView },
];

export const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Overview' },
  { href: '/sources', label: 'Sources' },
  { href: '/issues', label: 'Issues' },
  { href: '/compare', label: 'Compare' },
  { href: '/convergence', label: 'Convergence' },
  { href: '/brief', label: 'Brief' },
  { href: '/notes', label: 'Your notes' },
];

/** The views fetched ahead while the page is idle: the menu's first, in its order, then the rest. */
export const PRELOAD: { preload: () => Promise<void> }[] = [
  ...NAV.map((n) => ROUTES.find((r) => r.path === n.href)!),
  ...ROUTES.filter((r) => !NAV.some((n) => n.href === r.path)),
].flatMap((r) => ('preload' in r.component ? [r.component as unknown as { preload: () => Promise<void> }] : []));

/** Fetches the view behind a menu entry ahead of a click (on pointing at it or focusing it). */
export function preloadRoute(href: string): void {
  const component = ROUTES.find((r) => r.path === href)?.component;
  if (component && 'preload' in component) void (component as unknown as { preload: () => Promise<void> }).preload().catch(() => undefined);
}
