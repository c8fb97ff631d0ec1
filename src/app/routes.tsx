// Every view is a URL. One line per route; the order of NAV is the order of the menu.
import type { ComponentType } from 'react';
import { OverviewView } from '../views/overview/OverviewView';
import { DelegationRoute } from '../views/delegation/DelegationView';
import { NotesView } from '../views/notes/NotesView';

export interface RouteDef {
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
}

export const ROUTES: RouteDef[] = [
  { path: '/', component: OverviewView },
  { path: '/delegation/:code', component: DelegationRoute },
  { path: '/notes', component: NotesView },
];

export const NAV: { href: string; label: string }[] = [
  { href: '/', label: 'Overview' },
  { href: '/notes', label: 'Your notes' },
];
