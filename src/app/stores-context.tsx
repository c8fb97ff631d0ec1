// The opened stores, handed down once so that hooks never open IndexedDB themselves.
import { createContext, useContext } from 'react';
import type { OpenedStores } from '../db/open-store';

export const StoresContext = createContext<OpenedStores | null>(null);

export function useStores(): OpenedStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() outside <StoresContext.Provider>');
  return stores;
}
