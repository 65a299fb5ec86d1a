// The first screen seeds the query cache: the snapshot's answer is there
// before the engine's, under the engine's own key, and the engine's replaces
// it; a user's dataset never meets it. Driven through query-core's observers
// with the options the page's hooks use (analysisQuery.ts).
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ANALYSIS_OPTIONS, DATASET_KEY, analysisKey, sameDatasetPlaceholder } from '../../../src/app/data/analysisQuery';
import type { Dataset } from '../../../src/app/data/datasetTypes';
import { confirmFirstScreen, seedFirstScreen, seedReach } from '../../../src/app/data/seedFirstScreen';
import { FIRST_SCREEN_PAGES, REACH_PAGES, snapshotReach, trimForFirstScreen, withReach, type Snapshot } from '../../../src/app/data/snapshot';
import { BUILTIN_DATASET_ID } from '../../../src/app/data/sampleIdentity';
import { isConfirmed, isStandIn, snapshotHolds } from '../../../src/app/data/standIns';
import { buildAnalysis } from '../../../src/domain/analysis';
import { DEFAULT_POLICY_FILE } from '../../../src/domain/policy/policy';
import type { Analysis, Quarter } from '../../../src/domain/types';

const QUARTER = '2024Q4';

// 150921: 985 of 1,000 recipients enrolled, 150922: 975 of 1,000; the city and the province 1,960 of 2,000 = 98%.
function analysisOf(quarter: Quarter): Analysis {
  return buildAnalysis({
    quarter,
    regions: [
      { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
      { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
      { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 3 },
      { code: '150922', name: '化德县', level: 'county', parentCode: '150900', tier: 3 },
    ],
    coverageCounts: [
      { regionCode: '150000', level: 'province', category: null, recipients: 2000, enrolled: 1960 },
      { regionCode: '150900', level: 'city', category: null, recipients: 2000, enrolled: 1960 },
      { regionCode: '150921', level: 'county', category: null, recipients: 1000, enrolled: 985 },
      { regionCode: '150922', level: 'county', category: null, recipients: 1000, enrolled: 975 },
    ],
    fundTotals: [],
    openings: [],
    policyFile: DEFAULT_POLICY_FILE,
  });
}

function dataset(id: string): Dataset {
  const report = { ok: true, cancelled: false, problems: [], tables: {}, files: [], policyFile: DEFAULT_POLICY_FILE, policyDefaults: true, quarters: ['2024Q3', QUARTER] };
  return { id, name: { zh: id, en: id }, isSample: id === BUILTIN_DATASET_ID, report, policyFile: DEFAULT_POLICY_FILE };
}

/** The snapshot as scripts/snapshot computes it: the first screen, and its reach. */
function snapshotOf(full: Analysis): { first: Snapshot; reached: Snapshot } {
  const first: Snapshot = {
    dataset: dataset(BUILTIN_DATASET_ID),
    dataHash: 'sha-256 of the files',
    quarter: QUARTER,
    rootRegionCode: '150000',
    analysis: trimForFirstScreen(full, '150000'),
    regionCodes: ['150000'],
    pages: FIRST_SCREEN_PAGES,
    pictures: {},
  };
  return { first, reached: withReach(first, snapshotReach(full, '150000')) };
}

function rate(analysis: Analysis | undefined, code: string): string | undefined {
  return analysis?.coverage.find((c) => c.regionCode === code && c.category === null)?.rate?.toString();
}

/** An engine whose answers arrive when the test says. */
function heldEngine() {
  const answers: ((a: Analysis) => void)[] = [];
  const asked: Quarter[] = [];
  return {
    asked,
    run: (quarter: Quarter) => () => {
      asked.push(quarter);
      return new Promise<Analysis>((resolve) => answers.push(resolve));
    },
    answer: (analysis: Analysis) => answers.shift()?.(analysis),
  };
}

/** An observer with the options useAnalysis gives (hooks.ts), mounted. */
function observe(client: QueryClient, datasetId: string, quarter: Quarter, run: () => Promise<Analysis>, enabled: boolean) {
  const options = (id: string, q: Quarter, on: boolean) => ({
    ...ANALYSIS_OPTIONS,
    queryKey: analysisKey(id, q, 0),
    queryFn: run,
    enabled: on,
    placeholderData: sameDatasetPlaceholder<Analysis>(id),
  });
  const observer = new QueryObserver<Analysis, Error, Analysis, Analysis, readonly unknown[]>(client, options(datasetId, quarter, enabled));
  const unsubscribe = observer.subscribe(() => undefined);
  return {
    result: () => observer.getCurrentResult(),
    ask: (id: string, q: Quarter, on: boolean, next: () => Promise<Analysis> = run) => observer.setOptions({ ...options(id, q, on), queryFn: next }),
    refetch: () => observer.refetch({ cancelRefetch: false }),
    unsubscribe,
  };
}

describe('the first screen seeds the query cache', () => {
  const full = analysisOf(QUARTER);
  const { first, reached } = snapshotOf(full);

  it('answers from the snapshot before the engine, and the engine\'s answer replaces it', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const engine = heldEngine();
    // Before the built-in dataset is loaded the query may not run (useAnalysis: the stand-in is never asked of the engine).
    const query = observe(client, BUILTIN_DATASET_ID, QUARTER, engine.run(QUARTER), false);
    expect(query.result().data).toBe(first.analysis);
    expect(query.result().isPlaceholderData).toBe(false);
    expect(snapshotHolds(query.result().data)).toEqual({ regionCodes: ['150000'], pages: FIRST_SCREEN_PAGES });
    // 1,960 / 2,000: the snapshot's number is the engine's.
    expect(rate(query.result().data, '150000')).toBe('0.98');

    // Loaded: the stand-in is stale at once, so the engine is asked, and the stand-in stays until it answers.
    query.ask(BUILTIN_DATASET_ID, QUARTER, true);
    expect(engine.asked).toEqual([QUARTER]);
    expect(query.result().data).toBe(first.analysis);
    expect(query.result().isFetching).toBe(true);
    engine.answer(full);
    await vi.waitFor(() => expect(query.result().data).toBe(full));
    expect(snapshotHolds(query.result().data)).toBeNull();
    expect(rate(query.result().data, '150921')).toBe('0.985');
    // The engine's answer never goes stale: asked again, the engine is not.
    await client.prefetchQuery({ ...ANALYSIS_OPTIONS, queryKey: analysisKey(BUILTIN_DATASET_ID, QUARTER, 0), queryFn: engine.run(QUARTER) });
    expect(engine.asked).toEqual([QUARTER]);
    query.unsubscribe();
  });

  it('is replaced by the prefetch a newly loaded dataset starts (hooks.ts, analyzeLatestQuarter)', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const key = analysisKey(BUILTIN_DATASET_ID, QUARTER, 0);
    await client.prefetchQuery({ ...ANALYSIS_OPTIONS, queryKey: key, queryFn: () => Promise.resolve(full) });
    expect(client.getQueryData(key)).toBe(full);
  });

  it('grows by its reach (a city\'s view, the sharing page) while the engine has not answered, and never after', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const key = analysisKey(BUILTIN_DATASET_ID, QUARTER, 0);
    seedReach(client, reached);
    // The reach's own object: the cache shares nothing with the first screen's, so the stand-in is still known as one.
    expect(client.getQueryData(key)).toBe(reached.analysis);
    expect(snapshotHolds(client.getQueryData(key))).toEqual({ regionCodes: ['150000', '150900'], pages: REACH_PAGES });
    expect(rate(client.getQueryData<Analysis>(key), '150900')).toBe('0.98');

    await client.prefetchQuery({ ...ANALYSIS_OPTIONS, queryKey: key, queryFn: () => Promise.resolve(full) });
    seedReach(client, reached);
    expect(client.getQueryData(key)).toBe(full);
  });

  it('confirmed (the engine holds the snapshot\'s data), is final: the engine is not asked for that quarter again', async () => {
    // Its own snapshot: a confirmation sticks to the answer object.
    const { first, reached } = snapshotOf(analysisOf(QUARTER));
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const engine = heldEngine();
    const query = observe(client, BUILTIN_DATASET_ID, QUARTER, engine.run(QUARTER), false);
    // Another latest quarter than the snapshot's: not confirmed.
    expect(confirmFirstScreen(client, first, '2025Q1')).toBe(false);
    expect(isConfirmed(query.result().data)).toBe(false);
    expect(confirmFirstScreen(client, first, QUARTER)).toBe(true);
    query.ask(BUILTIN_DATASET_ID, QUARTER, true);
    expect(engine.asked).toEqual([]);
    expect(query.result().data).toBe(first.analysis);
    expect(query.result().isStale).toBe(false);

    // Its reach arrives later: the same data, more views, still confirmed and still not asked of the engine.
    seedReach(client, reached);
    expect(query.result().data).toBe(reached.analysis);
    expect(isConfirmed(query.result().data)).toBe(true);
    expect(query.result().isStale).toBe(false);
    expect(engine.asked).toEqual([]);

    // A view beyond it (a county's) asks the engine explicitly (useShownView.ts), and its answer replaces the stand-in.
    void query.refetch();
    expect(engine.asked).toEqual([QUARTER]);
    engine.answer(full);
    await vi.waitFor(() => expect(query.result().data).toBe(full));
    expect(rate(query.result().data, '150921')).toBe('0.985');
    query.unsubscribe();
  });

  it('is not confirmed once the engine has answered', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const key = analysisKey(BUILTIN_DATASET_ID, QUARTER, 0);
    await client.prefetchQuery({ ...ANALYSIS_OPTIONS, queryKey: key, queryFn: () => Promise.resolve(full) });
    expect(confirmFirstScreen(client, first, QUARTER)).toBe(false);
    expect(isConfirmed(full)).toBe(false);
  });

  it('does not take back the engine\'s failure', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const key = analysisKey(BUILTIN_DATASET_ID, QUARTER, 0);
    await client.prefetchQuery({ ...ANALYSIS_OPTIONS, queryKey: key, queryFn: () => Promise.reject(new Error('engine down')) });
    seedReach(client, reached);
    expect(client.getQueryState(key)?.status).toBe('error');
  });

  it('stands in for another quarter of the built-in dataset only as a placeholder, and never for a user\'s dataset', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    const engine = heldEngine();
    const query = observe(client, BUILTIN_DATASET_ID, QUARTER, engine.run(QUARTER), false);
    // Another quarter: the stand-in stays on screen as a placeholder (drawnView keeps the last view it held).
    query.ask(BUILTIN_DATASET_ID, '2024Q3', false);
    expect(query.result().data).toBe(first.analysis);
    expect(query.result().isPlaceholderData).toBe(true);

    // The user's files, the sample's own included, load as another dataset: nothing of the snapshot shows for it.
    query.ask('user-1', QUARTER, true, engine.run(QUARTER));
    expect(query.result().data).toBeUndefined();
    expect(query.result().isPending).toBe(true);
    const users = analysisOf(QUARTER);
    engine.answer(users);
    await vi.waitFor(() => expect(query.result().data).toBe(users));
    expect(snapshotHolds(query.result().data)).toBeNull();
    expect(client.getQueryCache().findAll({ queryKey: ['analysis', 'user-1'] }).map((q) => q.state.data)).toEqual([users]);
    query.unsubscribe();
  });

  it('shows the snapshot\'s dataset until the built-in one is loaded, and none if it fails to load', async () => {
    const client = new QueryClient();
    seedFirstScreen(client, first);
    let load: (d: Dataset) => void = () => undefined;
    const loaded = dataset(BUILTIN_DATASET_ID);
    const observer = new QueryObserver<Dataset>(client, { queryKey: DATASET_KEY, queryFn: () => new Promise<Dataset>((r) => (load = r)), staleTime: Infinity, retry: false });
    const unsubscribe = observer.subscribe(() => undefined);
    expect(observer.getCurrentResult().data).toBe(first.dataset);
    expect(observer.getCurrentResult().isPlaceholderData).toBe(true);
    expect(isStandIn(first.dataset)).toBe(true);
    load(loaded);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(loaded));
    expect(isStandIn(loaded)).toBe(false);
    unsubscribe();

    const failing = new QueryClient();
    seedFirstScreen(failing, first);
    const broken = new QueryObserver<Dataset>(failing, { queryKey: DATASET_KEY, queryFn: () => Promise.reject(new Error('no wasm')), retry: false });
    const off = broken.subscribe(() => undefined);
    await vi.waitFor(() => expect(broken.getCurrentResult().isError).toBe(true));
    expect(broken.getCurrentResult().data).toBeUndefined();
    off();
  });
});
