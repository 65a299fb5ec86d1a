// The rows behind each table on screen, as the exporters take them: money as
// exact yuan text, rates as exact decimal text, counts as numbers. Pure, so
// the exported numbers are tested without a browser. Column headers and the
// words in cells follow the page's language (Chinese by default, as before);
// numbers, codes and region names are the same in both.
import { CATEGORY_LABEL, FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import { moneyString, rateString, type Decimal } from '../../domain/money';
import type { OriginLevel, ReconciliationRow } from '../../domain/reconciliationTypes';
import type { Alert, Category, Severity, SubsidySplitRow } from '../../domain/types';
import type { ExportColumn, ExportRow } from '../../engine/export/exportTable';
import type { FileReport } from '../../engine/ingest/load';
import { expectedText, problemText, type Problem } from '../../engine/ingest/problems';

import type { ExportTable } from './table';

export type { ExportTable };

const money = (d: Decimal | null): string | null => (d === null ? null : moneyString(d));

const TEXT = texts(
  {
    regionCode: '区划代码',
    region: '地区',
    category: '救助类别',
    uninsured: '疑似未参保（人）',
    quarter: '季度',
    severity: '级别',
    rule: '预警规则',
    fund: '基金',
    value: '实际值',
    threshold: '阈值',
    message: '说明',
    file: '文件',
    sheet: '工作表',
    row: '行',
    column: '列',
    problem: '问题',
    expected: '应为',
    error: '错误',
    warning: '提示',
    table: '数据表',
    format: '格式',
    encoding: '编码',
    rows: '行数',
    maskedId: '身份证号（脱敏）',
    status: '参保情况',
    review: '需核实',
    isEnrolled: '已参保',
    isUninsured: '疑似未参保',
    reviewNote: '多地区登记，需核实',
    city: '盟市',
    factorPart: '因素部分（元）',
    performancePart: '绩效部分（元）',
    baseAmount: '基准金额（元）',
    share: '占比',
    scenario: '情景金额（元）',
    step: '步骤',
    amount: '金额（元）',
    tier: '地区类别',
    insured: '参保人数',
    perCapita: '人均补助（元）',
    subsidyTotal: '补助总额（元）',
    central: '中央（元）',
    province: '自治区（元）',
    cityCounty: '盟市+旗县（元）',
  },
  {
    regionCode: 'Region code',
    region: 'Region',
    category: 'Recipient category',
    uninsured: 'Suspected uninsured (persons)',
    quarter: 'Quarter',
    severity: 'Severity',
    rule: 'Alert rule',
    fund: 'Fund',
    value: 'Value',
    threshold: 'Threshold',
    message: 'Explanation',
    file: 'File',
    sheet: 'Sheet',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    expected: 'Expected',
    error: 'Error',
    warning: 'Note',
    table: 'Table',
    format: 'Format',
    encoding: 'Encoding',
    rows: 'Rows',
    maskedId: 'ID number (masked)',
    status: 'Enrollment',
    review: 'To verify',
    isEnrolled: 'Enrolled',
    isUninsured: 'Suspected uninsured',
    reviewNote: 'Registered in several regions; verify',
    city: 'City',
    factorPart: 'Factor part (yuan)',
    performancePart: 'Performance part (yuan)',
    baseAmount: 'Baseline amount (yuan)',
    share: 'Share',
    scenario: 'Scenario amount (yuan)',
    step: 'Step',
    amount: 'Amount (yuan)',
    tier: 'Tier',
    insured: 'Insured persons',
    perCapita: 'Per capita (yuan)',
    subsidyTotal: 'Total subsidy (yuan)',
    central: 'Central (yuan)',
    province: 'Province (yuan)',
    cityCounty: 'City + county (yuan)',
  },
);

export function alertTable(alerts: readonly Alert[], regionName: (code: string) => string, lang: Lang = 'zh'): ExportTable {
  const t = TEXT[lang];
  return {
    columns: [
      { key: 'severity', label: t.severity },
      { key: 'rule', label: t.rule },
      { key: 'region_code', label: t.regionCode },
      { key: 'region', label: t.region },
      { key: 'fund', label: t.fund },
      { key: 'quarter', label: t.quarter },
      { key: 'value', label: t.value, numeric: true },
      { key: 'threshold', label: t.threshold, numeric: true },
      { key: 'message', label: t.message },
    ],
    rows: alerts.map((a) => ({
      severity: SEVERITY_LABEL[a.severity][lang],
      rule: RULE_LABEL[a.rule][lang],
      region_code: a.regionCode,
      region: regionName(a.regionCode),
      fund: a.fund ? FUND_LABEL[a.fund][lang] : null,
      quarter: a.quarter,
      value: a.value.toString(),
      threshold: a.threshold.toString(),
      message: lang === 'en' ? a.messageEn : a.message,
    })),
  };
}

export function problemColumns(lang: Lang = 'zh'): ExportColumn[] {
  const t = TEXT[lang];
  return [
    { key: 'severity', label: t.severity },
    { key: 'file', label: t.file },
    { key: 'sheet', label: t.sheet },
    { key: 'row', label: t.row, numeric: true },
    { key: 'column', label: t.column },
    { key: 'problem', label: t.problem },
    { key: 'expected', label: t.expected },
  ];
}

/** Errors first, then warnings, each in the order the loader listed them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
}

export function problemRows(problems: readonly Problem[], lang: Lang = 'zh'): ExportRow[] {
  const t = TEXT[lang];
  return sortProblems(problems).map((p) => ({
    severity: p.severity === 'error' ? t.error : t.warning,
    file: p.file,
    sheet: p.sheet ?? null,
    row: p.row,
    column: p.column,
    problem: problemText(p, lang),
    expected: expectedText(p, lang),
  }));
}

export function fileColumns(lang: Lang = 'zh'): ExportColumn[] {
  const t = TEXT[lang];
  return [
    { key: 'file', label: t.file },
    { key: 'sheet', label: t.sheet },
    { key: 'table', label: t.table },
    { key: 'format', label: t.format },
    { key: 'encoding', label: t.encoding },
    { key: 'rows', label: t.rows, numeric: true },
  ];
}

export function fileRows(files: readonly FileReport[]): ExportRow[] {
  return files.map((f) => ({ file: f.file, sheet: f.sheet, table: f.table, format: f.format, encoding: f.encoding, rows: f.rows }));
}

/** A category's display name; a code the labels do not know is shown as it is. */
function categoryName(category: Category, lang: Lang): string {
  return CATEGORY_LABEL[category]?.[lang] ?? category;
}

export interface UninsuredRow {
  regionCode: string;
  category: Category;
  persons: number;
}

export function uninsuredTable(rows: readonly UninsuredRow[], regionName: (code: string) => string, lang: Lang = 'zh'): ExportTable {
  const t = TEXT[lang];
  return {
    columns: [
      { key: 'region_code', label: t.regionCode },
      { key: 'region', label: t.region },
      { key: 'category', label: t.category },
      { key: 'persons', label: t.uninsured, numeric: true, format: 'count' as const },
    ],
    rows: rows.map((r) => ({
      region_code: r.regionCode,
      region: regionName(r.regionCode),
      category: categoryName(r.category, lang),
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
export function followUpTable(rows: readonly FollowUpRow[], regionName: (code: string) => string, lang: Lang = 'zh'): ExportTable {
  const t = TEXT[lang];
  return {
    columns: [
      { key: 'masked_id', label: t.maskedId },
      { key: 'region_code', label: t.regionCode },
      { key: 'region', label: t.region },
      { key: 'category', label: t.category },
      { key: 'status', label: t.status },
      { key: 'review', label: t.review },
    ],
    rows: rows.map((r) => ({
      masked_id: r.maskedId,
      region_code: r.regionCode,
      region: regionName(r.regionCode),
      category: categoryName(r.category, lang),
      status: r.enrolled ? t.isEnrolled : t.isUninsured,
      review: r.review ? t.reviewNote : null,
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

/** 分配明细: factor values as given, parts and amounts in yuan, the share exact, the scenario when one is set. `factorColumns` are labelled in `lang`. */
export function allocationTable(
  rows: readonly AllocationExportRow[],
  factorColumns: readonly { key: string; label: string }[],
  factorValues: readonly (Readonly<Record<string, { toString(): string }>> | undefined)[],
  scenario: (regionCode: string) => Decimal | null,
  regionName: (code: string) => string,
  lang: Lang = 'zh',
): ExportTable {
  const t = TEXT[lang];
  return {
    columns: [
      { key: 'region_code', label: t.regionCode },
      { key: 'region', label: t.city },
      ...factorColumns.map((f) => ({ key: `factor_${f.key}`, label: f.label, numeric: true })),
      { key: 'factor_part', label: t.factorPart, numeric: true, format: 'money' as const },
      { key: 'performance_part', label: t.performancePart, numeric: true, format: 'money' as const },
      { key: 'amount', label: t.baseAmount, numeric: true, format: 'money' as const },
      { key: 'share', label: t.share, numeric: true, format: 'rate' as const },
      { key: 'scenario', label: t.scenario, numeric: true, format: 'money' as const },
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

/** 分担明细: the gap first, then each part (step names in `lang`); the parts add up to the gap. */
export function sharingTable(
  gap: SharingExportRow,
  parts: readonly SharingExportRow[],
  regionName: (code: string) => string,
  lang: Lang = 'zh',
): ExportTable {
  const t = TEXT[lang];
  return {
    columns: [
      { key: 'step', label: t.step },
      { key: 'region_code', label: t.regionCode },
      { key: 'region', label: t.region },
      { key: 'amount', label: t.amount, numeric: true, format: 'money' as const },
    ],
    rows: [gap, ...parts].map((p) => ({
      step: p.step,
      region_code: p.regionCode,
      region: regionName(p.regionCode),
      amount: moneyString(p.amount),
    })),
  };
}

/** 财政补助分担: who pays the resident fiscal subsidy of each region, exact yuan; the parts add up to the total. */
export function subsidySplitTable(rows: readonly SubsidySplitRow[], regionName: (code: string) => string, lang: Lang = 'zh'): ExportTable {
  const t = TEXT[lang];
  return {
    columns: [
      { key: 'region_code', label: t.regionCode },
      { key: 'name', label: t.region },
      { key: 'tier', label: t.tier, numeric: true },
      { key: 'insured', label: t.insured, numeric: true, format: 'count' as const },
      { key: 'per_capita', label: t.perCapita, numeric: true, format: 'money' as const },
      { key: 'total', label: t.subsidyTotal, numeric: true, format: 'money' as const },
      { key: 'central', label: t.central, numeric: true, format: 'money' as const },
      { key: 'province', label: t.province, numeric: true, format: 'money' as const },
      { key: 'city_county', label: t.cityCounty, numeric: true, format: 'money' as const },
    ],
    rows: rows.map((r) => ({
      region_code: r.regionCode,
      name: regionName(r.regionCode),
      tier: r.tier,
      insured: r.insured,
      per_capita: moneyString(r.perCapita),
      total: moneyString(r.split.total),
      central: moneyString(r.split.central),
      province: moneyString(r.split.province),
      city_county: moneyString(r.split.cityCounty),
    })),
  };
}

const RECON_TEXT = texts(
  {
    rank: '排名',
    cityCode: '盟市代码',
    city: '盟市',
    fund: '基金',
    year: '年度',
    level: '来源级次',
    received: '到账（元）',
    booked: '入账（元）',
    difference: '差额 = 入账 − 到账（元）',
    documents: '到账文件',
    severity: '状态',
    noDocuments: '未载入文件',
    reconciled: '一致',
    transferId: '文号',
    fromLevel: '下达级次',
    to: '接收区划代码',
    kind: '类型',
    amount: '金额（元）',
    issued: '下达日期',
    receivedDate: '到账日期',
    chain: '来源文号链',
    counted: '计入到账',
    yes: '是',
    notReceived: '否：尚未到账',
    receivedLater: '否：季末后到账',
  },
  {
    rank: 'Rank',
    cityCode: 'City code',
    city: 'City',
    fund: 'Fund',
    year: 'Year',
    level: 'Origin level',
    received: 'Received (yuan)',
    booked: 'Booked (yuan)',
    difference: 'Difference = booked − received (yuan)',
    documents: 'Documents received',
    severity: 'Status',
    noDocuments: 'No documents loaded',
    reconciled: 'Reconciled',
    transferId: 'Document',
    fromLevel: 'Issued by',
    to: 'To region code',
    kind: 'Kind',
    amount: 'Amount (yuan)',
    issued: 'Issued',
    receivedDate: 'Received',
    chain: 'Source chain',
    counted: 'Counted as received',
    yes: 'Yes',
    notReceived: 'No: not received yet',
    receivedLater: 'No: received after the quarter end',
  },
);

const ORIGIN_LABEL: Record<OriginLevel, Record<Lang, string>> = {
  central: { zh: '中央', en: 'Central' },
  province: { zh: '自治区', en: 'Province' },
};

/** The words of one origin level (中央 / 自治区). */
export function originLabel(level: OriginLevel, lang: Lang): string {
  return ORIGIN_LABEL[level][lang];
}

/** 对账: the ranked rows of the reconciliation page, exact yuan; rows without documents say so. */
export function reconciliationTable(
  rows: readonly { row: ReconciliationRow; severity: Severity | null }[],
  regionName: (code: string) => string,
  lang: Lang = 'zh',
): ExportTable {
  const t = RECON_TEXT[lang];
  return {
    columns: [
      { key: 'rank', label: t.rank, numeric: true },
      { key: 'city_code', label: t.cityCode },
      { key: 'city', label: t.city },
      { key: 'fund', label: t.fund },
      { key: 'year', label: t.year, numeric: true },
      { key: 'level', label: t.level },
      { key: 'received', label: t.received, numeric: true, format: 'money' as const },
      { key: 'booked', label: t.booked, numeric: true, format: 'money' as const },
      { key: 'difference', label: t.difference, numeric: true, format: 'money' as const },
      { key: 'documents', label: t.documents },
      { key: 'severity', label: t.severity },
    ],
    rows: rows.map(({ row, severity }, i) => ({
      rank: i + 1,
      city_code: row.cityCode,
      city: regionName(row.cityCode),
      fund: FUND_LABEL[row.fund][lang],
      year: row.year,
      level: originLabel(row.level, lang),
      received: row.hasDocuments ? moneyString(row.received) : null,
      booked: moneyString(row.booked),
      difference: row.hasDocuments ? moneyString(row.difference) : null,
      documents: row.documents.map((d) => d.transferId).join(lang === 'en' ? ', ' : '、'),
      severity: !row.hasDocuments ? t.noDocuments : severity === null ? t.reconciled : SEVERITY_LABEL[severity][lang],
    })),
  };
}

/** The documents behind one reconciliation row: those counted as received, then those of the year not (yet) counted. */
export function reconciliationDocumentsTable(row: ReconciliationRow, lang: Lang = 'zh'): ExportTable {
  const t = RECON_TEXT[lang];
  const fromLevel = (level: string): string => (level === 'central' || level === 'province' ? originLabel(level, lang) : level);
  return {
    columns: [
      { key: 'transfer_id', label: t.transferId },
      { key: 'from_level', label: t.fromLevel },
      { key: 'to_region_code', label: t.to },
      { key: 'kind', label: t.kind },
      { key: 'amount', label: t.amount, numeric: true, format: 'money' as const },
      { key: 'issued_date', label: t.issued },
      { key: 'received_date', label: t.receivedDate },
      { key: 'chain', label: t.chain },
      { key: 'counted', label: t.counted },
    ],
    rows: [...row.documents.map((d) => ({ d, counted: t.yes })), ...row.outside.map((d) => ({ d, counted: d.reason === 'not_received' ? t.notReceived : t.receivedLater }))].map(
      ({ d, counted }) => ({
        transfer_id: d.transferId,
        from_level: fromLevel(d.fromLevel),
        to_region_code: d.toRegionCode,
        kind: d.kind,
        amount: moneyString(d.amount),
        issued_date: d.issuedDate,
        received_date: d.receivedDate,
        chain: d.chain.join(' → '),
        counted,
      }),
    ),
  };
}
