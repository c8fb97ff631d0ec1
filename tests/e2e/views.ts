// Every view of the app, as a path and an element that shows it rendered with data.
export interface ViewCheck {
  name: string;
  path: string;
  ready: string; // a selector present once the view shows data
}

export const VIEWS: ViewCheck[] = [
  { name: 'overview', path: '/', ready: '[data-testid=overview-matrix] tbody tr' },
  { name: 'delegation', path: '/delegation/DEU', ready: '[data-testid=statement-list] li' },
  { name: 'sources', path: '/sources', ready: '[data-testid=source-documents] tbody tr' },
  { name: 'reader', path: '/sources/000_f24963e147d875c6.txt', ready: '[data-testid=reader-statement]' },
  { name: 'brief', path: '/brief?issues=stakeholder-participation,stakeholder-veto', ready: '[data-testid=brief-document] [data-testid=brief-issue]' },
  { name: 'issues', path: '/issues', ready: '[data-testid=issue-list] tbody tr' },
  { name: 'issue', path: '/issue/thematic-group-count', ready: '[data-testid=session-bars] figcaption' },
  { name: 'compare', path: '/compare?actors=DEU,USA', ready: '[data-testid=compare-table] tbody tr' },
  { name: 'notes', path: '/notes', ready: '[data-testid=notes-view] h1' },
  { name: 'convergence', path: '/convergence', ready: '[data-testid=matrix-section][data-ready=true]' },
];
