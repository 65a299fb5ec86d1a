// The tabs and the page open: the overview, the other pages (each its own
// chunk), the data page (which needs no analysis).
import { Suspense } from 'react';
import { texts } from '../../domain/lang';
import { Dashboard } from '../components/Dashboard';
import { PageTabs } from '../components/PageTabs';
import type { CurrentDataset, LoadFiles } from '../data/hooks';
import type { PolicyEdit } from '../data/policyEdit';
import type { PickedFiles } from '../data/userFiles';
import { useLang } from '../i18n/LangProvider';
import { AlertsPage, AllocationPage, DataPage, PolicyPage, ReconciliationPage, ReportPage, RevisionsPage, SharingPage, StressPage } from '../pages/lazyPages';
import { serializeLocation, type PageId } from '../view/route';
import type { RawView } from '../view/useView';
import type { ShownView } from './useShownView';

const TEXT = texts({ openingPage: '正在打开页面…' }, { openingPage: 'Opening the page…' });

interface PageSwitchProps {
  shown: ShownView;
  /** The address as typed: the tabs' links before the data has resolved a view. */
  address: RawView;
  dataset: CurrentDataset;
  loader: LoadFiles;
  policyEdit: PolicyEdit;
  onPicked: (files: PickedFiles) => void;
}

export function PageSwitch({ shown, address, dataset, loader, policyEdit, onPicked }: PageSwitchProps) {
  const t = TEXT[useLang()];
  const { pageProps: props, page, region, tree } = shown;
  const loaded = dataset.loaded;
  // Before the engine has computed the view (an address the first screen does not hold), the tabs
  // keep the address's own view: another page, the data page above all, is one click away meanwhile.
  const routeTo = (p: PageId) => ({ ...(props?.route ?? address.route), page: p });
  return (
    <>
      <PageTabs
        page={page}
        hrefFor={(p) => serializeLocation(props?.view ?? address.raw, routeTo(p))}
        onSelect={(p) => (props ? props.navigate(props.view, routeTo(p)) : address.goTo(routeTo(p)))}
        policyEdited={policyEdit.edited}
      />
      {props && region && page === 'overview' && (
        <Dashboard
          analysis={props.analysis}
          tree={tree}
          region={region}
          view={props.view}
          updating={props.updating}
          source={shown.fromSnapshot ? 'snapshot' : 'engine'}
          navigate={props.navigate}
        />
      )}
      <Suspense fallback={<div className="status" role="status">{t.openingPage}</div>}>
        {props && page === 'sharing' && <SharingPage {...props} />}
        {props && page === 'allocation' && <AllocationPage {...props} />}
        {props && page === 'reconciliation' && <ReconciliationPage {...props} />}
        {props && page === 'alerts' && <AlertsPage {...props} />}
        {props && page === 'stress' && <StressPage {...props} />}
        {page === 'data' && (
          <DataPage
            dataset={loaded}
            lastFailure={loader.failed && !loader.failed.ok ? loader.failed.report : null}
            quarter={shown.quarter}
            policy={policyEdit.inUse}
            policyEdited={policyEdit.edited}
            regionName={(code) => tree.byCode.get(code)?.name ?? code}
            words={shown.words}
            loading={loader.pending}
            onPicked={onPicked}
          />
        )}
        {props && page === 'policy' && <PolicyPage {...props} edited={policyEdit.edited} onApply={policyEdit.apply} onReset={policyEdit.reset} />}
        {props && loaded && page === 'revisions' && <RevisionsPage {...props} dataset={loaded} policyInUse={policyEdit.inUse} />}
        {props && loaded && page === 'report' && <ReportPage {...props} dataset={loaded} policyInUse={policyEdit.inUse} />}
      </Suspense>
    </>
  );
}
