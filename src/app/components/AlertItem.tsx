// One alert as a line of the list: its band, the rule, what was measured and
// the line it crossed (exact on hover), and the sentence that explains it.
// The overview's list and the alert page's groups show alerts the same way,
// and export them the same way.
import type { ReactNode } from 'react';
import { FUND_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import type { MoneyUnit } from '../../domain/moneyUnit';
import type { Alert } from '../../domain/types';
import { useLang } from '../i18n/LangProvider';
import { alertMessage, alertTitle } from '../view/alertsView';
import { exportOnClick } from '../view/table';
import { alertSpec } from '../view/tables/alerts';
import { ExportButtons } from './ExportButtons';
import { ruleValueExact, ruleValueTexts } from '../view/valueText';
import { SeverityChip } from './SeverityChip';
import { ZhRuns, ZhText } from './ZhText';

const TEXT = texts({ actual: '实际', threshold: '阈值' }, { actual: 'Actual', threshold: 'Threshold' });

interface AlertItemProps {
  alert: Alert;
  /** The region's name, where the list mixes regions. */
  region?: string;
  /** A link to the view that explains it, at the end of its head. */
  link?: ReactNode;
  /** The money unit of the list it is in (alertsMoneyUnit): its figures read in it where they keep two digits. */
  unit?: MoneyUnit | undefined;
}

export function AlertItem({ alert, region, link, unit }: AlertItemProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const [value, threshold] = ruleValueTexts(alert.rule, alert.value, alert.threshold, lang, unit);
  return (
    <li
      className={`alert alert-${alert.severity}`}
      data-testid="alert"
      data-rule={alert.rule}
      data-severity={alert.severity}
      data-region={alert.regionCode}
      data-fund={alert.fund ?? ''}
    >
      <div className="alert-head">
        <SeverityChip severity={alert.severity} />
        <strong className="alert-rule">{alertTitle(alert, lang)}</strong>
        {region !== undefined && <span className="alert-region">
            <ZhText text={region} />
          </span>}
        {alert.fund && <span className="alert-fund">{FUND_LABEL[alert.fund][lang]}</span>}
        {link}
      </div>
      <div className="alert-figures">
        <span title={ruleValueExact(alert.rule, alert.value, lang)}>
          {t.actual} <b>{value}</b>
        </span>
        <span title={ruleValueExact(alert.rule, alert.threshold, lang)}>
          {t.threshold} {threshold}
        </span>
      </div>
      <p className="alert-message">
        <ZhRuns text={alertMessage(alert, lang, unit)} />
      </p>
    </li>
  );
}

/** The alerts listed, as CSV/XLSX (one row an alert); nothing when there are none. */
export function AlertsExport({ alerts, regionName, filename }: { alerts: readonly Alert[]; regionName: (code: string) => string; filename: string }) {
  const lang = useLang();
  if (alerts.length === 0) return null;
  return <ExportButtons filename={filename} {...exportOnClick(alertSpec(alerts, regionName, lang), lang)} />;
}
