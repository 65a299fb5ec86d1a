// The alerts of the region and everything below it, worst first. Every
// line says what was measured, the line it crossed and the formula.
import { FUND_LABEL, RULE_LABEL } from '../../domain/labels';
import type { Alert } from '../../domain/types';
import type { AlertFundFilter } from '../view/selectors';
import { ruleValueExact, ruleValueText } from '../view/valueText';
import { alertTable } from '../view/exportRows';
import { ExportButtons } from './ExportButtons';
import { SeverityChip } from './SeverityChip';

interface AlertListProps {
  alerts: readonly Alert[];
  regionName: (code: string) => string;
  filter: AlertFundFilter;
  onFilter: (filter: AlertFundFilter) => void;
  fundLabel: string;
  scope: string;
}

export function AlertList({ alerts, regionName, filter, onFilter, fundLabel, scope }: AlertListProps) {
  return (
    <section className="card alerts-card" aria-labelledby="alerts-heading">
      <header className="card-header">
        <h2 id="alerts-heading">风险预警</h2>
        <p className="card-subtitle">{scope}</p>
        <div className="segmented" role="group" aria-label="预警范围">
          <button type="button" aria-pressed={filter === 'selected'} onClick={() => onFilter('selected')}>
            {fundLabel}
          </button>
          <button type="button" aria-pressed={filter === 'all'} onClick={() => onFilter('all')}>
            两项基金
          </button>
        </div>
        {alerts.length > 0 && <ExportButtons filename={`风险预警_${scope}`} {...alertTable(alerts, regionName)} />}
      </header>
      {alerts.length === 0 ? (
        <p className="empty" data-testid="alert-list">
          本季度该地区没有触发预警。
        </p>
      ) : (
        <ol className="alert-list" data-testid="alert-list">
          {alerts.map((alert) => (
            <li
              key={`${alert.rule}|${alert.regionCode}|${alert.fund ?? ''}|${alert.message}`}
              className={`alert alert-${alert.severity}`}
              data-testid="alert"
              data-rule={alert.rule}
              data-severity={alert.severity}
              data-region={alert.regionCode}
            >
              <div className="alert-head">
                <SeverityChip severity={alert.severity} />
                <strong className="alert-rule">{RULE_LABEL[alert.rule].zh}</strong>
                <span className="alert-region">{regionName(alert.regionCode)}</span>
                {alert.fund && <span className="alert-fund">{FUND_LABEL[alert.fund].zh}</span>}
              </div>
              <div className="alert-figures">
                <span title={ruleValueExact(alert.rule, alert.value)}>
                  实际 <b>{ruleValueText(alert.rule, alert.value)}</b>
                </span>
                <span title={ruleValueExact(alert.rule, alert.threshold)}>
                  阈值 {ruleValueText(alert.rule, alert.threshold)}
                </span>
              </div>
              <p className="alert-message">{alert.message}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
