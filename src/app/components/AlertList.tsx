// The alerts of the region and everything below it, worst first. Every
// line says what was measured, the line it crossed and the formula.
import { useMemo, useState } from 'react';
import { texts } from '../../domain/lang';
import type { Alert } from '../../domain/types';
import type { AlertFundFilter } from '../view/selectors';
import { alertKey } from '../view/tables/alerts';
import { AlertItem, AlertsExport } from './AlertItem';
import { alertsMoneyUnit } from '../view/alertsView';
import { AlertListOrNone } from './AlertListOrNone';
import { useLang } from '../i18n/LangProvider';
import { ZhRuns } from './ZhText';

const TEXT = texts(
  {
    title: '风险预警',
    scope: '预警范围',
    bothFunds: '两项基金',
    file: (scope: string, quarter: string) => `风险预警_${scope}_${quarter}`,
    none: '本季度该地区没有触发预警。',
    more: (shown: number, total: number) => `显示更多（已显示 ${shown} / 共 ${total} 条）`,
    printed: (shown: number, total: number) => `本页打印了前 ${shown} 条预警（共 ${total} 条）；完整清单见“预警”页或导出的报告。`,
  },
  {
    title: 'Risk alerts',
    scope: 'Alert scope',
    bothFunds: 'Both funds',
    file: (scope: string, quarter: string) => `alerts_${scope}_${quarter}`,
    none: 'No alert was raised for this region this quarter.',
    more: (shown: number, total: number) => `Show more (${shown} of ${total} shown)`,
    printed: (shown: number, total: number) => `The first ${shown} of ${total} alerts are printed here; the Alerts page and the exported report list them all.`,
  },
);

interface AlertListProps {
  alerts: readonly Alert[];
  regionName: (code: string) => string;
  filter: AlertFundFilter;
  onFilter: (filter: AlertFundFilter) => void;
  fundLabel: string;
  scope: string;
  /** The alerts' quarter, in the export's file name (as 预警清单_2024Q4). */
  quarter: string;
}

/**
 * Alerts drawn at first, worst first; more on request. A province ten times
 * the sample has well over a thousand: drawing them all on every click would
 * cost more than the charts, for a list that shows a dozen at a time.
 */
export const ALERTS_PAGE = 40;

export function AlertList({ alerts, regionName, filter, onFilter, fundLabel, scope, quarter }: AlertListProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const [shown, setShown] = useState(ALERTS_PAGE);
  const visible = alerts.length > shown ? alerts.slice(0, shown) : alerts;
  // One money unit for the whole list, those not drawn yet too: "show more" never changes how a figure reads.
  const unit = useMemo(() => alertsMoneyUnit(alerts, lang), [alerts, lang]);
  return (
    <section className="card alerts-card" aria-labelledby="alerts-heading">
      <header className="card-header">
        <h2 id="alerts-heading">{t.title}</h2>
        <p className="card-subtitle">
          <ZhRuns text={scope} />
        </p>
        <div className="segmented" role="group" aria-label={t.scope}>
          <button type="button" aria-pressed={filter === 'selected'} onClick={() => onFilter('selected')}>
            {fundLabel}
          </button>
          <button type="button" aria-pressed={filter === 'all'} onClick={() => onFilter('all')}>
            {t.bothFunds}
          </button>
        </div>
        <AlertsExport alerts={alerts} regionName={regionName} filename={t.file(scope, quarter)} />
      </header>
      <AlertListOrNone count={alerts.length} none={t.none} className="alert-list">
        {visible.map((alert) => (
          <AlertItem key={alertKey(alert)} alert={alert} region={regionName(alert.regionCode)} unit={unit} />
        ))}
        {visible.length < alerts.length && (
          <li className="alert-more">
            <button type="button" data-testid="alert-more" onClick={() => setShown((n) => n + ALERTS_PAGE)}>
              {t.more(visible.length, alerts.length)}
            </button>
          </li>
        )}
        {visible.length < alerts.length && (
          <li className="print-only" data-testid="alert-printed">
            {t.printed(visible.length, alerts.length)}
          </li>
        )}
      </AlertListOrNone>
    </section>
  );
}
