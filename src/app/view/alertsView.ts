// The alerts page: every alert of the quarter, filtered and worst first,
// and for each alert the view that explains it.
import { messagesMoneyUnit, renderMessage } from '../../domain/messages/render';
import type { MoneyUnit } from '../../domain/moneyUnit';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { RULE_IDS } from '../../domain/policy/rules';
import { RULE_LABEL } from '../../domain/labels';
import { alertsInScope } from '../../domain/alerts/scope';
import { SEVERITIES, type Alert, type Analysis, type RegionCode, type RuleId, type Severity } from '../../domain/types';
import type { RegionTree } from './regionTree';
import { DEFAULT_ROUTE, type AlertFilters, type Route } from './route';
import type { ViewState } from './viewState';
import { compareCodes } from '../../domain/codeOrder';

/** Worst first; equal severities in DOMAIN.md rule order, then region code, then fund. */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
    compareCodes(a.regionCode, b.regionCode) ||
    compareCodes(a.fund ?? '', b.fund ?? '')
  );
}

/**
 * Alerts matching every set filter. The region filter takes the region and
 * everything below it; the fund filter keeps alerts of no fund (coverage),
 * which concern both: the one count of alerts (domain/alerts/scope.ts),
 * narrowed by severity and rule.
 */
export function filterAlerts(analysis: Analysis, tree: RegionTree, filters: AlertFilters): Alert[] {
  const codes = filters.region !== null ? tree.subtreeCodes(filters.region) : null;
  return alertsInScope(analysis.alerts, codes, filters.fund)
    .filter((a) => filters.severity === null || a.severity === filters.severity)
    .filter((a) => filters.rule === null || a.rule === filters.rule)
    .sort(compareAlerts);
}

/** The alerts of one region under one rule: both funds, both periods, worst first. */
export interface AlertGroup {
  key: string;
  regionCode: RegionCode;
  rule: RuleId;
  /** The worst severity in the group. */
  severity: Severity;
  alerts: Alert[];
}

/**
 * The list an official works through: one group per region and rule, the
 * groups worst first (worst severity, then DOMAIN.md rule order, then region
 * code), the alerts of a group worst first.
 */
export function groupAlerts(alerts: readonly Alert[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const alert of [...alerts].sort(compareAlerts)) {
    const key = `${alert.regionCode}|${alert.rule}`;
    const group = groups.get(key);
    if (group) group.alerts.push(alert);
    else groups.set(key, { key, regionCode: alert.regionCode, rule: alert.rule, severity: alert.severity, alerts: [alert] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) ||
      compareCodes(a.regionCode, b.regionCode),
  );
}

/** Groups on one page of the alerts list: the page stays a few screens long. */
export const ALERT_GROUPS_PER_PAGE = 10;

export interface AlertPage {
  groups: AlertGroup[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Alerts on this page and before it (for "第 21–43 条"). */
  first: number;
  last: number;
  total: number;
}

/** One page of the groups; a page number past the end shows the last page. */
export function alertPage(groups: readonly AlertGroup[], page: number, perPage = ALERT_GROUPS_PER_PAGE): AlertPage {
  const pages = Math.max(1, Math.ceil(groups.length / perPage));
  const at = Math.min(Math.max(1, Math.floor(page)), pages);
  const before = groups.slice(0, (at - 1) * perPage).reduce((n, g) => n + g.alerts.length, 0);
  const shown = groups.slice((at - 1) * perPage, at * perPage);
  const onPage = shown.reduce((n, g) => n + g.alerts.length, 0);
  const total = groups.reduce((n, g) => n + g.alerts.length, 0);
  return { groups: shown, page: at, pages, first: onPage === 0 ? 0 : before + 1, last: before + onPage, total };
}

const PERIOD_TEXT = texts(
  { ytd: '（年初至今）', quarter: '（本季度）' },
  { ytd: ' (year to date)', quarter: ' (this quarter)' },
);

/** The alert's title: its rule, and for a rule checked over two periods which one, so the two never share a headline. */
export function alertTitle(alert: Alert, lang: Lang): string {
  return `${RULE_LABEL[alert.rule][lang]}${alert.period ? PERIOD_TEXT[lang][alert.period] : ''}`;
}

/**
 * The alert's sentence for a reader: its money in one unit — the list's (`unit`, alertsMoneyUnit) where every
 * amount reads with two digits at least there, else the sentence's own (from its smallest amount).
 */
export function alertMessage(alert: Alert, lang: Lang, unit?: MoneyUnit): string {
  return renderMessage(alert.text, lang, 'reader', unit);
}

/**
 * The one money unit of a list of alerts (every alert it holds, on every page of it): the same figure reads
 * alike in two alerts, and figures compare down the list (messagesMoneyUnit). In English the list read
 * 凉城县's -950.87 thousand yuan beside -16.46 million yuan, and 乌兰察布市's resident income 1,650.74 million
 * yuan in one alert and 1.65 billion yuan in the next.
 */
export function alertsMoneyUnit(alerts: readonly Alert[], lang: Lang): MoneyUnit | undefined {
  return messagesMoneyUnit(alerts.map((a) => a.text), lang);
}

const TARGET_TEXT = texts(
  { sharing: '查看缺口分担', overview: '在总览中查看', reconciliation: '查看对账' },
  { sharing: 'See gap sharing', overview: 'See in overview', reconciliation: 'See reconciliation' },
);

/** Rules about a fund running short: who covers it is the sharing page's question. */
const SHARING_RULES: ReadonlySet<RuleId> = new Set(['accumulated_negative', 'current_deficit']);

export interface AlertTarget {
  view: ViewState;
  route: Route;
  /** What the link says. */
  label: string;
}

/**
 * Where an alert is explained. A deficit of a city or county opens the
 * sharing page of its city; a reconciliation alert opens the reconciliation
 * page; every other alert opens the overview of its region and fund, where
 * its indicator is charted.
 */
export function alertTarget(alert: Alert, tree: RegionTree, view: ViewState, lang: Lang = DEFAULT_LANG): AlertTarget {
  const t = TARGET_TEXT[lang];
  const fund = alert.fund ?? view.fund;
  const region = tree.byCode.get(alert.regionCode);
  if (alert.rule === 'reconciliation') {
    // The documents behind the difference are on the reconciliation page.
    return { view: { ...view, regionCode: alert.regionCode, fund }, route: { ...DEFAULT_ROUTE, page: 'reconciliation' }, label: t.reconciliation };
  }
  if (SHARING_RULES.has(alert.rule) && alert.fund !== null && region && region.level !== 'province') {
    const city = region.level === 'city' ? region.code : (region.parentCode ?? region.code);
    return {
      view: { ...view, regionCode: city, fund },
      route: { ...DEFAULT_ROUTE, page: 'sharing' },
      label: t.sharing,
    };
  }
  return { view: { ...view, regionCode: alert.regionCode, fund }, route: DEFAULT_ROUTE, label: t.overview };
}
