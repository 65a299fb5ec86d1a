// The shell: the view in the address bar, the header, the page open, and
// the big screen. What is on screen comes from the query cache
// (shell/useShownView.ts): the first screen's snapshot until the engine's
// numbers replace it. Files dropped anywhere on the page load like the picker's.
import { useEffect, useRef, type MouseEvent } from 'react';
import { texts } from '../domain/lang';
import { useDataset, useLoadFiles } from './data/hooks';
import { usePolicyEdit } from './data/policyEdit';
import type { PickedFiles } from './data/userFiles';
import { Header } from './components/Header';
import { ImportProgress } from './components/ImportProgress';
import { useLang } from './i18n/LangProvider';
import { BigScreenShell } from './shell/BigScreenShell';
import { PageErrorBoundary } from './shell/PageErrorBoundary';
import { PageSwitch } from './shell/PageSwitch';
import { LinkNotes } from './shell/LinkNotes';
import { ShellStatus } from './shell/ShellStatus';
import { useFileDrop } from './shell/useFileDrop';
import { useShownView } from './shell/useShownView';
import { useRawView } from './view/useView';
import { fundOf } from './view/viewState';
import { useScreenMode } from './view/screenMode';
import { serializeLocation } from './view/route';
import { fundScopeNote } from './view/fundScope';
import { otherData, useAddressData } from './view/dataParam';

const TEXT = texts(
  {
    footer: '数据只在本机浏览器中处理，不会上传。拖入数据文件夹即可载入 · FundWatch',
    skip: '跳到正文',
    drop: '松开以载入数据文件夹',
  },
  {
    footer: 'Data is processed only in this browser and never uploaded. Drop a data folder anywhere to load it · FundWatch',
    skip: 'Skip to content',
    drop: 'Release to load the data folder',
  },
);

export function App() {
  const lang = useLang();
  const t = TEXT[lang];
  const dataset = useDataset();
  const loader = useLoadFiles();
  const address = useRawView();
  const policyEdit = usePolicyEdit(dataset.loaded);
  const screen = useScreenMode();
  const addressData = useAddressData(dataset.loaded, lang);
  const shown = useShownView(dataset, policyEdit, address, screen.on);
  const { pageProps, region } = shown;
  const view = pageProps?.view ?? null;
  const onPicked = (files: PickedFiles): void => {
    if (files.files.length > 0 || files.emptyFolder) loader.load(files.files, files.name);
  };
  const drop = useFileDrop(onPicked);
  // Leaving the big screen (its Leave button, Esc) puts focus back on the button that opened it, not on <body>.
  const leftBigScreen = useRef(false);
  useEffect(() => {
    if (screen.on || !leftBigScreen.current) return;
    leftBigScreen.current = false;
    document.querySelector<HTMLElement>('[data-testid="bigscreen-button"]')?.focus();
  }, [screen.on]);

  const other = otherData(addressData, dataset.shown);
  const isSample = dataset.shown?.isSample === true;
  const sampleNote = isSample || other !== null ? { isSample, otherData: other } : null;

  if (screen.on && pageProps && region) {
    const exit = () => {
      leftBigScreen.current = true;
      screen.set(false);
    };
    return <BigScreenShell page={pageProps} region={region} dataset={dataset.loaded} quarters={shown.quarters} quarter={shown.quarter} policy={policyEdit.inUse} sample={sampleNote} onExit={exit} />;
  }

  return (
    <div className={`app ${drop.dragging ? 'dragging' : ''}`} {...drop.handlers}>
      {/* The header's controls and the ten page tabs are 18 tab stops: the first one skips them (shown when focused). */}
      <a className="skip-link" href="#main" data-testid="skip-link" onClick={skipToContent}>
        {t.skip}
      </a>
      <Header
        datasetName={dataset.shown?.name ?? null}
        isSample={dataset.shown?.isSample ?? false}
        quarters={[...shown.quarters].reverse()}
        quarter={view?.quarter ?? shown.quarter}
        fund={view?.fund ?? fundOf(address.raw)}
        // With no view drawn yet (the user's files still computing), the pick goes into the address: it is not lost.
        onQuarter={(q) => (pageProps ? pageProps.navigate({ ...pageProps.view, quarter: q }) : address.change({ quarter: q }))}
        onFund={(f) => (pageProps ? pageProps.navigate({ ...pageProps.view, fund: f }) : address.change({ fund: f }))}
        fundScope={fundScopeNote(address.route.page, lang)}
        onPicked={onPicked}
        loading={loader.pending}
        onBigScreen={() => screen.set(true)}
      />
      <ImportProgress />
      <ShellStatus dataset={dataset} loader={loader} shown={shown} onDataPage={address.route.page === 'data'} />
      <LinkNotes addressData={addressData} dataset={dataset.shown} raw={address.raw} quarters={shown.quarters} quarter={shown.quarter} tree={shown.tree} />
      <PageErrorBoundary resetKey={view ? serializeLocation(view, address.route) : address.route.page} lang={lang}>
        <PageSwitch shown={shown} address={address} dataset={dataset} loader={loader} policyEdit={policyEdit} onPicked={onPicked} />
      </PageErrorBoundary>
      <footer className="footer">{t.footer}</footer>
      {drop.dragging && <div className="drop-overlay">{t.drop}</div>}
    </div>
  );
}

/** Focus the page's <main> (each page renders its own): focusable for this only, so a click elsewhere never outlines it. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>): void {
  const main = document.querySelector('main');
  if (main === null) return;
  event.preventDefault();
  main.setAttribute('tabindex', '-1');
  main.focus();
}
