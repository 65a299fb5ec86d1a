// 预警清单: every alert of the quarter, all regions and both funds, filtered
// from the address bar, worst first, each linking to the view that explains it.
import { useMemo } from 'react';
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { quarterLabel } from '../../domain/quarter';
import { RULE_IDS } from '../../domain/rules';
import { FUNDS, SEVERITIES, type Fund, type RuleId, type Severity } from '../../domain/types';
import { PageTitle } from '../components/PageTitle';
import { ExportButtons } from '../components/ExportButtons';
import { SeverityChip } from '../components/SeverityChip';
import { alertTable } from '../view/exportRows';
import { alertTitle, alertMessage, alertTarget, filterAlerts } from '../view/alertsView';
import { useLang } from '../i18n/LangProvider';
import { serializeLocation, type AlertFilters } from '../view/route';
import { countBySeverity } from '../view/selectors';
import { ruleValueExact, ruleValueText } from '../view/valueText';
import type { PageProps } from './pageProps';

const TEXT = texts(
  {
    title: '预警清单',
    meta: (period: string) => `${period} · 全部地区 · 两项基金`,
    severity: '严重程度',
    all: '全部',
    rule: '预警规则',
    fund: '基金',
    bothFunds: '两项基金',
    region: '地区（含下级）',
    allRegions: '全部地区',
    counts: '各级别预警数',
    heading: (n: number) => `预警 ${n} 条`,
    order: '按严重程度排序（红 → 橙 → 黄 → 蓝），同级按规则、地区',
    file: (quarter: string) => `预警清单_${quarter}`,
    none: '没有符合条件的预警。',
    actual: '实际',
    threshold: '阈值',
  },
  {
    title: 'Alerts',
    meta: (period: string) => `${period} · all regions · both funds`,
    severity: 'Severity',
    all: 'All',
    rule: 'Rule',
    fund: 'Fund',
    bothFunds: 'Both funds',
    region: 'Region (and below)',
    allRegions: 'All regions',
    counts: 'Alerts by severity',
    heading: (n: number) => `${n} alert${n === 1 ? '' : 's'}`,
    order: 'Worst first (red → orange → yellow → blue), then by rule and region',
    file: (quarter: string) => `alerts_${quarter}`,
    none: 'No alert matches the filters.',
    actual: 'Actual',
    threshold: 'Threshold',
  },
);

export function AlertsPage({ analysis, tree, view, route, updating, navigate }: PageProps) {
  const lang = useLang();
  const t = TEXT[lang];
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
      <PageTitle title={t.title} meta={t.meta(quarterLabel(analysis.quarter, lang))} updating={updating} />
      <div className="card toolbar filters">
        <label className="field">
          <span>{t.severity}</span>
          <select
            data-testid="filter-severity"
            value={effective.severity ?? ''}
            onChange={(e) => setFilter({ severity: (e.currentTarget.value || null) as Severity | null })}
          >
            <option value="">{t.all}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABEL[s][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.rule}</span>
          <select
            data-testid="filter-rule"
            value={effective.rule ?? ''}
            onChange={(e) => setFilter({ rule: (e.currentTarget.value || null) as RuleId | null })}
          >
            <option value="">{t.all}</option>
            {RULE_IDS.map((r) => (
              <option key={r} value={r}>
                {RULE_LABEL[r][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.fund}</span>
          <select
            data-testid="filter-fund"
            value={effective.fund ?? ''}
            onChange={(e) => setFilter({ fund: (e.currentTarget.value || null) as Fund | null })}
          >
            <option value="">{t.bothFunds}</option>
            {FUNDS.map((f) => (
              <option key={f} value={f}>
                {FUND_LABEL[f][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.region}</span>
          <select
            data-testid="filter-region"
            value={effective.region ?? ''}
            onChange={(e) => setFilter({ region: e.currentTarget.value || null })}
          >
            <option value="">{t.allRegions}</option>
            {regionOptions.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <div className="kpi-counts" data-testid="alert-counts" aria-label={t.counts}>
          {SEVERITIES.map((s) => (
            <span key={s} className={`count count-${s}`} data-testid={`count-${s}`} data-count={counts[s]}>
              {SEVERITY_LABEL[s][lang]} {counts[s]}
            </span>
          ))}
        </div>
      </div>

      <section className="card" aria-labelledby="alerts-page-heading">
        <header className="card-header">
          <h2 id="alerts-page-heading">{t.heading(alerts.length)}</h2>
          <p className="card-subtitle">{t.order}</p>
          {alerts.length > 0 && <ExportButtons filename={t.file(analysis.quarter)} {...alertTable(alerts, regionName, lang)} />}
        </header>
        {alerts.length === 0 ? (
          <p className="empty" data-testid="alert-list">
            {t.none}
          </p>
        ) : (
          <ol className="alert-list wide" data-testid="alert-list">
            {alerts.map((alert) => {
              const target = alertTarget(alert, tree, view, lang);
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
                    <strong className="alert-rule">{alertTitle(alert, lang)}</strong>
                    <span className="alert-region">{regionName(alert.regionCode)}</span>
                    {alert.fund && <span className="alert-fund">{FUND_LABEL[alert.fund][lang]}</span>}
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
                    <span title={ruleValueExact(alert.rule, alert.value, lang)}>
                      {t.actual} <b>{ruleValueText(alert.rule, alert.value, lang)}</b>
                    </span>
                    <span title={ruleValueExact(alert.rule, alert.threshold, lang)}>
                      {t.threshold} {ruleValueText(alert.rule, alert.threshold, lang)}
                    </span>
                  </div>
                  <p className="alert-message">{alertMessage(alert, lang)}</p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </main>
  );
}
