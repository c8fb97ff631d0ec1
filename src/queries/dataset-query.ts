// queryOptions for the dataset. It is static between builds: never refetch on focus,
// and read IndexedDB even when the browser says it is offline.
import { queryOptions } from '@tanstack/react-query';
import type { DatasetStore } from '../db/memory-store';
import { loadDataset, type Fetcher } from './load-dataset';

export const datasetKeys = {
  all: ['dataset'] as const,
};

export function datasetQueryOptions(store: DatasetStore, fetcher: Fetcher = (u) => fetch(u, { cache: 'no-store' }), base = import.meta.env.BASE_URL) {
  return queryOptions({
    queryKey: datasetKeys.all,
    queryFn: () => loadDataset(store, fetcher, base),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: false,
    networkMode: 'always',
  });
}
