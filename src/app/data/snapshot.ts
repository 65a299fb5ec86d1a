// The first screen before the engine is up: the sample's latest quarter,
// computed at build time by the same engine and domain code under Node
// (scripts/snapshot) and revived here. It stands in only where it is
// complete: the sample, that quarter, the unedited policy, the overview of
// the root region (history is kept for the root region only, to stay small).
import type { Analysis, Quarter, RegionCode } from '../../domain/types';
import type { Dataset } from './dataset';
import { decodeSnapshot } from './snapshotCodec';

export interface Snapshot {
  dataset: Dataset;
  quarter: Quarter;
  rootRegionCode: RegionCode;
  analysis: Analysis;
}

export function reviveSnapshot(text: string): Snapshot {
  return decodeSnapshot<Snapshot>(text);
}

/** Keep only the root region's history: the trend chart of the first screen is all that reads it before the engine is ready. */
export function trimForFirstScreen(snapshot: Snapshot): Snapshot {
  const { analysis, rootRegionCode } = snapshot;
  return { ...snapshot, analysis: { ...analysis, history: analysis.history.filter((s) => s.regionCode === rootRegionCode) } };
}
