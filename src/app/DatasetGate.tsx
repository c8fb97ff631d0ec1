// Loading, empty and error states around every view: the app never shows a blank page.
import { useEffect, useState, type ReactNode } from 'react';
import { markOnce } from './perf-marks';
import { useStores } from './stores-context';
import { useDatasetQuery } from '../queries/use-dataset';
import { useQueryClient } from '@tanstack/react-query';
import { datasetKeys } from '../queries/dataset-query';
import type { LoadedDataset } from '../queries/load-dataset';
import { formatDate } from '../components/format';

export function DatasetGate({ children }: { children: ReactNode }) {
  const { dataset: store } = useStores();
  const query = useDatasetQuery();
  const client = useQueryClient();
  const ready = Boolean(query.data?.dataset);
  useEffect(() => {
    if (ready) markOnce('cg:data-ready');
  }, [ready]);
  // A first load is stored after it is shown: say so on the gate, and any problem as a banner.
  const storing = query.data?.storing ?? null;
  const [stored, setStored] = useState<'pending' | 'done' | 'failed' | null>(null);
  useEffect(() => {
    if (!storing) return;
    let live = true;
    setStored('pending');
    void storing.then((problem) => {
      if (!live) return;
      setStored(problem ? 'failed' : 'done');
      if (problem) client.setQueryData<LoadedDataset>(datasetKeys.all, (d) => d && { ...d, problem, storing: null });
    });
    return () => {
      live = false;
    };
  }, [storing, client]);
  const banners: ReactNode[] = [];
  if (store.kind === 'memory') {
    banners.push(
      <p key="memory" role="alert" className="banner banner-warn" data-testid="memory-banner">
        Working from memory only: {store.reason}. The data will be fetched again next time and notes will not be kept.
      </p>,
    );
  }
  if (query.isPending) {
    return (
      <>
        {banners}
        <p className="status" role="status">Loading the dataset…</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {banners}
        <p className="banner banner-error" role="alert">The dataset could not be loaded: {query.error.message}</p>
      </>
    );
  }
  const { dataset, problem, offline, source, update } = query.data;
  if (update) {
    const switchNow = () =>
      client.setQueryData<LoadedDataset>(datasetKeys.all, (d) => d && { ...d, dataset: update, update: null, source: 'network' });
    banners.push(
      <p key="update" role="status" className="banner" data-testid="update-banner">
        Data of {formatDate(update.latestEvidence)} available ({update.documents.length} documents).{' '}
        <button type="button" onClick={switchNow}>
          Switch now
        </button>
      </p>,
    );
  }
  if (problem) {
    banners.push(
      <p key="problem" role="alert" className="banner banner-error" data-testid="data-problem">
        {problem}
        {dataset ? ' The last good data stays in use.' : ''}
      </p>,
    );
  }
  if (offline && dataset) {
    banners.push(
      <p key="offline" role="status" className="banner" data-testid="offline-banner">
        Offline: showing the data stored on this device.
      </p>,
    );
  }
  if (!dataset) {
    return (
      <>
        {banners}
        <p className="status">No dataset is available yet. Connect once to load it.</p>
      </>
    );
  }
  return (
    <div data-source={source} data-hash={dataset.contentHash} data-stored={stored ?? undefined} className="gate">
      {banners}
      {children}
    </div>
  );
}
