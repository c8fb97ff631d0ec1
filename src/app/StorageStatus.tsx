// Footer line: where the data lives on this device, how much room it takes, whether the
// browser promised to keep it.
import { useQuery } from '@tanstack/react-query';
import { useStores } from './stores-context';
import { requestPersistence } from './request-persistence';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function StorageStatus() {
  const { dataset } = useStores();
  const { data } = useQuery({ queryKey: ['storage-estimate'], queryFn: requestPersistence, staleTime: 60_000, networkMode: 'always' });
  if (dataset.kind === 'memory') return <p className="small muted">Data kept in memory only for this visit.</p>;
  if (!data) return null;
  return (
    <p className="small muted" data-testid="storage-status">
      Stored on this device for offline use
      {data.usage !== null ? `: ${mb(data.usage)}${data.quota ? ` of ${mb(data.quota)} available` : ''}` : ''}
      {data.persisted === true ? '; the browser will keep it.' : data.persisted === false ? '; the browser may clear it when space runs low.' : '.'}
    </p>
  );
}
