// What stands in for the engine's answers until it can give them: the
// build-time snapshot's dataset (the built-in one, before it is loaded) and
// its analysis (the latest quarter, under the unedited policy). The analysis
// is complete only for some views (snapshot.ts); that travels with it here,
// found by the answer itself, so that the cache holds one Analysis type and
// the engine's answer, which holds every view, simply replaces it.
import type { Analysis, RegionCode } from '../../domain/types';
import type { Dataset } from './datasetTypes';
import type { Snapshot } from './snapshot';

/** The views a stand-in answer holds in full. */
export interface Holds {
  regionCodes: readonly RegionCode[];
  pages: readonly string[];
}

const holdsByAnswer = new WeakMap<object, Holds>();
const confirmedAnswers = new WeakSet<object>();
const standInDatasets = new WeakSet<object>();

/** The snapshot's analysis, known from now on as a stand-in holding the snapshot's views. */
export function standInAnswer(snapshot: Snapshot): Analysis {
  holdsByAnswer.set(snapshot.analysis, { regionCodes: snapshot.regionCodes, pages: snapshot.pages });
  return snapshot.analysis;
}

/** The snapshot's dataset, known from now on as a stand-in: shown, never asked of the engine. */
export function standInDataset(snapshot: Snapshot): Dataset {
  standInDatasets.add(snapshot.dataset);
  return snapshot.dataset;
}

/** What a stand-in answer holds; null for the engine's, which holds every view. */
export function snapshotHolds(answer: unknown): Holds | null {
  return typeof answer === 'object' && answer !== null ? (holdsByAnswer.get(answer) ?? null) : null;
}

/**
 * The stand-in confirmed: the engine holds the very data it was computed
 * from (datasetHash.ts), so its numbers are final. It still holds only its
 * views; the engine computes the whole analysis when one beyond them is asked.
 */
export function confirmAnswer(answer: Analysis): void {
  confirmedAnswers.add(answer);
}

export function isConfirmed(answer: unknown): boolean {
  return typeof answer === 'object' && answer !== null && confirmedAnswers.has(answer);
}

export function isStandIn(dataset: Dataset): boolean {
  return standInDatasets.has(dataset);
}

/** Whether the answer holds a region's view of a page (a region of null is the root's); the big screen shows any page's view. */
export function holdsView(holds: Holds, regionCode: RegionCode | null, page: string, anyPage: boolean): boolean {
  return (anyPage || holds.pages.includes(page)) && (regionCode === null || holds.regionCodes.includes(regionCode));
}
