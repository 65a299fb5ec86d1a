// 版本比对's tables, defined once for the screen and the export
// (view/table.ts): each table's counts (screen only), every row change, the
// indicators that moved, and the alert changes (a list on screen, a table in
// the export).
import { FUND_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import { indicatorText, type Revisions } from '../../../domain/revisions';
import { indicatorReading } from '../../../domain/revisionsReading';
import { alertChangeLabel, changeLabel, indicatorLabel, indicatorName, type AlertChangeRow, type RowChangeRow } from '../revisionsView';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  {
    table: '表',
    added: '新增行',
    removed: '删除行',
    changed: '修改值',
    change: '变化',
    key: '唯一键',
    column: '列',
    old: '上次',
    new: '本次',
    region: '地区',
    regionCode: '区划代码',
    fund: '基金',
    indicator: '指标',
    rule: '预警规则',
    severity: '级别',
    oldSeverity: '上次级别',
    message: '说明',
  },
  {
    table: 'Table',
    added: 'Rows added',
    removed: 'Rows removed',
    changed: 'Values changed',
    change: 'Change',
    key: 'Key',
    column: 'Column',
    old: 'Before',
    new: 'Now',
    region: 'Region',
    regionCode: 'Region code',
    fund: 'Fund',
    indicator: 'Indicator',
    rule: 'Rule',
    severity: 'Severity',
    oldSeverity: 'Severity before',
    message: 'Message',
  },
);

type TableChanges = Revisions['tables'][number];

/** Per table the rows added, removed and the values changed: on screen only. */
export function tableChangesSpec(tables: readonly TableChanges[], lang: Lang): TableSpec<TableChanges> {
  const t = TEXT[lang];
  return tableSpec(tables, (x) => x.table, [
    { key: 'table', head: t.table, kind: 'text', value: (x) => x.table },
    { key: 'added', head: t.added, kind: 'number', value: (x) => x.added.length },
    { key: 'removed', head: t.removed, kind: 'number', value: (x) => x.removed.length },
    { key: 'changed', head: t.changed, kind: 'number', value: (x) => x.changed.length },
  ]);
}

/** Every row change; a row added or removed has no column and no values (blank, not "—"). */
export function rowChangesSpec(rows: readonly RowChangeRow[], lang: Lang): TableSpec<RowChangeRow> {
  const t = TEXT[lang];
  return tableSpec(rows, (_, i) => String(i), [
    { key: 'table', head: t.table, kind: 'text', value: (r) => r.table },
    { key: 'change', head: t.change, kind: 'text', value: (r) => changeLabel(r.change, lang) },
    { key: 'key', head: t.key, kind: 'text', value: (r) => r.key },
    { key: 'column', head: t.column, kind: 'text', missing: '', value: (r) => r.column },
    { key: 'old', head: t.old, kind: 'text', missing: '', num: true, value: (r) => r.old },
    { key: 'new', head: t.new, kind: 'text', missing: '', num: true, value: (r) => r.new },
  ]);
}

type IndicatorMove = Revisions['indicators'][number];

export function indicatorSpec(indicators: readonly IndicatorMove[], regionName: (code: string) => string, lang: Lang): TableSpec<IndicatorMove> {
  const t = TEXT[lang];
  const fund = (m: IndicatorMove): string | null => (m.fund === null ? null : FUND_LABEL[m.fund][lang]);
  return tableSpec(indicators, (m) => `${m.indicator}|${m.regionCode}|${m.fund ?? ''}`, [
    { key: 'region_code', head: t.regionCode, kind: 'text', only: 'export', value: (m) => m.regionCode },
    // On screen the region and its fund in one cell; apart in the export.
    { key: 'region_fund', head: t.region, kind: 'text', only: 'screen', value: (m) => `${regionName(m.regionCode)}${m.fund ? ` · ${fund(m)}` : ''}` },
    { key: 'region', head: t.region, kind: 'text', only: 'export', value: (m) => regionName(m.regionCode) },
    { key: 'fund', head: t.fund, kind: 'text', only: 'export', value: fund },
    { key: 'indicator_name', head: t.indicator, kind: 'text', only: 'screen', value: (m) => indicatorName(m.indicator, lang) },
    { key: 'indicator', head: t.indicator, kind: 'text', only: 'export', value: (m) => indicatorLabel(m.indicator, lang) },
    // On screen each figure with its unit and the change (revisionsReading.ts); the export keeps the exact figures.
    { key: 'old_shown', head: t.old, kind: 'text', only: 'screen', num: true, value: (m) => indicatorReading(m.indicator, m.old, m.new, lang).before },
    { key: 'new_shown', head: t.new, kind: 'text', only: 'screen', num: true, value: (m) => indicatorReading(m.indicator, m.old, m.new, lang).now },
    { key: 'change', head: t.change, kind: 'text', only: 'screen', num: true, value: (m) => indicatorReading(m.indicator, m.old, m.new, lang).change },
    { key: 'old', head: t.old, kind: 'number', only: 'export', value: (m) => indicatorText(m.indicator, m.old) },
    { key: 'new', head: t.new, kind: 'number', only: 'export', value: (m) => indicatorText(m.indicator, m.new) },
  ]);
}

/** The alert changes, for the export (on screen a list). */
export function alertChangesSpec(rows: readonly AlertChangeRow[], regionName: (code: string) => string, lang: Lang): TableSpec<AlertChangeRow> {
  const t = TEXT[lang];
  return tableSpec(rows, (_, i) => String(i), [
    { key: 'change', head: t.change, kind: 'text', value: (a) => alertChangeLabel(a.change, lang) },
    { key: 'rule', head: t.rule, kind: 'text', value: (a) => a.rule },
    { key: 'region_code', head: t.regionCode, kind: 'text', value: (a) => a.regionCode },
    { key: 'region', head: t.region, kind: 'text', value: (a) => regionName(a.regionCode) },
    { key: 'fund', head: t.fund, kind: 'text', value: (a) => a.fund },
    { key: 'old_severity', head: t.oldSeverity, kind: 'text', value: (a) => a.oldSeverity },
    { key: 'severity', head: t.severity, kind: 'text', value: (a) => a.severity },
    { key: 'message', head: t.message, kind: 'text', value: (a) => a.message },
  ]);
}
