// The shell: engine status until data is in, then the header and the
// dashboard for the view in the address bar. Files dropped anywhere on the
// page load like the picker's.
import { Suspense, useMemo, useState, type DragEvent } from 'react';
import { texts } from '../domain/lang';
import { errorMessage } from '../domain/messages/error';
import { compareQuarters, previousQuarter, sameQuarterLastYear } from '../domain/quarter';
import { useAnalysis, useDataset, useLoadFiles } from './data/hooks';
import { BUILTIN_DATASET_ID } from './data/sampleIdentity';
import { FIRST_SCREEN, useSnapshot } from './data/firstScreen';
import { PrerenderedCharts } from '../charts/prerendered';
import { usePrefetchQuarters } from './data/prefetch';
import { usePolicyEdit } from './data/policyEdit';
import { useStatus } from './data/progress';
import { readDrop, type PickedFiles } from './data/userFiles';
import { BigScreen } from './components/BigScreen';
import { Dashboard } from './components/Dashboard';
import { Header } from './components/Header';
import { PageTabs } from './components/PageTabs';
import { AlertsPage, AllocationPage, DataPage, PolicyPage, ReconciliationPage, ReportPage, RevisionsPage, SharingPage, StressPage } from './pages/lazyPages';
import { ImportProgress } from './components/ImportProgress';
import type { PageProps } from './pages/pageProps';
import { ProblemsPanel } from './components/ProblemsPanel';
import { buildRegionTree } from './view/regionTree';
import { useRawView } from './view/useView';
import { useScreenMode } from './view/screenMode';
import { useLang } from './i18n/LangProvider';
import { serializeLocation, type PageId } from './view/route';
import { resolveView } from './view/viewState';

const TEXT = texts(
  {
    loading: '正在载入…',
    noQuarters: '当前数据没有任何季度的数据，请载入包含 fund_flows 或 assistance_enrollment 的文件夹。',
    openingPage: '正在打开页面…',
    footer: '数据只在本机浏览器中处理，不会上传。拖入数据文件夹即可载入 · FundWatch',
    drop: '松开以载入数据文件夹',
  },
  {
    loading: 'Loading…',
    noQuarters: 'The data has no quarter at all. Load a folder with fund_flows or assistance_enrollment.',
    openingPage: 'Opening the page…',
    footer: 'Data is processed only in this browser and never uploaded. Drop a data folder anywhere to load it · FundWatch',
    drop: 'Release to load the data folder',
  },
);

export function App() {
  const lang = useLang();
  const t = TEXT[lang];
  const status = useStatus();
  const dataset = useDataset();
  const loader = useLoadFiles();
  const { raw, route, navigate } = useRawView();
  const policyEdit = usePolicyEdit(dataset.data);
  const [dragging, setDragging] = useState(false);

  // Until the engine has loaded the sample, the header and the overview of
  // its latest quarter come from the build-time snapshot (same numbers).
  const shownDataset = dataset.data ?? (dataset.isPending ? FIRST_SCREEN.dataset : undefined);
  const quarters = useMemo(
    () => [...(shownDataset?.report.quarters ?? [])].sort(compareQuarters),
    [shownDataset],
  );
  // The quarter decides the query; region and fund are resolved once the regions are known.
  const quarter =
    raw.quarter !== null && quarters.includes(raw.quarter) ? raw.quarter : (quarters[quarters.length - 1] ?? null);
  const analysis = useAnalysis(dataset.data, quarter, policyEdit.inUse);
  const screen = useScreenMode();
  // The big screen's KPIs compare with the previous quarter and the same quarter a year ago.
  const compareWith = (q: string | null) => (screen.on && q !== null && quarters.includes(q) ? q : null);
  const previous = useAnalysis(dataset.data, compareWith(quarter === null ? null : previousQuarter(quarter)), policyEdit.inUse);
  const lastYear = useAnalysis(dataset.data, compareWith(quarter === null ? null : sameQuarterLastYear(quarter)), policyEdit.inUse);
  usePrefetchQuarters(
    dataset.data,
    quarters,
    policyEdit.inUse?.file,
    policyEdit.inUse?.version ?? 0,
    analysis.isSuccess && !analysis.isPlaceholderData,
  );
  // Before the engine is up, the snapshot answers the views it holds in full
  // (the first screen and a click or two from it: snapshot.ts). A view it
  // cannot answer keeps the last one it did on screen, marked as updating,
  // until the engine can: the page is never replaced by a spinner.
  const snapshot = useSnapshot();
  const snapshotUsable =
    analysis.data === undefined &&
    (dataset.data === undefined || dataset.data.id === BUILTIN_DATASET_ID) &&
    !dataset.isError &&
    !analysis.isError &&
    (policyEdit.inUse?.version ?? 0) === 0;
  const snapshotAnswers = (regionCode: string | null, page: PageId): boolean =>
    (snapshot.pages.includes(page) || screen.on) && (regionCode === null || snapshot.regionCodes.includes(regionCode));
  const [keptView, setKeptView] = useState<{ regionCode: string | null; page: PageId } | null>(null);
  const answered = snapshotUsable && quarter === FIRST_SCREEN.quarter && snapshotAnswers(raw.regionCode, route.page);
  // Remembered by value, so setting it during render settles at once.
  if (answered && (keptView?.regionCode !== raw.regionCode || keptView.page !== route.page)) {
    setKeptView({ regionCode: raw.regionCode, page: route.page });
  }
  const kept = snapshotUsable && !answered && route.page !== 'data' && keptView !== null ? keptView : null;
  const fromSnapshot = answered || kept !== null;
  const drawnPage = kept?.page ?? route.page;
  const analysisData = analysis.data ?? (fromSnapshot ? snapshot.analysis : undefined);
  const tree = useMemo(() => buildRegionTree(analysisData?.regions ?? []), [analysisData]);
  const view =
    tree.root === null
      ? null
      : resolveView(kept ? { ...raw, quarter: FIRST_SCREEN.quarter, regionCode: kept.regionCode } : raw, {
          quarters,
          regionCodes: new Set(tree.byCode.keys()),
          rootRegionCode: tree.root.code,
        });
  const region = view ? tree.byCode.get(view.regionCode) : undefined;
  const policyFile = policyEdit.inUse?.file ?? (fromSnapshot ? FIRST_SCREEN.dataset.policyFile : undefined);
  // The policy of the year on screen, as the analysis used it.
  const policy = analysisData?.policy ?? null;
  const pageProps: PageProps | null =
    analysisData && view && policy && policyFile
      ? {
          analysis: analysisData,
          tree,
          view,
          route,
          policy,
          policyFile,
          updating: analysis.isPlaceholderData || kept !== null,
          navigate,
        }
      : null;

  const onPicked = (files: PickedFiles) => {
    if (files.files.length === 0) return;
    loader.load(files.files, files.name);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readDrop(event.dataTransfer).then(onPicked);
  };

  const failure = dataset.error ?? analysis.error ?? loader.error;
  const error = status.fatal?.[lang] ?? (failure ? errorMessage(failure, lang) : null);
  const progress =
    status.message?.[lang] ?? (dataset.isPending || (analysis.isPending && quarter !== null) ? t.loading : null);
  // Over the snapshot the status floats, so that its going away moves nothing on screen.
  const statusFloats = fromSnapshot;

  if (screen.on && pageProps && region) {
    const same = (a: typeof previous) => (a.data && !a.isPlaceholderData ? a.data : undefined);
    return (
      <BigScreen
        analysis={pageProps.analysis}
        previous={same(previous)}
        lastYear={same(lastYear)}
        tree={tree}
        region={region}
        view={pageProps.view}
        navigate={navigate}
        onExit={() => screen.set(false)}
      />
    );
  }

  return (
    <PrerenderedCharts.Provider value={FIRST_SCREEN.pictures}>
    <div
      className={`app ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <Header
        datasetName={shownDataset?.name ?? null}
        isSample={shownDataset?.isSample ?? false}
        quarters={[...quarters].reverse()}
        quarter={view?.quarter ?? quarter}
        fund={view?.fund ?? 'resident'}
        onQuarter={(q) => view && navigate({ ...view, quarter: q })}
        onFund={(f) => view && navigate({ ...view, fund: f })}
        onPicked={onPicked}
        loading={loader.pending}
        onBigScreen={() => screen.set(true)}
      />
      <ImportProgress />
      {progress !== null && (
        <div
          className={`status ${statusFloats ? 'status-floating' : ''}`}
          data-testid="engine-status"
          role="status"
          aria-live="polite"
        >
          <span className="spinner" aria-hidden="true" />
          {progress}
        </div>
      )}
      {error && (
        <div className="card error" role="alert">
          {error}
        </div>
      )}
      {loader.failed && !loader.failed.ok && !loader.failed.report.cancelled && route.page !== 'data' && (
        <ProblemsPanel
          problems={loader.failed.report.problems}
          keptName={dataset.data?.name[lang] ?? null}
          onClose={loader.dismiss}
        />
      )}
      {shownDataset && quarters.length === 0 && (
        <div className="card empty">{t.noQuarters}</div>
      )}
      {pageProps && view && (
        <PageTabs
          page={drawnPage}
          hrefFor={(page) => serializeLocation(view, { ...route, page })}
          onSelect={(page) => navigate(view, { ...route, page })}
          policyEdited={policyEdit.edited}
        />
      )}
      {pageProps && region && drawnPage === 'overview' && (
        <Dashboard
          analysis={pageProps.analysis}
          tree={tree}
          region={region}
          view={pageProps.view}
          updating={pageProps.updating}
          source={fromSnapshot ? 'snapshot' : 'engine'}
          navigate={navigate}
        />
      )}
      <Suspense fallback={<div className="status" role="status">{t.openingPage}</div>}>
      {pageProps && drawnPage === 'sharing' && <SharingPage {...pageProps} />}
      {pageProps && drawnPage === 'allocation' && <AllocationPage {...pageProps} />}
      {pageProps && drawnPage === 'reconciliation' && <ReconciliationPage {...pageProps} />}
      {pageProps && drawnPage === 'alerts' && <AlertsPage {...pageProps} />}
      {pageProps && drawnPage === 'stress' && <StressPage {...pageProps} />}
      {route.page === 'data' && (
        <DataPage
          dataset={dataset.data}
          lastFailure={loader.failed && !loader.failed.ok ? loader.failed.report : null}
          quarter={quarter}
          policy={policyEdit.inUse}
          policyEdited={policyEdit.edited}
          regionName={(code) => tree.byCode.get(code)?.name ?? code}
          loading={loader.pending}
          onPicked={onPicked}
        />
      )}
      {pageProps && drawnPage === 'policy' && (
        <PolicyPage {...pageProps} edited={policyEdit.edited} onApply={policyEdit.apply} onReset={policyEdit.reset} />
      )}
      {pageProps && dataset.data && drawnPage === 'revisions' && (
        <RevisionsPage {...pageProps} dataset={dataset.data} policyInUse={policyEdit.inUse} />
      )}
      {pageProps && dataset.data && drawnPage === 'report' && (
        <ReportPage {...pageProps} dataset={dataset.data} policyInUse={policyEdit.inUse} />
      )}
      </Suspense>
      <footer className="footer">{t.footer}</footer>
      {dragging && <div className="drop-overlay">{t.drop}</div>}
    </div>
    </PrerenderedCharts.Provider>
  );
}
