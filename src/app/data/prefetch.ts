// Once the quarter on screen is computed, the other quarters of the same
// dataset and policy are computed in the background, newest first, so that a
// quarter change is answered from the cache instead of by SQL (~0.3 s on the
// sample, more on a large province). Each one waits until the reader has left
// the page alone for PREFETCH_DELAY_MS (readerIdle.ts): their SQL (eleven
// quarters, a few seconds of a core) never competes with clicks — a
// drill-down, a tab — on a two-core machine, and a reader who keeps working
// has each quarter they ask for computed on demand. The engine runs one task
// at a time: a click waits at most for the one quarter being computed.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Quarter } from '../../domain/types';
import { ANALYSIS_OPTIONS, analysisKey } from './analysisQuery';
import type { Dataset } from './dataset';
import { withEngine } from './engine';
import { readerIdle, restartReaderIdle } from './readerIdle';
import { snapshotHolds } from './standIns';
import type { PolicyFile } from '../../domain/policy/types';

export const MARK_PREFETCHED = 'fundwatch:prefetched';

/** How long the reader leaves the page alone (no click, key or scroll) before the next quarter is computed. */
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
    const prefetchAll = async (): Promise<void> => {
      for (const quarter of [...quarters].reverse()) {
        const queryKey = analysisKey(dataset.id, quarter, policyVersion);
        const cached = client.getQueryCache().find({ queryKey });
        // A confirmed stand-in (seedFirstScreen.ts) is final but holds only its views: the whole quarter is computed too.
        const whole = snapshotHolds(cached?.state.data) === null;
        if (cached?.state.status === 'success' && !cached.isStale() && whole) continue;
        await readerIdle(PREFETCH_DELAY_MS, () => cancelled);
        if (cancelled) return;
        await client
          .fetchQuery({
            ...ANALYSIS_OPTIONS,
            queryKey,
            queryFn: () => withEngine((engine, runtime) => runtime.analyze(engine, quarter, policyFile)),
            gcTime: 30 * 60_000,
            // Never stale, a confirmed stand-in would not be replaced otherwise.
            ...(whole ? {} : { staleTime: 0 }),
          })
          .catch(() => undefined);
      }
      if (!cancelled) performance.mark(MARK_PREFETCHED, { detail: { dataset: dataset.id } });
    };
    // The quarter on screen has just been drawn: the reader's moment on it starts now.
    restartReaderIdle();
    void prefetchAll();
    return () => {
      cancelled = true;
    };
  }, [client, dataset, quarters, policyFile, policyVersion, currentReady]);
}
