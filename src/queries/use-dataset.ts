import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useStores } from '../app/stores-context';
import { indexDataset, type DatasetIndex } from '../shared/dataset-index';
import { datasetQueryOptions } from './dataset-query';

export function useDatasetQuery() {
  const { dataset } = useStores();
  return useQuery(datasetQueryOptions(dataset));
}

/** The loaded dataset's index; only for components rendered inside <DatasetGate>. */
export function useDatasetIndex(): DatasetIndex {
  const { data } = useDatasetQuery();
  const dataset = data?.dataset ?? null;
  const index = useMemo(() => (dataset ? indexDataset(dataset) : null), [dataset]);
  if (!index) throw new Error('useDatasetIndex() before the dataset is loaded');
  return index;
}
