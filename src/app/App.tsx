import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Link, Route, Switch } from 'wouter';
import type { OpenedStores } from '../db/open-store';
import { DatasetGate } from './DatasetGate';
import { StoresContext } from './stores-context';
import { HomeView } from '../views/home/HomeView';
import { DelegationView } from '../views/delegation/DelegationView';
import { NotFound } from '../views/NotFound';
import { NotesView } from '../views/notes/NotesView';
import { ErrorBoundary } from '../components/ErrorBoundary';

export function App({ stores, client }: { stores: OpenedStores; client: QueryClient }) {
  return (
    <StoresContext.Provider value={stores}>
      <QueryClientProvider client={client}>
        <header className="app-header">
          <Link href="/" className="brand">
            Common Ground
          </Link>
          <nav aria-label="Views">
            <Link href="/">Delegations</Link>
            <Link href="/notes">Your notes</Link>
          </nav>
        </header>
        <main id="main">
          <ErrorBoundary>
            <DatasetGate>
              <Switch>
                <Route path="/" component={HomeView} />
                <Route path="/delegation/:code">{(p) => <DelegationView code={p.code} />}</Route>
                <Route path="/notes" component={NotesView} />
                <Route component={NotFound} />
              </Switch>
            </DatasetGate>
          </ErrorBoundary>
        </main>
      </QueryClientProvider>
    </StoresContext.Provider>
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { networkMode: 'always', refetchOnWindowFocus: false } } });
}
