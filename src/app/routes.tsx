// Every view is a URL. One line per route; the order of NAV is the order of the menu.
// The overview is the first screen and loads with the app; every other view is its own
// chunk, fetched on first visit (and precached by the service worker for offline use).
import { lazy, type ComponentType } from 'react';
import { OverviewView } from '../views/overview/OverviewView';

const DelegationRoute = lazy(() => import('../views/delegation/DelegationView').then((m) => ({ default: m.DelegationRoute })));
const NotesView = lazy(() => import('../views/notes/NotesView').then((m) => ({ default: m.NotesView })));
const ConvergenceView = lazy(() => import('../views/convergence/ConvergenceView').then((m) => ({ default: m.ConvergenceView })));
const IssueRoute = lazy(() => import('../views/issue/IssueView').then((m) => ({ default: m.IssueRoute })));
const IssuesIndex = lazy(() => import('../views/issue/IssuesIndex').then((m) => ({ default: m.IssuesIndex })));
const CompareView = lazy(() => import('../views/compare/CompareView').then((m) => ({ default: m.CompareView })));
const SourcesView = lazy(() => import('../views/sources/SourcesView').then((m) => ({ default: m.SourcesView })));
const ReaderRoute = lazy(() => import('../views/sources/ReaderView').then((m) => ({ default: m.ReaderRoute })));
const BriefView = lazy(() => import('../views/brief/BriefView').then((m) => ({ default: m.BriefView })));

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
