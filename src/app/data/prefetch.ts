// Once the quarter on screen is computed, the other quarters of the same
// dataset and policy are computed in the background, newest first, so that
// a quarter change is answered from the cache instead of by SQL (~0.3 s on
// the sample, more on a large province). The engine runs one task at a
// time: a click waits at most for the one quarter being computed.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Quarter } from '../../domain/types';
import type { Dataset } from './dataset';
import { withEngine } from './engine';
import type { PolicyFile } from '../../domain/policyTypes';

export const MARK_PREFETCHED = 'fundwatch:prefetched';

export function usePrefetchQuarters(
  dataset: Dataset | undefined,
  quarters: readonly Quarter[],
  policyFile: PolicyFile | undefined,
  policyVersion: number,
  currentReady: boolean,
): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!dataset || !policyFile || !currentReady) return undefined;
    let cancelled = false;
    void (async () => {
      for (const quarter of [...quarters].reverse()) {
        if (cancelled) return;
        await client
          .prefetchQuery({
            queryKey: ['analysis', dataset.id, quarter, policyVersion],
            queryFn: () => withEngine((engine, runtime) => runtime.analyze(engine, quarter, policyFile)),
            staleTime: Infinity,
            gcTime: 30 * 60_000,
            retry: false,
          })
          .catch(() => undefined);
      }
      if (!cancelled) performance.mark(MARK_PREFETCHED, { detail: { dataset: dataset.id } });
    })();
    return () => {
      cancelled = true;
    };
  }, [client, dataset, quarters, policyFile, policyVersion, currentReady]);
}
