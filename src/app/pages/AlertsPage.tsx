// 预警清单: every alert of the quarter, all regions and both funds, filtered
// from the address bar, worst first, each linking to the view that explains it.
import { useMemo } from 'react';
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { quarterLabel } from '../../domain/quarter';
import { RULE_IDS } from '../../domain/rules';
import { FUNDS, SEVERITIES, type Fund, type RuleId, type Severity } from '../../domain/types';
import { PageTitle } from '../components/PageTitle';
import { ExportButtons } from '../components/ExportButtons';
import { SeverityChip } from '../components/SeverityChip';
import { alertTable } from '../view/exportRows';
import { alertTarget, filterAlerts } from '../view/alertsView';
import { serializeLocation, type AlertFilters } from '../view/route';
import { countBySeverity } from '../view/selectors';
import { ruleValueExact, ruleValueText } from '../view/valueText';
import type { PageProps } from './pageProps';

export function AlertsPage({ analysis, tree, view, route, updating, navigate }: PageProps) {
  const { severity, rule, fund } = route.alerts;
  // A region code from the address bar that this dataset does not have filters nothing.
  const region = route.alerts.region !== null && tree.byCode.has(route.alerts.region) ? route.alerts.region : null;
  const effective: AlertFilters = { severity, rule, fund, region };
  const alerts = useMemo(() => filterAlerts(analysis, tree, { severity, rule, fund, region }), [analysis, tree, severity, rule, fund, region]);
  // Counts ignore the severity filter, so they say what each choice would show.
  const counts = useMemo(
    () => countBySeverity(filterAlerts(analysis, tree, { severity: null, rule, fund, region })),
    [analysis, tree, rule, fund, region],
  );
  const setFilter = (patch: Partial<AlertFilters>) => navigate(view, { ...route, alerts: { ...effective, ...patch } });
  const regionName = (code: string) =>
    tree
      .pathTo(code)
      .slice(1)
      .map((r) => r.name)
      .join(' › ') || (tree.byCode.get(code)?.name ?? code);
  const regionOptions = useMemo(() => {
    const root = tree.root;
    if (!root) return [];
    const out: { code: string; label: string }[] = [{ code: root.code, label: root.name }];
    for (const city of tree.childrenOf(root.code)) {
      out.push({ code: city.code, label: `\u3000${city.name}` });
      for (const county of tree.childrenOf(city.code)) out.push({ code: county.code, label: `\u3000\u3000${county.name}` });
    }
    return out;
  }, [tree]);

  return (
    <main className="dashboard page" data-testid="page-alerts" aria-busy={updating}>
      <PageTitle title="预警清单" meta={`${quarterLabel(analysis.quarter)} · 全部地区 · 两项基金`} updating={updating} />
      <div className="card toolbar filters">
        <label className="field">
          <span>严重程度</span>
          <select
            data-testid="filter-severity"
            value={effective.severity ?? ''}
            onChange={(e) => setFilter({ severity: (e.currentTarget.value || null) as Severity | null })}
          >
            <option value="">全部</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s].zh}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>预警规则</span>
          <select
            data-testid="filter-rule"
            value={effective.rule ?? ''}
            onChange={(e) => setFilter({ rule: (e.currentTarget.value || null) as RuleId | null })}
          >
            <option value="">全部</option>
            {RULE_IDS.map((r) => (
              <option key={r} value={r}>
                {RULE_LABEL[r].zh}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>基金</span>
          <select
            data-testid="filter-fund"
            value={effective.fund ?? ''}
            onChange={(e) => setFilter({ fund: (e.currentTarget.value || null) as Fund | null })}
          >
            <option value="">两项基金</option>
            {FUNDS.map((f) => (
              <option key={f} value={f}>
                {FUND_LABEL[f].zh}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>地区（含下级）</span>
          <select
            data-testid="filter-region"
            value={effective.region ?? ''}
            onChange={(e) => setFilter({ region: e.currentTarget.value || null })}
          >
            <option value="">全部地区</option>
            {regionOptions.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <div className="kpi-counts" data-testid="alert-counts" aria-label="各级别预警数">
          {SEVERITIES.map((s) => (
            <span key={s} className={`count count-${s}`} data-testid={`count-${s}`} data-count={counts[s]}>
              {SEVERITY_LABEL[s].zh} {counts[s]}
            </span>
          ))}
        </div>
      </div>

      <section className="card" aria-labelledby="alerts-page-heading">
        <header className="card-header">
          <h2 id="alerts-page-heading">预警 {alerts.length} 条</h2>
          <p className="card-subtitle">按严重程度排序（红 → 橙 → 黄 → 蓝），同级按规则、地区</p>
          {alerts.length > 0 && <ExportButtons filename={`预警清单_${analysis.quarter}`} {...alertTable(alerts, regionName)} />}
        </header>
        {alerts.length === 0 ? (
          <p className="empty" data-testid="alert-list">
            没有符合条件的预警。
          </p>
        ) : (
          <ol className="alert-list wide" data-testid="alert-list">
            {alerts.map((alert) => {
              const target = alertTarget(alert, tree, view);
              return (
                <li
                  key={`${alert.rule}|${alert.regionCode}|${alert.fund ?? ''}|${alert.message}`}
                  className={`alert alert-${alert.severity}`}
                  data-testid="alert"
                  data-rule={alert.rule}
                  data-severity={alert.severity}
                  data-region={alert.regionCode}
                  data-fund={alert.fund ?? ''}
                >
                  <div className="alert-head">
                    <SeverityChip severity={alert.severity} />
                    <strong className="alert-rule">{RULE_LABEL[alert.rule].zh}</strong>
                    <span className="alert-region">{regionName(alert.regionCode)}</span>
                    {alert.fund && <span className="alert-fund">{FUND_LABEL[alert.fund].zh}</span>}
                    <a
                      className="alert-link"
                      data-testid="alert-link"
                      href={serializeLocation(target.view, target.route)}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                        event.preventDefault();
                        navigate(target.view, target.route);
                      }}
                    >
                      {target.label} ›
                    </a>
                  </div>
                  <div className="alert-figures">
                    <span title={ruleValueExact(alert.rule, alert.value)}>
                      实际 <b>{ruleValueText(alert.rule, alert.value)}</b>
                    </span>
                    <span title={ruleValueExact(alert.rule, alert.threshold)}>阈值 {ruleValueText(alert.rule, alert.threshold)}</span>
                  </div>
                  <p className="alert-message">{alert.message}</p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </main>
  );
}
