// The first screen seeds the query cache, as TanStack Query's hydration
// does: the snapshot's dataset stands in for the built-in one until the
// engine has loaded it (the dataset query's placeholder), and its analysis
// is put under the very key the engine's answer will have (the built-in
// dataset's id, the snapshot's quarter, the unedited policy). Views ask that
// one query and get the snapshot's numbers until the engine's replace them;
// a user's dataset has another id and never meets them.
import type { QueryClient } from '@tanstack/react-query';
import { ANALYSIS_KEY_PREFIX, ANALYSIS_OPTIONS, DATASET_KEY, analysisKey } from './analysisQuery';
import type { Snapshot } from './snapshot';
import { confirmAnswer, isConfirmed, snapshotHolds, standInAnswer, standInDataset } from './standIns';

function snapshotKey(snapshot: Snapshot): readonly unknown[] {
  return analysisKey(snapshot.dataset.id, snapshot.quarter, 0);
}

export function seedFirstScreen(client: QueryClient, snapshot: Snapshot): void {
  // Entries the seed creates have no observer yet to give them options.
  client.setQueryDefaults(ANALYSIS_KEY_PREFIX, ANALYSIS_OPTIONS);
  client.setQueryDefaults(DATASET_KEY, { placeholderData: standInDataset(snapshot) });
  client.setQueryData(snapshotKey(snapshot), standInAnswer(snapshot));
}

/** The snapshot grown by its reach: it replaces the first screen's stand-in, unless the engine has answered meanwhile. */
export function seedReach(client: QueryClient, snapshot: Snapshot): void {
  const key = snapshotKey(snapshot);
  // The engine's answer, or its failure, is never taken back.
  const current = client.getQueryData(key);
  if (snapshotHolds(current) === null || client.getQueryState(key)?.status === 'error') return;
  const grown = standInAnswer(snapshot);
  // Confirmed before its reach arrived: the same data, more views.
  if (isConfirmed(current)) confirmAnswer(grown);
  client.setQueryData(key, grown);
}

/**
 * The built-in dataset is in the engine, and it is the snapshot's data
 * (datasetHash.ts): the stand-in's numbers are final, so the first quarter is
 * not computed again. False (nothing done) when the stand-in is no longer
 * in the cache or the dataset opens on another quarter: the engine computes it.
 */
export function confirmFirstScreen(client: QueryClient, snapshot: Snapshot, latestQuarter: string | undefined): boolean {
  const answer = client.getQueryData(snapshotKey(snapshot));
  if (latestQuarter !== snapshot.quarter || snapshotHolds(answer) === null || typeof answer !== 'object' || answer === null) return false;
  confirmAnswer(answer as Parameters<typeof confirmAnswer>[0]);
  return true;
}
