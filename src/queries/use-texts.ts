// The documents' texts of the dataset on screen, read from the store on first use (the
// reader, the search, a delegation's statements), never on the way to the first screen.
import { useQuery } from '@tanstack/react-query';
import { useStores } from '../app/stores-context';
import type { DatasetStore } from '../db/memory-store';
import type { ClientDataset } from '../shared/client-dataset';
import { useDatasetIndex } from './use-dataset';

/** Document id -> text. */
export type TextsById = ReadonlyMap<string, string>;

export const textsKeys = {
  of: (contentHash: string) => ['texts', contentHash] as const,
};

export async function loadTexts(store: DatasetStore, dataset: ClientDataset): Promise<TextsById> {
  const texts = await store.texts(dataset.contentHash);
  if (!texts || texts.length !== dataset.documents.length) {
    throw new Error('the documents’ texts are not stored on this device; reload the page while online');
  }
  return new Map(dataset.documents.map((d, i) => [d.id as string, texts[i]!]));
}

/** The texts once read (undefined while reading), and the problem when they cannot be. */
export function useDocumentTexts(): { texts: TextsById | undefined; error: Error | null } {
  const { dataset: store } = useStores();
  const { dataset } = useDatasetIndex();
  const query = useQuery({
    queryKey: textsKeys.of(dataset.contentHash),
    queryFn: () => loadTexts(store, dataset),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
  return { texts: query.data, error: query.error };
}
