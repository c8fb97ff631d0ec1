import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import type { OpenedStores } from '../db/open-store';
import { StoresContext } from './stores-context';
import { AppShell } from './AppShell';

export interface AppProps {
  stores: OpenedStores;
  client: QueryClient;
  /** Tests pass a memory location; the browser uses the address bar. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

export function App({ stores, client, location }: AppProps) {
  return (
    <StoresContext.Provider value={stores}>
      <QueryClientProvider client={client}>
        <Router {...(location ?? {})}>
          <AppShell />
        </Router>
      </QueryClientProvider>
    </StoresContext.Provider>
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { networkMode: 'always', refetchOnWindowFocus: false } } });
}
