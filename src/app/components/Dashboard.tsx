// The overview of one region, one fund, one quarter.
import { useMemo, useState } from 'react';
import { FUND_LABEL, levelName } from '../../domain/labels';
import { datasetLevelWords } from '../../domain/levelWords';
import { texts } from '../../domain/lang';
import { quarterLabel } from '../../domain/quarter';
import type { Analysis, Fund, Quarter, Region } from '../../domain/types';
import type { RegionTree } from '../view/regionTree';
import { alertsFor, countBySeverity, coverageOf, fundStatusOf, type AlertFundFilter } from '../view/selectors';
import { serializeView, type ViewState } from '../view/viewState';
import { AlertList } from './AlertList';
import { Breadcrumb } from './Breadcrumb';
import { CoverageSection } from './CoverageSection';
import { FundTrendSection } from './FundTrendSection';
import { KpiCards } from './KpiCards';
import { MonthsPayableSection } from './MonthsPayableSection';
import { TileMapSection } from './TileMapSection';
import { useLang } from '../i18n/LangProvider';
import { ZhText } from './ZhText';

const TEXT = texts(
  {
    scope: (region: string, withChildren: boolean, funds: string) => `${region}${withChildren ? '及下级地区' : ''} · ${funds}`,
    bothFunds: '两项基金',
    updating: '正在更新…',
  },
  {
    scope: (region: string, withChildren: boolean, funds: string) => `${region}${withChildren ? ' and regions below' : ''} · ${funds}`,
    bothFunds: 'Both funds',
    updating: 'Updating…',
  },
);

interface DashboardProps {
  analysis: Analysis;
  tree: RegionTree;
  region: Region;
  view: ViewState;
  updating: boolean;
  /** Where the numbers come from: the build-time snapshot until the engine has computed them (same numbers). */
  source: 'snapshot' | 'engine';
  navigate: (next: ViewState) => void;
}

export function Dashboard({ analysis, tree, region, view, updating, source, navigate }: DashboardProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const [alertFilter, setAlertFilter] = useState<AlertFundFilter>('selected');
  // The numbers on screen are the analysis's quarter, which lags the URL while a new one computes.
  const quarter: Quarter = analysis.quarter;
  const fund: Fund = view.fund;
  // The policy the analysis was computed with (resolved once, with the analysis).
  const policy = analysis.policy;
  const fundLabel = FUND_LABEL[fund][lang];
  const periodLabel = quarterLabel(quarter, lang);
  const path = tree.pathTo(region.code);
  const hasChildren = tree.childrenOf(region.code).length > 0;

  const alerts = useMemo(
    () => alertsFor(analysis, tree, region.code, fund, alertFilter),
    [analysis, tree, region.code, fund, alertFilter],
  );
  const alertScope = t.scope(region.name, hasChildren, alertFilter === 'all' ? t.bothFunds : fundLabel);
  // Below the selected region only the part of the path that differs matters.
  const regionName = (code: string) => {
    const below = tree.pathTo(code).slice(path.length);
    return below.length > 0 ? below.map((r) => r.name).join(' › ') : (tree.byCode.get(code)?.name ?? code);
  };

  const selectRegion = (code: string) => navigate({ ...view, regionCode: code });
  const selectQuarter = (q: string) => navigate({ ...view, quarter: q });
  // What every section of the overview draws from: the same region, fund and period, and where a click goes.
  const section = { analysis, tree, region, fund, fundLabel, policy, periodLabel, onSelectRegion: selectRegion, onSelectQuarter: selectQuarter };

  return (
    <main
      className="dashboard"
      data-testid="dashboard"
      data-quarter={quarter}
      data-region={region.code}
      data-fund={fund}
      data-source={source}
      aria-busy={updating}
    >
      <div className="title-row">
        <Breadcrumb path={path} onSelect={selectRegion} hrefFor={(code) => serializeView({ ...view, regionCode: code })} />
        <h1>
          <span data-testid="region-title">
            <ZhText text={region.name} />
          </span>
          <span className="title-meta">
            {levelName(region.level, lang, datasetLevelWords(analysis.regions))} · {periodLabel} · {fundLabel}
          </span>
          {updating && <span className="updating">{t.updating}</span>}
        </h1>
      </div>

      <KpiCards
        coverage={coverageOf(analysis, region.code)}
        status={fundStatusOf(analysis, region.code, fund)}
        policy={policy}
        alertCounts={countBySeverity(alerts)}
        alertScope={alertScope}
        fundLabel={fundLabel}
      />

      <div className="grid">
        <CoverageSection {...section} />
        <MonthsPayableSection {...section} />
        <FundTrendSection {...section} />
        <AlertList
          // A new scope starts again from its worst alerts.
          key={`${region.code}|${fund}|${alertFilter}`}
          alerts={alerts}
          regionName={regionName}
          filter={alertFilter}
          onFilter={setAlertFilter}
          fundLabel={fundLabel}
          scope={alertScope}
          quarter={quarter}
        />
        <TileMapSection {...section} />
      </div>
    </main>
  );
}
