// The first screen before the engine is up: the sample's latest quarter,
// computed at build time by the same engine and domain code under Node
// (scripts/snapshot) and revived here. It stands in only where it is
// complete: the sample, that quarter, the unedited policy, the overview of
// the root region. So it carries only what that overview reads, and
// pictures of its charts drawn at build time (by option, see
// src/charts/prerendered.ts) so that they show before ECharts has loaded.
import type { Analysis, Quarter, RegionCode } from '../../domain/types';
import type { Picture } from '../../charts/prerendered';
import type { Dataset } from './datasetTypes';
import { decodeSnapshot } from './snapshotCodec';

export interface Snapshot {
  dataset: Dataset;
  quarter: Quarter;
  rootRegionCode: RegionCode;
  analysis: Analysis;
  /** SVG drawings by pictureKey. */
  pictures: Record<string, Picture[]>;
}

export function reviveSnapshot(text: string): Snapshot {
  return decodeSnapshot<Snapshot>(text);
}

/**
 * The part of an analysis the overview of the root region reads: the root
 * and its children (cards, rankings), the root's history and forecasts
 * (trend), every alert (the alert list covers the whole tree), every region
 * (names, the tree). The other pages wait for the engine.
 */
export function trimForFirstScreen(analysis: Analysis, rootRegionCode: RegionCode): Analysis {
  const shown = new Set([rootRegionCode, ...analysis.regions.filter((r) => r.parentCode === rootRegionCode).map((r) => r.code)]);
  return {
    ...analysis,
    coverage: analysis.coverage.filter((c) => shown.has(c.regionCode) && c.category === null),
    funds: analysis.funds.filter((f) => shown.has(f.regionCode)),
    history: analysis.history.filter((s) => s.regionCode === rootRegionCode),
    forecasts: analysis.forecasts.filter((f) => f.regionCode === rootRegionCode),
    sharing: [],
    allocation: [],
    subsidySplit: [],
    subsidyDemand: [],
    reconciliation: [],
  };
}
