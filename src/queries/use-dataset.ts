import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useStores } from '../app/stores-context';
import type { ClientDataset } from '../shared/client-dataset';
import { indexDataset, type DatasetIndex } from '../shared/dataset-index';
import { datasetQueryOptions } from './dataset-query';

export function useDatasetQuery() {
  const { dataset } = useStores();
  return useQuery(datasetQueryOptions(dataset));
}

// One index per dataset for the whole app: its tables are built on first use, so every
// component and every visit of a view shares the tables (and the memos keyed on the index).
const indexes = new WeakMap<ClientDataset, DatasetIndex>();

function indexOf(dataset: ClientDataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) indexes.set(dataset, (index = indexDataset(dataset)));
  return index;
}

/** The loaded dataset's index; only for components rendered inside <DatasetGate>. */
export function useDatasetIndex(): DatasetIndex {
  const { data } = useDatasetQuery();
  const dataset = data?.dataset ?? null;
  const index = useMemo(() => (dataset ? indexOf(dataset) : null), [dataset]);
  if (!index) throw new Error('useDatasetIndex() before the dataset is loaded');
  return index;
}
