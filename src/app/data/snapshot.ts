// The first screen before the engine is up: the sample's latest quarter,
// computed at build time by the same engine and domain code under Node
// (scripts/snapshot) and revived here. It stands in only where it is
// complete: the sample, that quarter, the unedited policy; the root's
// overview and its alert list from the entry script, and once its reach has
// arrived (a chunk fetched right after the first screen) what a user
// reaches in a click or two — each city's view of its counties and the
// gap-sharing page. It carries what those read, and pictures of the root's
// charts drawn at build time (by option, see src/charts/prerendered.ts) so
// that they show before ECharts has loaded.
import type { Analysis, Quarter, RegionCode } from '../../domain/types';
import type { Picture } from '../../charts/prerendered';
import type { Dataset } from './datasetTypes';
import { decodeSnapshot } from './snapshotCodec';

export interface Snapshot {
  dataset: Dataset;
  /** SHA-256 of the files it was computed from (datasetHash.ts). */
  dataHash: string;
  quarter: Quarter;
  rootRegionCode: RegionCode;
  analysis: Analysis;
  /** The regions whose views the snapshot answers in full: the root, and with its reach the root's children. */
  regionCodes: RegionCode[];
  /** The pages it answers for those regions (FIRST_SCREEN_PAGES, then REACH_PAGES). */
  pages: readonly string[];
  /** SVG drawings by pictureKey. */
  pictures: Record<string, Picture[]>;
}

export function reviveSnapshot(text: string): Snapshot {
  return decodeSnapshot<Snapshot>(text);
}

/** The pages the first screen answers, and with its reach; the others wait for the engine. */
export const FIRST_SCREEN_PAGES: readonly string[] = ['overview', 'alerts'];
export const REACH_PAGES: readonly string[] = [...FIRST_SCREEN_PAGES, 'sharing'];

/**
 * What the root's overview reads: the root and its children (cards,
 * rankings), the root's history and forecasts (trend), every alert (the
 * alert list covers the whole tree), every region (names, the tree). It
 * travels in the page's entry script, so it is kept this small.
 */
export function trimForFirstScreen(analysis: Analysis, rootRegionCode: RegionCode): Analysis {
  const shown = new Set([rootRegionCode, ...childrenOf(analysis, rootRegionCode)]);
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

/**
 * A click or two further (fetched as a chunk of its own right after the
 * first screen: snapshotReach.ts): every region's totals (a city's view
 * ranks its counties), the cities' history and forecasts (their trends),
 * every city's gap sharing. A county's own view (its recipient categories,
 * its trend), allocation and subsidies wait for the engine.
 */
export interface SnapshotReach {
  /** The regions whose views it answers in full, the root's with it: the root and its children. */
  regionCodes: RegionCode[];
  analysis: Pick<Analysis, 'coverage' | 'funds' | 'history' | 'forecasts' | 'sharing'>;
  /** Pictures of the cities' views (the default fund, in Chinese), by pictureKey: added by the build (scripts/snapshot/compute.ts). */
  pictures?: Record<string, Picture[]>;
}

export function snapshotReach(analysis: Analysis, rootRegionCode: RegionCode): SnapshotReach {
  const regionCodes = [rootRegionCode, ...childrenOf(analysis, rootRegionCode)];
  const shown = new Set(regionCodes);
  return {
    regionCodes,
    analysis: {
      coverage: analysis.coverage.filter((c) => c.category === null),
      funds: analysis.funds,
      history: analysis.history.filter((s) => shown.has(s.regionCode)),
      forecasts: analysis.forecasts.filter((f) => shown.has(f.regionCode)),
      sharing: analysis.sharing,
    },
  };
}

/** The snapshot with its reach: the same quarter, more regions answered. */
export function withReach(snapshot: Snapshot, reach: SnapshotReach): Snapshot {
  return { ...snapshot, regionCodes: reach.regionCodes, pages: REACH_PAGES, analysis: { ...snapshot.analysis, ...reach.analysis } };
}

function childrenOf(analysis: Analysis, code: RegionCode): RegionCode[] {
  return analysis.regions.filter((r) => r.parentCode === code).map((r) => r.code);
}
