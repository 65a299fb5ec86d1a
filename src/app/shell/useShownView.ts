// What the screen shows for the view in the address bar: the dataset's
// quarters, the quarter (resolved once, here), its analysis from the query
// cache — the engine's, or until it comes the first screen's stand-in
// (seedFirstScreen.ts) — and the view and page that answer is drawn for.
import { useEffect, useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { datasetLevelWords, type LevelWords } from '../../domain/levelWords';
import type { Analysis, Quarter, Region } from '../../domain/types';
import { useSnapshotReach } from '../data/firstScreen';
import { useAnalysis, type CurrentDataset } from '../data/hooks';
import type { PolicyEdit } from '../data/policyEdit';
import { usePrefetchQuarters } from '../data/prefetch';
import { holdsView, isConfirmed, snapshotHolds } from '../data/standIns';
import type { PageProps } from '../pages/pageProps';
import { buildRegionTree, type RegionTree } from '../view/regionTree';
import type { PageId } from '../view/route';
import type { RawView } from '../view/useView';
import { rebaseView, resolveView } from '../view/viewState';
import { useDrawnView } from './drawnView';
import { datasetQuarters, resolveQuarter } from './quarters';

export interface ShownView {
  /** Oldest first. */
  quarters: readonly Quarter[];
  /** The quarter asked for, resolved; null for a dataset without quarters. */
  quarter: Quarter | null;
  analysis: UseQueryResult<Analysis>;
  tree: RegionTree;
  /** The level words of the dataset on screen (盟市/旗县 for Inner Mongolia, 地市/县区 elsewhere). */
  words: LevelWords;
  /** What every page gets; null until an answer is on screen. */
  pageProps: PageProps | null;
  region: Region | undefined;
  /** The page drawn: the one asked for, or the one kept on screen until the engine answers. */
  page: PageId;
  /** The numbers on screen are the snapshot's, not yet confirmed final (the engine does not hold its data yet). */
  fromSnapshot: boolean;
  /** The view asked waits for the engine: the cache holds the snapshot's answer, unconfirmed or without that view. */
  awaitingEngine: boolean;
}

export function useShownView(dataset: CurrentDataset, policy: PolicyEdit, address: RawView, bigScreen: boolean): ShownView {
  const { raw, route, navigate } = address;
  const quarters = useMemo(() => datasetQuarters(dataset.shown), [dataset.shown]);
  const quarter = resolveQuarter(raw.quarter, quarters);
  const analysis = useAnalysis(dataset.shown, quarter, policy.inUse);
  // A failed analysis shows its error, not the stand-in it was to replace.
  const answer = analysis.isError ? undefined : analysis.data;
  const holds = snapshotHolds(answer);
  const confirmed = isConfirmed(answer);
  const drawn = useDrawnView(holds, !analysis.isPlaceholderData, { regionCode: raw.regionCode, page: route.page }, bigScreen);
  const shown = drawn ? answer : undefined;
  // A confirmed stand-in is final but holds only its views: one beyond them is computed now, on demand.
  const beyond = holds !== null && route.page !== 'data' && !holdsView(holds, raw.regionCode, route.page, bigScreen);
  const { refetch } = analysis;
  const computeBeyond = confirmed && beyond && !analysis.isPlaceholderData && !analysis.isFetching;
  useEffect(() => {
    if (computeBeyond) void refetch({ cancelRefetch: false });
  }, [computeBeyond, refetch]);
  useSnapshotReach();
  usePrefetchQuarters(
    dataset.loaded,
    quarters,
    policy.inUse?.file,
    policy.inUse?.version ?? 0,
    analysis.isSuccess && !analysis.isPlaceholderData && (holds === null || confirmed),
  );

  const tree = useMemo(() => buildRegionTree(shown?.regions ?? []), [shown]);
  const words = datasetLevelWords(shown?.regions ?? []);
  // A kept view is the stand-in's own quarter; otherwise the one resolved above.
  const viewQuarter = drawn?.kept ? shown?.quarter : quarter;
  const view =
    drawn && tree.root && viewQuarter
      ? resolveView(
          { ...raw, quarter: viewQuarter, regionCode: drawn.regionCode },
          // The quarter is settled: only region and fund are resolved against the regions on screen.
          { quarters: [viewQuarter], regionCodes: new Set(tree.byCode.keys()), rootRegionCode: tree.root.code },
        )
      : null;
  // The view the address asks for, ahead of the one on screen while its quarter computes (rebaseView).
  const asked = view ? { quarter: quarter ?? view.quarter, regionCode: raw.regionCode !== null && tree.byCode.has(raw.regionCode) ? raw.regionCode : view.regionCode, fund: view.fund } : null;
  const policyFile = policy.inUse?.file ?? dataset.shown?.policyFile;
  const pageProps: PageProps | null =
    shown && view && policyFile
      ? {
          analysis: shown,
          tree,
          view,
          route,
          // The policy of the year on screen, as the analysis used it.
          policy: shown.policy,
          policyFile,
          words,
          updating: analysis.isPlaceholderData || drawn?.kept === true,
          navigate: (next, to) => navigate(asked ? rebaseView(asked, view, next) : next, to),
        }
      : null;
  return {
    quarters,
    quarter,
    analysis,
    tree,
    words,
    pageProps,
    region: view ? tree.byCode.get(view.regionCode) : undefined,
    page: drawn?.page ?? route.page,
    fromSnapshot: snapshotHolds(shown) !== null && !isConfirmed(shown),
    awaitingEngine: holds !== null && (!confirmed || beyond),
  };
}
