// 版本比对 as rows: the table changes flattened (one row per added or
// removed row, one per changed value), the indicators that moved and the
// alert changes; their tables are defined in tables/revisions.ts.
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import { renderMessage } from '../../domain/messages/render';
import type { CellValue, Indicator, Revisions, RowKey } from '../../domain/revisions';
import { alertReading } from '../../domain/revisionsReading';
import type { RuleId, Severity } from '../../domain/types';

export type RowChange = 'added' | 'removed' | 'changed';
export type AlertChangeKind = 'new' | 'resolved' | 'changed';

const TEXT = texts(
  {
    changes: { added: '新增行', removed: '删除行', changed: '修改' } as Record<RowChange, string>,
    alertChanges: { new: '新增', resolved: '解除', changed: '级别变化' } as Record<AlertChangeKind, string>,
    indicators: { coverage: '救助对象参保率', accumulated_balance: '累计结余（元）', months_payable: '可支付月数' } as Record<Indicator, string>,
    named: { coverage: '救助对象参保率', accumulated_balance: '累计结余', months_payable: '可支付月数' } as Record<Indicator, string>,
  },
  {
    changes: { added: 'Row added', removed: 'Row removed', changed: 'Changed' } as Record<RowChange, string>,
    alertChanges: { new: 'New', resolved: 'Resolved', changed: 'Severity changed' } as Record<AlertChangeKind, string>,
    indicators: { coverage: 'Recipient enrollment rate', accumulated_balance: 'Accumulated balance (yuan)', months_payable: 'Months payable' } as Record<Indicator, string>,
    named: { coverage: 'Recipient enrollment rate', accumulated_balance: 'Accumulated balance', months_payable: 'Months payable' } as Record<Indicator, string>,
  },
);

export function changeLabel(change: RowChange, lang: Lang): string {
  return TEXT[lang].changes[change];
}

export function alertChangeLabel(change: AlertChangeKind, lang: Lang): string {
  return TEXT[lang].alertChanges[change];
}

/** The indicator's name over exact figures (the export: the amount's unit, 元, in it). */
export function indicatorLabel(indicator: Indicator, lang: Lang): string {
  return TEXT[lang].indicators[indicator];
}

/** The indicator's name where each figure names its own unit (the screen). */
export function indicatorName(indicator: Indicator, lang: Lang): string {
  return TEXT[lang].named[indicator];
}

/** `quarter=2024Q4 · region_code=150102 · …`: a key as one readable cell. */
export function keyText(key: RowKey): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}=${v ?? ''}`)
    .join(' · ');
}

function cellText(v: CellValue): string | null {
  return v === null ? null : String(v);
}

export interface RowChangeRow {
  table: string;
  change: RowChange;
  key: string;
  column: string | null;
  old: string | null;
  new: string | null;
}

/** Every table's changes: rows added, rows removed, then each changed value. */
export function rowChanges(r: Revisions): RowChangeRow[] {
  const out: RowChangeRow[] = [];
  for (const t of r.tables) {
    for (const key of t.added) out.push({ table: t.table, change: 'added', key: keyText(key), column: null, old: null, new: null });
    for (const key of t.removed) out.push({ table: t.table, change: 'removed', key: keyText(key), column: null, old: null, new: null });
    for (const c of t.changed) out.push({ table: t.table, change: 'changed', key: keyText(c.key), column: c.column, old: cellText(c.old), new: cellText(c.new) });
  }
  return out;
}

export interface AlertChangeRow {
  change: AlertChangeKind;
  rule: string;
  regionCode: string;
  fund: string | null;
  oldSeverity: string | null;
  severity: string;
  /** The record sentence, to the fen (the export). */
  message: string;
  /** The sentence as the page says it (domain/revisionsReading alertReading). */
  reading: string;
}

/** New, then resolved (as they were), then changed in severity (as they are now). */
export function alertChanges(r: Revisions, lang: Lang): (AlertChangeRow & { severityId: Severity; ruleId: RuleId })[] {
  const row = (change: AlertChangeKind, a: Revisions['alerts']['new'][number], before: string | null): AlertChangeRow & { severityId: Severity; ruleId: RuleId } => ({
    change,
    rule: RULE_LABEL[a.rule][lang],
    ruleId: a.rule,
    regionCode: a.regionCode,
    fund: a.fund === null ? null : FUND_LABEL[a.fund][lang],
    oldSeverity: before,
    severity: SEVERITY_LABEL[a.severity][lang],
    severityId: a.severity,
    message: renderMessage(a.text, lang),
    reading: alertReading(a, lang),
  });
  return [
    ...r.alerts.new.map((a) => row('new', a, null)),
    ...r.alerts.resolved.map((a) => row('resolved', a, null)),
    ...r.alerts.changed.map((c) => row('changed', c.after, SEVERITY_LABEL[c.before.severity][lang])),
  ];
}

