// The first screen before the engine is up: the sample's latest quarter,
// computed at build time by the same engine and domain code under Node
// (scripts/snapshot) and revived here. It stands in only where it is
// complete: the sample, that quarter, the unedited policy, and what a user
// reaches in a click or two from the first screen — the overview of the
// root and of each of its children (a city's view of its counties), the
// alert list and the gap-sharing page. So it carries what those read, and
// pictures of the root's charts drawn at build time (by option, see
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
  /** The regions whose views the snapshot answers in full: the root and its children. */
  regionCodes: RegionCode[];
  /** SVG drawings by pictureKey. */
  pictures: Record<string, Picture[]>;
}

export function reviveSnapshot(text: string): Snapshot {
  return decodeSnapshot<Snapshot>(text);
}

/** The pages the snapshot answers (for `Snapshot.regionCodes`); the others wait for the engine. */
export const SNAPSHOT_PAGES: readonly string[] = ['overview', 'alerts', 'sharing'];

/**
 * The part of an analysis those views read: every region's totals (a
 * city's view ranks its counties), the history and forecasts of the root
 * and its children (their trend charts), every alert, every city's gap
 * sharing, every region (names, the tree). A county's own view (its
 * recipient categories, its trend), allocation and subsidies wait for the engine.
 */
export function trimForFirstScreen(analysis: Analysis, rootRegionCode: RegionCode): { analysis: Analysis; regionCodes: RegionCode[] } {
  const regionCodes = [rootRegionCode, ...analysis.regions.filter((r) => r.parentCode === rootRegionCode).map((r) => r.code)];
  const shown = new Set(regionCodes);
  return {
    regionCodes,
    analysis: {
      ...analysis,
      coverage: analysis.coverage.filter((c) => c.category === null),
      history: analysis.history.filter((s) => shown.has(s.regionCode)),
      forecasts: analysis.forecasts.filter((f) => shown.has(f.regionCode)),
      allocation: [],
      subsidySplit: [],
      subsidyDemand: [],
    },
  };
}
