// Revisions (DOMAIN.md 报送与版本比对): a later submission against the
// earlier one. The engine finds the rows added, removed and changed per
// table (engine/revisions.ts); this file says what they did: the
// indicators that moved (coverage, accumulated balance, months payable) and
// the alerts that are new, resolved, or changed in severity. Pure.
import { alertNumber, toAlertJson, type AlertJson } from './analysis';
import { sortAlerts } from './alerts/sort';
import { renderMessage } from './messages/render';
import { fixed, moneyString, rateString, type Decimal } from './money';
import type { Alert, Analysis, Fund, Quarter, RegionCode, Severity } from './types';

/** A cell as the revisions show it: counts and years as numbers, everything else (money too) as its text; null when empty. */
export type CellValue = string | number | null;

/** A row's contract key (contract.ts), column → value. */
export type RowKey = Record<string, CellValue>;

export interface ColumnChange {
  key: RowKey;
  column: string;
  old: CellValue;
  new: CellValue;
}

/** One table: the keys of the rows added and removed, and each changed column of the rows in both. */
export interface TableRevision {
  table: string;
  added: RowKey[];
  removed: RowKey[];
  changed: ColumnChange[];
}

export type Indicator = 'coverage' | 'accumulated_balance' | 'months_payable';

export interface IndicatorMove {
  indicator: Indicator;
  regionCode: RegionCode;
  /** null for coverage (all recipient categories of the region). */
  fund: Fund | null;
  /** null when the earlier (or later) submission has no such figure. */
  old: Decimal | null;
  new: Decimal | null;
}

export interface AlertChange {
  before: Alert;
  after: Alert;
}

export interface AlertRevisions {
  new: Alert[];
  resolved: Alert[];
  /** Alerts of both submissions whose severity changed. */
  changed: AlertChange[];
}

export interface Revisions {
  /** The quarter analysed in the loaded (later) submission. */
  quarter: Quarter;
  /** The quarter analysed in the earlier submission: the same one, or its latest before it. */
  comparedQuarter: Quarter | null;
  tables: TableRevision[];
  indicators: IndicatorMove[];
  alerts: AlertRevisions;
}

/** The rule dated by its document (the quarter it was issued in), not by the quarter analysed: told apart by that quarter. */
const DATED_RULES: ReadonlySet<string> = new Set(['transfer_late']);

/**
 * What makes two alerts of two submissions the same alert: its rule, region,
 * fund and period, and for the rules about a document its quarter. Not the
 * quarter otherwise: the coverage alert of a county last quarter and this
 * quarter is one alert that persists.
 */
export function alertIdentity(a: Alert): string {
  return [a.rule, a.regionCode, a.fund ?? '', a.period ?? '', DATED_RULES.has(a.rule) ? a.quarter : ''].join('|');
}

/** Alerts of one identity in a stable order, each numbered, so that two of one identity pair up one by one. */
function byIdentity(alerts: readonly Alert[]): Map<string, Alert> {
  const groups = new Map<string, Alert[]>();
  for (const a of alerts) groups.set(alertIdentity(a), [...(groups.get(alertIdentity(a)) ?? []), a]);
  const out = new Map<string, Alert>();
  for (const [id, group] of groups) {
    // In the order of their Chinese sentences: the order the record has always paired them in.
    const sentence = new Map(group.map((a) => [a, renderMessage(a.text, 'zh')]));
    const sorted = [...group].sort((x, y) => (sentence.get(x) ?? '').localeCompare(sentence.get(y) ?? ''));
    sorted.forEach((a, i) => out.set(`${id}#${i}`, a));
  }
  return out;
}

export function compareAlerts(before: readonly Alert[], after: readonly Alert[]): AlertRevisions {
  const old = byIdentity(before);
  const now = byIdentity(after);
  const added: Alert[] = [];
  const changed: AlertChange[] = [];
  for (const [id, a] of now) {
    const b = old.get(id);
    if (!b) added.push(a);
    else if (b.severity !== a.severity) changed.push({ before: b, after: a });
  }
  const resolved = [...old].filter(([id]) => !now.has(id)).map(([, a]) => a);
  const order = new Map(sortAlerts(changed.map((c) => c.after)).map((a, i) => [a, i]));
  return { new: sortAlerts(added), resolved: sortAlerts(resolved), changed: changed.sort((x, y) => (order.get(x.after) ?? 0) - (order.get(y.after) ?? 0)) };
}

/** Moved as printed: a rate to 6 places, money to the fen, months to 2 places (10.4812 → 10.4849 did not move). */
function moved(indicator: Indicator, a: Decimal | null, b: Decimal | null): boolean {
  return indicatorText(indicator, a) !== indicatorText(indicator, b);
}

/**
 * The indicators that differ between the two analyses: each region's
 * enrollment rate (all categories), and each account's accumulated balance
 * and months payable. `before` null (the earlier submission has no quarter
 * to analyse): nothing to compare.
 */
export function indicatorMoves(before: Analysis | null, after: Analysis): IndicatorMove[] {
  if (before === null) return [];
  const out: IndicatorMove[] = [];
  const rates = (a: Analysis): Map<RegionCode, Decimal | null> => new Map(a.coverage.filter((r) => r.category === null).map((r) => [r.regionCode, r.rate]));
  const oldRates = rates(before);
  const newRates = rates(after);
  for (const code of sortedUnion(oldRates.keys(), newRates.keys())) {
    const o = oldRates.get(code) ?? null;
    const n = newRates.get(code) ?? null;
    if (moved('coverage', o, n)) out.push({ indicator: 'coverage', regionCode: code, fund: null, old: o, new: n });
  }
  const funds = (a: Analysis) => new Map(a.funds.map((s) => [`${s.regionCode}|${s.fund}`, s]));
  const oldFunds = funds(before);
  const newFunds = funds(after);
  for (const id of sortedUnion(oldFunds.keys(), newFunds.keys())) {
    const o = oldFunds.get(id);
    const n = newFunds.get(id);
    const [regionCode = '', fund] = id.split('|') as [RegionCode, Fund];
    for (const indicator of ['accumulated_balance', 'months_payable'] as const) {
      const pick = (s: typeof o): Decimal | null => (s === undefined ? null : indicator === 'accumulated_balance' ? s.accumulatedBalance : s.monthsPayable);
      if (moved(indicator, pick(o), pick(n))) out.push({ indicator, regionCode, fund, old: pick(o), new: pick(n) });
    }
  }
  return out;
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

export function buildRevisions(tables: TableRevision[], before: Analysis | null, after: Analysis): Revisions {
  return {
    quarter: after.quarter,
    comparedQuarter: before?.quarter ?? null,
    tables,
    indicators: indicatorMoves(before, after),
    alerts: compareAlerts(before?.alerts ?? [], after.alerts),
  };
}

/** An indicator's value as `analyze --json` prints it: a rate to 6 places, money to the fen, months to 2 places. */
export function indicatorText(indicator: Indicator, d: Decimal | null): string | null {
  if (d === null) return null;
  if (indicator === 'coverage') return rateString(d);
  return indicator === 'accumulated_balance' ? moneyString(d) : fixed(d, 2);
}

export interface AlertChangeJson {
  rule: Alert['rule'];
  region_code: RegionCode;
  fund: Fund | null;
  quarter: Quarter;
  old_severity: Severity;
  severity: Severity;
  old_value: string;
  value: string;
  threshold: string;
  message: string;
  message_en: string;
}

export interface RevisionsJson {
  quarter: Quarter;
  compared_quarter: Quarter | null;
  tables: { table: string; added: RowKey[]; removed: RowKey[]; changed: ColumnChange[] }[];
  indicators: { indicator: Indicator; region_code: RegionCode; fund: Fund | null; old: string | null; new: string | null }[];
  alerts: { new: AlertJson[]; resolved: AlertJson[]; changed: AlertChangeJson[] };
}

export function toRevisionsJson(r: Revisions): RevisionsJson {
  return {
    quarter: r.quarter,
    compared_quarter: r.comparedQuarter,
    tables: r.tables.map((t) => ({ table: t.table, added: t.added, removed: t.removed, changed: t.changed })),
    indicators: r.indicators.map((m) => ({
      indicator: m.indicator,
      region_code: m.regionCode,
      fund: m.fund,
      old: indicatorText(m.indicator, m.old),
      new: indicatorText(m.indicator, m.new),
    })),
    alerts: {
      new: r.alerts.new.map(toAlertJson),
      resolved: r.alerts.resolved.map(toAlertJson),
      changed: r.alerts.changed.map(({ before, after }) => ({
        rule: after.rule,
        region_code: after.regionCode,
        fund: after.fund,
        quarter: after.quarter,
        old_severity: before.severity,
        severity: after.severity,
        old_value: alertNumber(before.rule, before.value),
        value: alertNumber(after.rule, after.value),
        threshold: alertNumber(after.rule, after.threshold),
        message: renderMessage(after.text, 'zh'),
        message_en: renderMessage(after.text, 'en'),
      })),
    },
  };
}
