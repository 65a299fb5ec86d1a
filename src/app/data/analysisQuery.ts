// How an analysis sits in the query cache: keyed by dataset, quarter and
// policy version, so nothing computed for one dataset or policy is ever
// shown for another; the same options wherever it is asked, prefetched or
// seeded (seedFirstScreen.ts).
import type { Quarter } from '../../domain/types';
import { isConfirmed, snapshotHolds } from './standIns';

export const DATASET_KEY = ['dataset'] as const;

const ANALYSIS = 'analysis';

export function analysisKey(datasetId: string | null, quarter: Quarter | null, policyVersion: number): readonly unknown[] {
  return [ANALYSIS, datasetId, quarter, policyVersion];
}

/** Every analysis key starts so (for the client's defaults). */
export const ANALYSIS_KEY_PREFIX: readonly unknown[] = [ANALYSIS];

/**
 * While another quarter (or policy) of the same dataset computes, the one
 * on screen stays; never one dataset's numbers under another's name.
 */
export function sameDatasetPlaceholder<T>(datasetId: string | null) {
  return (previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    previousQuery?.queryKey[1] === datasetId ? previous : undefined;
}

export const ANALYSIS_OPTIONS = {
  // The engine's answer never goes stale (what it depends on is in the key);
  // a stand-in is stale at once, so the engine's replaces it when it can run,
  // unless it is confirmed (the engine holds the data it was computed from):
  // then the engine is asked only for a view beyond it (useShownView.ts).
  staleTime: (query: { state: { data?: unknown } }): number =>
    snapshotHolds(query.state.data) === null || isConfirmed(query.state.data) ? Infinity : 0,
  // An answer stays the one object it was: a stand-in is known by identity (standIns.ts).
  structuralSharing: false,
  retry: false,
} as const;
