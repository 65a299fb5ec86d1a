// Once the quarter on screen is computed and the reader has had a moment on
// it (PREFETCH_DELAY_MS), the other quarters of the same dataset and policy
// are computed in the background, newest first, so that a quarter change is
// answered from the cache instead of by SQL (~0.3 s on the sample, more on a
// large province). The moment's wait keeps their SQL (eleven quarters, a few
// seconds of a core) from competing with the first clicks — a drill-down, a
// tab — on a two-core machine; a quarter asked for meanwhile is computed on
// demand. The engine runs one task at a time: a click waits at most for the
// one quarter being computed.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Quarter } from '../../domain/types';
import { ANALYSIS_OPTIONS, analysisKey } from './analysisQuery';
import type { Dataset } from './dataset';
import { withEngine } from './engine';
import type { PolicyFile } from '../../domain/policyTypes';

export const MARK_PREFETCHED = 'fundwatch:prefetched';

/** How long the current quarter stays on screen before the others are computed. */
export const PREFETCH_DELAY_MS = 5000;

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
    const timer = setTimeout(() => void prefetchAll(), PREFETCH_DELAY_MS);
    const prefetchAll = async (): Promise<void> => {
      for (const quarter of [...quarters].reverse()) {
        if (cancelled) return;
        await client
          .prefetchQuery({
            ...ANALYSIS_OPTIONS,
            queryKey: analysisKey(dataset.id, quarter, policyVersion),
            queryFn: () => withEngine((engine, runtime) => runtime.analyze(engine, quarter, policyFile)),
            gcTime: 30 * 60_000,
          })
          .catch(() => undefined);
      }
      if (!cancelled) performance.mark(MARK_PREFETCHED, { detail: { dataset: dataset.id } });
    };
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, dataset, quarters, policyFile, policyVersion, currentReady]);
}
