// The rows behind each table on screen, as the exporters take them: money as
// exact yuan text, rates as exact decimal text, counts as numbers. Pure, so
// the exported numbers are tested without a browser.
import { CATEGORY_LABEL, FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { fixed, moneyString, rateString, type Decimal } from '../../domain/money';
import type { Alert, Category } from '../../domain/types';
import type { CoverageBar } from '../../charts/options/coverageRanking';
import type { FundTrendPoint } from '../../charts/options/fundTrend';
import type { ExportColumn, ExportRow } from '../../engine/exportTable';
import type { FileReport } from '../../engine/load';
import type { Problem } from '../../engine/problems';

export interface ExportTable {
  columns: ExportColumn[];
  rows: ExportRow[];
}

const money = (d: Decimal | null): string | null => (d === null ? null : moneyString(d));

export function coverageTable(bars: readonly CoverageBar[], byRegion: boolean): ExportTable {
  return {
    columns: [
      { key: 'code', label: byRegion ? '区划代码' : '类别代码' },
      { key: 'name', label: byRegion ? '地区' : '救助类别' },
      { key: 'recipients', label: '救助对象（人）', numeric: true },
      { key: 'enrolled', label: '已参保（人）', numeric: true },
      { key: 'uninsured', label: '疑似未参保（人）', numeric: true },
      { key: 'rate', label: '参保率', numeric: true },
    ],
    rows: bars.map((b) => ({
      code: b.key,
      name: b.name,
      recipients: b.recipients,
      enrolled: b.enrolled,
      uninsured: b.recipients - b.enrolled,
      rate: rateString(b.rate),
    })),
  };
}

export interface MonthsRow {
  key: string;
  name: string;
  accumulatedBalance: Decimal | null;
  monthsPayable: Decimal | null;
}

export function monthsPayableTable(bars: readonly MonthsRow[], byQuarter: boolean): ExportTable {
  return {
    columns: [
      { key: 'key', label: byQuarter ? '季度' : '区划代码' },
      { key: 'name', label: byQuarter ? '季度名称' : '地区' },
      { key: 'balance', label: '累计结余（元）', numeric: true },
      { key: 'months', label: '可支付月数', numeric: true },
    ],
    rows: bars.map((b) => ({
      key: b.key,
      name: b.name,
      balance: money(b.accumulatedBalance),
      months: b.monthsPayable === null ? null : fixed(b.monthsPayable, 2),
    })),
  };
}

export function trendTable(points: readonly FundTrendPoint[], levels: readonly { key: string; label: string }[]): ExportTable {
  return {
    columns: [
      { key: 'quarter', label: '季度' },
      { key: 'income', label: '收入（元）', numeric: true },
      ...levels.map((l) => ({ key: `source_${l.key}`, label: `${l.label}（元）`, numeric: true })),
      { key: 'expenditure', label: '支出（元）', numeric: true },
      { key: 'current', label: '当期结余（元）', numeric: true },
      { key: 'accumulated', label: '累计结余（元）', numeric: true },
    ],
    rows: points.map((p) => {
      const row: ExportRow = {
        quarter: p.quarter,
        income: moneyString(p.income),
        expenditure: moneyString(p.expenditure),
        current: moneyString(p.income.minus(p.expenditure)),
        accumulated: money(p.accumulatedBalance),
      };
      for (const l of levels) {
        const v = p.incomeBySource[l.key as keyof FundTrendPoint['incomeBySource']];
        row[`source_${l.key}`] = v ? moneyString(v) : null;
      }
      return row;
    }),
  };
}

export function alertTable(alerts: readonly Alert[], regionName: (code: string) => string): ExportTable {
  return {
    columns: [
      { key: 'severity', label: '级别' },
      { key: 'rule', label: '预警规则' },
      { key: 'region_code', label: '区划代码' },
      { key: 'region', label: '地区' },
      { key: 'fund', label: '基金' },
      { key: 'quarter', label: '季度' },
      { key: 'value', label: '实际值', numeric: true },
      { key: 'threshold', label: '阈值', numeric: true },
      { key: 'message', label: '说明' },
    ],
    rows: alerts.map((a) => ({
      severity: SEVERITY_LABEL[a.severity].zh,
      rule: RULE_LABEL[a.rule].zh,
      region_code: a.regionCode,
      region: regionName(a.regionCode),
      fund: a.fund ? FUND_LABEL[a.fund].zh : null,
      quarter: a.quarter,
      value: a.value.toString(),
      threshold: a.threshold.toString(),
      message: a.message,
    })),
  };
}

export const PROBLEM_COLUMNS: ExportColumn[] = [
  { key: 'severity', label: '级别' },
  { key: 'file', label: '文件' },
  { key: 'sheet', label: '工作表' },
  { key: 'row', label: '行', numeric: true },
  { key: 'column', label: '列' },
  { key: 'problem', label: '问题' },
  { key: 'expected', label: '应为' },
];

/** Errors first, then warnings, each in the order the loader listed them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
}

export function problemRows(problems: readonly Problem[]): ExportRow[] {
  return sortProblems(problems).map((p) => ({
    severity: p.severity === 'error' ? '错误' : '提示',
    file: p.file,
    sheet: p.sheet ?? null,
    row: p.row,
    column: p.column,
    problem: p.problem,
    expected: p.expected,
  }));
}

export const FILE_COLUMNS: ExportColumn[] = [
  { key: 'file', label: '文件' },
  { key: 'sheet', label: '工作表' },
  { key: 'table', label: '数据表' },
  { key: 'format', label: '格式' },
  { key: 'encoding', label: '编码' },
  { key: 'rows', label: '行数', numeric: true },
];

export function fileRows(files: readonly FileReport[]): ExportRow[] {
  return files.map((f) => ({ file: f.file, sheet: f.sheet, table: f.table, format: f.format, encoding: f.encoding, rows: f.rows }));
}

export interface UninsuredRow {
  regionCode: string;
  category: Category;
  persons: number;
}

export function uninsuredTable(rows: readonly UninsuredRow[], regionName: (code: string) => string): ExportTable {
  return {
    columns: [
      { key: 'region_code', label: '区划代码' },
      { key: 'region', label: '地区' },
      { key: 'category', label: '救助类别' },
      { key: 'persons', label: '疑似未参保（人）', numeric: true },
    ],
    rows: rows.map((r) => ({
      region_code: r.regionCode,
      region: regionName(r.regionCode),
      category: CATEGORY_LABEL[r.category]?.zh ?? r.category,
      persons: r.persons,
    })),
  };
}

export interface FollowUpRow {
  maskedId: string;
  regionCode: string;
  category: Category;
  enrolled: boolean;
  review: boolean;
}

/** The person-level list: masked IDs only (the salted hash is never shown or exported). */
export function followUpTable(rows: readonly FollowUpRow[], regionName: (code: string) => string): ExportTable {
  return {
    columns: [
      { key: 'masked_id', label: '身份证号（脱敏）' },
      { key: 'region_code', label: '区划代码' },
      { key: 'region', label: '地区' },
      { key: 'category', label: '救助类别' },
      { key: 'status', label: '参保情况' },
      { key: 'review', label: '需核实' },
    ],
    rows: rows.map((r) => ({
      masked_id: r.maskedId,
      region_code: r.regionCode,
      region: regionName(r.regionCode),
      category: CATEGORY_LABEL[r.category]?.zh ?? r.category,
      status: r.enrolled ? '已参保' : '疑似未参保',
      review: r.review ? '多地区登记，需核实' : null,
    })),
  };
}

export interface AllocationExportRow {
  regionCode: string;
  factorPart: Decimal;
  performancePart: Decimal;
  amount: Decimal;
  share: Decimal;
}

/** 分配明细: factor values as given, parts and amounts in yuan, the share exact, the scenario when one is set. */
export function allocationTable(
  rows: readonly AllocationExportRow[],
  factorColumns: readonly { key: string; label: string }[],
  factorValues: readonly (Readonly<Record<string, { toString(): string }>> | undefined)[],
  scenario: (regionCode: string) => Decimal | null,
  regionName: (code: string) => string,
): ExportTable {
  return {
    columns: [
      { key: 'region_code', label: '区划代码' },
      { key: 'region', label: '盟市' },
      ...factorColumns.map((f) => ({ key: `factor_${f.key}`, label: f.label, numeric: true })),
      { key: 'factor_part', label: '因素部分（元）', numeric: true },
      { key: 'performance_part', label: '绩效部分（元）', numeric: true },
      { key: 'amount', label: '基准金额（元）', numeric: true },
      { key: 'share', label: '占比', numeric: true },
      { key: 'scenario', label: '情景金额（元）', numeric: true },
    ],
    rows: rows.map((r, i) => {
      const row: ExportRow = {
        region_code: r.regionCode,
        region: regionName(r.regionCode),
        factor_part: moneyString(r.factorPart),
        performance_part: moneyString(r.performancePart),
        amount: moneyString(r.amount),
        share: rateString(r.share),
        scenario: money(scenario(r.regionCode)),
      };
      for (const f of factorColumns) row[`factor_${f.key}`] = factorValues[i]?.[f.key]?.toString() ?? null;
      return row;
    }),
  };
}

export interface SharingExportRow {
  step: string;
  regionCode: string;
  amount: Decimal;
}

/** 分担明细: the gap first, then each part; the parts add up to the gap. */
export function sharingTable(gap: SharingExportRow, parts: readonly SharingExportRow[], regionName: (code: string) => string): ExportTable {
  return {
    columns: [
      { key: 'step', label: '步骤' },
      { key: 'region_code', label: '区划代码' },
      { key: 'region', label: '地区' },
      { key: 'amount', label: '金额（元）', numeric: true },
    ],
    rows: [gap, ...parts].map((p) => ({
      step: p.step,
      region_code: p.regionCode,
      region: regionName(p.regionCode),
      amount: moneyString(p.amount),
    })),
  };
}
