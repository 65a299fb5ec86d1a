// 预警清单: every alert of the quarter, all regions and both funds, filtered
// from the address bar, worst first, each linking to the view that explains it.
import { useMemo } from 'react';
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { quarterLabel } from '../../domain/quarter';
import { RULE_IDS } from '../../domain/policy/rules';
import { FUNDS, SEVERITIES } from '../../domain/types';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { SeverityChip } from '../components/SeverityChip';
import { AlertItem, AlertsExport } from '../components/AlertItem';
import { AlertListOrNone } from '../components/AlertListOrNone';
import { alertKey } from '../view/tables/alerts';
import { alertPage, alertsMoneyUnit, alertTarget, filterAlerts, groupAlerts } from '../view/alertsView';
import { useLang } from '../i18n/LangProvider';
import { serializeLocation, type AlertFilters } from '../view/route';
import { countBySeverity } from '../view/selectors';
import type { PageProps } from './pageProps';
import { ZhText } from '../components/ZhText';

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
    shown: (first: number, last: number, total: number) => `显示第 ${first}–${last} 条 / 共 ${total} 条`,
    scope: (region: string, fund: string, extra: string) => `${region} · ${fund}${extra}`,
    order: '按地区和规则分组，最严重的组在前（红 → 橙 → 黄 → 蓝），同级按规则、地区',
    groupCount: (n: number) => `${n} 条`,
    pager: '预警清单分页',
    prev: '‹ 上一页',
    next: '下一页 ›',
    pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
    file: (quarter: string) => `预警清单_${quarter}`,
    none: '没有符合条件的预警。',
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
    shown: (first: number, last: number, total: number) => `Showing ${first}–${last} of ${total} alerts`,
    scope: (region: string, fund: string, extra: string) => `${region} · ${fund}${extra}`,
    order: 'Grouped by region and rule, worst group first (red → orange → yellow → blue), then by rule and region',
    groupCount: (n: number) => `${n} alert${n === 1 ? '' : 's'}`,
    pager: 'Pages of the alert list',
    prev: '‹ Previous',
    next: 'Next ›',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    file: (quarter: string) => `alerts_${quarter}`,
    none: 'No alert matches the filters.',
  },
);

export function AlertsPage({ analysis, tree, view, route, updating, navigate }: PageProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const { severity, rule, fund, page: pageNumber } = route.alerts;
  // A region code from the address bar that this dataset does not have filters nothing.
  const region = route.alerts.region !== null && tree.byCode.has(route.alerts.region) ? route.alerts.region : null;
  const alerts = useMemo(() => filterAlerts(analysis, tree, { severity, rule, fund, region, page: 1 }), [analysis, tree, severity, rule, fund, region]);
  const groups = useMemo(() => groupAlerts(alerts), [alerts]);
  // One money unit for the list, every page of it: turning a page never changes how a figure reads.
  const unit = useMemo(() => alertsMoneyUnit(alerts, lang), [alerts, lang]);
  const shown = alertPage(groups, pageNumber);
  const effective: AlertFilters = { severity, rule, fund, region, page: shown.page };
  // Counts ignore the severity filter, so they say what each choice would show.
  const counts = useMemo(
    () => countBySeverity(filterAlerts(analysis, tree, { severity: null, rule, fund, region, page: 1 })),
    [analysis, tree, rule, fund, region],
  );
  const regionName = (code: string) =>
    tree
      .pathTo(code)
      .slice(1)
      .map((r) => r.name)
      .join(' › ') || (tree.byCode.get(code)?.name ?? code);
  // A new filter starts again from the first page.
  const setFilter = (patch: Partial<AlertFilters>) => navigate(view, { ...route, alerts: { ...effective, page: 1, ...patch } });
  const pageHref = (page: number) => serializeLocation(view, { ...route, alerts: { ...effective, page } });
  const scopeExtra = [severity ? SEVERITY_LABEL[severity][lang] : null, rule ? RULE_LABEL[rule][lang] : null].filter(Boolean).map((x) => ` · ${x}`).join('');
  const scope = t.scope(region ? regionName(region) : t.allRegions, fund ? FUND_LABEL[fund][lang] : t.bothFunds, scopeExtra);
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

  // The four filters, each with its "all" choice first (empty in the address bar).
  const filters = [
    { key: 'severity', label: t.severity, all: t.all, options: SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABEL[s][lang] })) },
    { key: 'rule', label: t.rule, all: t.all, options: RULE_IDS.map((r) => ({ value: r, label: RULE_LABEL[r][lang] })) },
    { key: 'fund', label: t.fund, all: t.bothFunds, options: FUNDS.map((f) => ({ value: f, label: FUND_LABEL[f][lang] })) },
    { key: 'region', label: t.region, all: t.allRegions, options: regionOptions.map((o) => ({ value: o.code, label: o.label })) },
  ] as const;

  return (
    <main className="dashboard page" data-testid="page-alerts" aria-busy={updating}>
      <PageTitle title={t.title} meta={t.meta(quarterLabel(analysis.quarter, lang))} updating={updating} />
      <div className="card toolbar filters">
        {filters.map((f) => (
          <SelectField
            key={f.key}
            label={f.label}
            testId={`filter-${f.key}`}
            value={effective[f.key] ?? ''}
            options={[{ value: '', label: f.all }, ...f.options]}
            // The select offers only this filter's values, so the choice is one of its type.
            onChange={(v) => setFilter({ [f.key]: v || null } as Partial<AlertFilters>)}
          />
        ))}
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
          <p className="card-subtitle" data-testid="alert-scope">
            {scope}
          </p>
          <AlertsExport alerts={alerts} regionName={regionName} filename={t.file(analysis.quarter)} />
        </header>
        {alerts.length > 0 && (
          <p className="alert-shown" data-testid="alert-shown" data-first={shown.first} data-last={shown.last} data-total={shown.total}>
            {shown.pages > 1 ? t.shown(shown.first, shown.last, shown.total) : t.heading(shown.total)} · {t.order}
          </p>
        )}
        <AlertListOrNone count={alerts.length} none={t.none} className="alert-groups">
          {shown.groups.map((group) => (
            <li
              key={group.key}
              className={`alert-group alert-${group.severity}`}
              data-testid="alert-group"
              data-severity={group.severity}
              data-region={group.regionCode}
              data-rule={group.rule}
            >
              <h3 className="alert-group-head">
                <SeverityChip severity={group.severity} />
                <span className="alert-region">
                  <ZhText text={regionName(group.regionCode)} />
                </span>
                <span className="alert-rule">{RULE_LABEL[group.rule][lang]}</span>
                <span className="alert-group-count">{t.groupCount(group.alerts.length)}</span>
              </h3>
              <ol className="alert-list wide">
                {group.alerts.map((alert) => {
                  const target = alertTarget(alert, tree, view, lang);
                  return (
                    <AlertItem
                      key={alertKey(alert)}
                      alert={alert}
                      unit={unit}
                      link={
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
                      }
                    />
                  );
                })}
              </ol>
            </li>
          ))}
        </AlertListOrNone>
        {shown.pages > 1 && (
          <nav className="pager" aria-label={t.pager} data-testid="alert-pager" data-page={shown.page} data-pages={shown.pages}>
            <PagerLink to={shown.page - 1} pages={shown.pages} href={pageHref} onGo={(page) => setFilter({ page })} testId="alert-page-prev">
              {t.prev}
            </PagerLink>
            <span data-testid="alert-page-of">{t.pageOf(shown.page, shown.pages)}</span>
            <PagerLink to={shown.page + 1} pages={shown.pages} href={pageHref} onGo={(page) => setFilter({ page })} testId="alert-page-next">
              {t.next}
            </PagerLink>
          </nav>
        )}
      </section>
    </main>
  );
}

/** A page link: a real address (opens in a new window too), or plain text at either end. */
function PagerLink({ to, pages, href, onGo, testId, children }: { to: number; pages: number; href: (page: number) => string; onGo: (page: number) => void; testId: string; children: string }) {
  if (to < 1 || to > pages) {
    return (
      <span className="pager-end" data-testid={testId} aria-disabled="true">
        {children}
      </span>
    );
  }
  return (
    <a
      href={href(to)}
      data-testid={testId}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        onGo(to);
      }}
    >
      {children}
    </a>
  );
}
