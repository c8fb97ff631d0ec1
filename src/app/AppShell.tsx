import { Suspense, useEffect } from 'react';
import { Link, Route, Switch } from 'wouter';
import { DatasetGate } from './DatasetGate';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotFound } from '../views/NotFound';
import { usePrepareFirstMatrix } from '../queries/use-analysis';
import { preloadWhenIdle } from './preloadable';
import { NAV, PRELOAD, preloadRoute, ROUTES } from './routes';
import { StorageStatus } from './StorageStatus';

export function AppShell() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          Common Ground
        </Link>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <Link key={n.href} href={n.href} onPointerEnter={() => preloadRoute(n.href)} onFocus={() => preloadRoute(n.href)}>
              {n.label}
            </Link>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <DatasetGate>
            <PreloadViews />
            <Suspense fallback={<p className="status" role="status">Loading the view…</p>}>
            <Switch>
              {ROUTES.map((r) => (
                <Route key={r.path} path={r.path} component={r.component} />
              ))}
              <Route component={NotFound} />
            </Switch>
            </Suspense>
          </DatasetGate>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <StorageStatus />
        <p className="small muted">Common Ground works offline after one load; nothing you do here leaves this device.</p>
      </footer>
    </>
  );
}

/** Views fetched ahead: a few seconds after the data is shown, one at a time when the page is idle. */
const PRELOAD_AFTER_MS = 3000;

function PreloadViews() {
  useEffect(() => preloadWhenIdle(PRELOAD, PRELOAD_AFTER_MS), []);
  usePrepareFirstMatrix();
  return null;
}
