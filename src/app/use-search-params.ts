// View state that belongs in the URL (filters, chosen windows, compared delegations), so deep
// links can be shared and the back button works.
import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

export function useSearchParams(): [URLSearchParams, (changes: Record<string, string | null>, options?: { replace?: boolean }) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const update = useCallback(
    (changes: Record<string, string | null>, options?: { replace?: boolean }) => {
      const next = new URLSearchParams(search);
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') next.delete(k);
        else next.set(k, v);
      }
      next.sort();
      const qs = next.toString();
      navigate(qs ? `${location}?${qs}` : location, { replace: options?.replace ?? false });
    },
    [search, location, navigate],
  );
  return [params, update];
}
