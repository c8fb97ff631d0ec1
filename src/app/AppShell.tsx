import { Suspense, useEffect } from 'react';
import { Link, Route, Switch } from 'wouter';
import { DatasetGate } from './DatasetGate';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { NotFound } from '../views/NotFound';
import { preloadWhenIdle } from './preloadable';
import { NAV, PRELOAD, ROUTES } from './routes';
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
            <Link key={n.href} href={n.href}>
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

/** Once the data is shown, fetches the other views' chunks while the page is idle. */
function PreloadViews() {
  useEffect(() => preloadWhenIdle(PRELOAD), []);
  return null;
}
