// The data contract of DESIGN.md as data: which files a dataset may hold,
// their columns, the DuckDB type each column is read as (never sniffed), and
// the values a column allows. The loader, the validator, the sample
// generator and data/README.md all follow this one table.
import type { CellKind } from '../../domain/messages/codes';
import {
  CATEGORIES,
  EXPENDITURE_ITEMS,
  FUNDS,
  INCOME_ITEMS,
  SOURCE_LEVELS,
} from '../../domain/types';
import {
  CATEGORY_WORDS,
  DIRECTION_WORDS,
  FROM_LEVEL_WORDS,
  FUND_WORDS,
  ITEM_DIRECTION_WORDS,
  ITEM_WORDS,
  OBLIGATION_WORDS,
  POT_WORDS,
  REGION_LEVEL_WORDS,
  SOURCE_LEVEL_WORDS,
  SOURCE_WORDS,
  TIER_WORDS,
  TRANSFER_KIND_WORDS,
  type EnumWords,
} from './enumWords';

/** The kinds of value a column holds; the messages word a bad cell of each kind (domain/messages). */
export type ColumnKind = CellKind;

export interface ColumnSpec {
  name: string;
  /** Chinese header accepted in place of `name`. */
  label: string;
  /** Other Chinese headers the offices' own lists use for the column (公民身份号码, the ID card's own word). */
  otherLabels?: readonly string[];
  kind: ColumnKind;
  /** Empty cells allowed. */
  optional?: boolean;
  /** Money that may be negative (an account can be overdrawn); every other amount is ≥ 0. */
  signed?: boolean;
  values?: readonly string[];
  /** The Chinese words read as each of `values` (enumWords.ts). */
  words?: EnumWords;
  /**
   * Words of this column that also say another column's value (其他收入 is
   * `other`, and says the row is income): a row where that column says
   * otherwise is refused, not read by the other column alone.
   */
  saysAlso?: { column: string; words: Readonly<Record<string, string>> };
  /**
   * An enum column stored as a DuckDB ENUM of `values` rather than as text:
   * one byte a row in the table and in every hash table and sort over it.
   * For the person-level roster (millions of rows); results hand it over as text.
   */
  dictionary?: boolean;
}

export interface TableSpec {
  /** File base name: `<name>.csv` (XLSX/Parquet later). */
  name: string;
  /** Chinese name, accepted in place of `name` as a file or sheet name. */
  label: string;
  /** English name, for messages in English (not accepted as a file name). */
  labelEn: string;
  /** The dataset must hold it (only the regions); every other table may be left out. */
  required?: boolean;
  columns: ColumnSpec[];
  /** Columns that identify a row: a repeated key is an error (unless `mergeDuplicates`). */
  key: string[];
  /**
   * Rows identical in every column are merged into one and counted (a notice,
   * not an error): lists merged by hand export the same person twice. Set for
   * the roster only; a repeated money row would be counted twice, so every
   * other table refuses repeated keys (data/README.md).
   */
  mergeDuplicates?: boolean;
  /**
   * Its rows count the persons of one county (DESIGN.md's table): a row at a
   * region with counties under it is counted in that region's totals and in
   * no county's, and one that repeats its counties' sum counts them twice.
   */
  countyRows?: boolean;
}

const DIRECTIONS = ['income', 'expenditure'] as const;

/** Columns that mean the same in every table they stand in, defined once. */
const REGION_CODE: ColumnSpec = { name: 'region_code', label: '区划代码', kind: 'region_code' };
const QUARTER: ColumnSpec = { name: 'quarter', label: '季度', kind: 'quarter' };
const YEAR: ColumnSpec = { name: 'year', label: '年度', kind: 'year' };
const FUND: ColumnSpec = { name: 'fund', label: '基金', kind: 'enum', values: FUNDS, words: FUND_WORDS };
const DIRECTION: ColumnSpec = { name: 'direction', label: '收支方向', kind: 'enum', values: DIRECTIONS, words: DIRECTION_WORDS };
const POT: ColumnSpec = { name: 'pot', label: '资金类别', kind: 'enum', values: ['assistance', 'emergency'], words: POT_WORDS };

export const CONTRACT: readonly TableSpec[] = [
  {
    name: 'regions',
    label: '行政区划',
    labelEn: 'Regions',
    required: true,
    key: ['region_code'],
    columns: [
      REGION_CODE,
      { name: 'name', label: '名称', kind: 'text' },
      { name: 'level', label: '级别', kind: 'enum', values: ['province', 'city', 'county'], words: REGION_LEVEL_WORDS },
      { name: 'parent_code', label: '上级区划代码', kind: 'region_code', optional: true },
      { name: 'tier', label: '地区类别', kind: 'enum', values: ['1', '2', '3'], words: TIER_WORDS, optional: true },
    ],
  },
  {
    name: 'assistance_enrollment',
    countyRows: true,
    label: '救助对象参保',
    labelEn: 'Recipient enrollment',
    key: ['quarter', 'region_code', 'category'],
    columns: [
      QUARTER,
      REGION_CODE,
      { name: 'category', label: '救助类别', kind: 'enum', values: CATEGORIES, words: CATEGORY_WORDS },
      { name: 'recipients', label: '救助对象人数', kind: 'count' },
      { name: 'enrolled', label: '已参保人数', kind: 'count' },
      { name: 'subsidized', label: '资助参保人数', kind: 'count' },
      { name: 'subsidy_amount', label: '资助参保金额', kind: 'money' },
    ],
  },
  {
    name: 'roster',
    countyRows: true,
    label: '救助对象名册',
    labelEn: 'Recipient roster',
    key: ['quarter', 'person_id', 'category', 'source', 'region_code'],
    mergeDuplicates: true,
    columns: [
      QUARTER,
      { name: 'person_id', label: '身份证号', otherLabels: ['身份证号码', '公民身份号码', '身份证', '证件号码'], kind: 'person_id' },
      REGION_CODE,
      { name: 'category', label: '救助类别', kind: 'enum', values: CATEGORIES, words: CATEGORY_WORDS, dictionary: true },
      { name: 'source', label: '数据来源', kind: 'enum', values: ['civil_affairs', 'agriculture', 'other'], words: SOURCE_WORDS, dictionary: true },
      { name: 'enrolled', label: '是否参保', kind: 'boolean' },
    ],
  },
  {
    name: 'resident_enrollment',
    countyRows: true,
    label: '居民医保参保',
    labelEn: 'Resident enrollment',
    key: ['quarter', 'region_code'],
    columns: [
      QUARTER,
      REGION_CODE,
      { name: 'insured', label: '参保人数', kind: 'count' },
    ],
  },
  {
    name: 'fund_flows',
    label: '基金收支',
    labelEn: 'Fund income and expenditure',
    key: ['quarter', 'region_code', 'fund', 'direction', 'item', 'source_level'],
    columns: [
      QUARTER,
      REGION_CODE,
      FUND,
      DIRECTION,
      { name: 'item', label: '项目', kind: 'enum', values: [...new Set([...INCOME_ITEMS, ...EXPENDITURE_ITEMS])], words: ITEM_WORDS, saysAlso: { column: 'direction', words: ITEM_DIRECTION_WORDS } },
      { name: 'source_level', label: '资金来源级次', kind: 'enum', values: SOURCE_LEVELS, words: SOURCE_LEVEL_WORDS, optional: true },
      { name: 'amount', label: '金额', kind: 'money' },
    ],
  },
  {
    name: 'fund_balances',
    label: '年初结余',
    labelEn: 'Opening balances',
    key: ['year', 'region_code', 'fund'],
    columns: [
      YEAR,
      REGION_CODE,
      FUND,
      { name: 'opening_balance', label: '年初累计结余', kind: 'money', signed: true },
    ],
  },
  {
    name: 'budgets',
    label: '年度预算',
    labelEn: 'Annual budgets',
    key: ['year', 'region_code', 'fund', 'direction'],
    columns: [
      YEAR,
      REGION_CODE,
      FUND,
      DIRECTION,
      { name: 'amount', label: '预算金额', kind: 'money' },
    ],
  },
  {
    name: 'obligations',
    label: '旗县/县区应缴应配',
    labelEn: 'County obligations',
    key: ['year', 'region_code', 'fund', 'kind'],
    columns: [
      YEAR,
      REGION_CODE,
      FUND,
      { name: 'kind', label: '类型', kind: 'enum', values: ['contribution', 'matching_subsidy'], words: OBLIGATION_WORDS },
      { name: 'due', label: '应缴金额', kind: 'money' },
      { name: 'paid', label: '实缴金额', kind: 'money' },
    ],
  },
  {
    name: 'transfers',
    label: '上级资金下达',
    labelEn: 'Transfers of higher-level funds',
    key: ['transfer_id'],
    columns: [
      { name: 'transfer_id', label: '文号', kind: 'text' },
      YEAR,
      FUND,
      { name: 'from_level', label: '下达级次', kind: 'enum', values: ['central', 'province', 'city'], words: FROM_LEVEL_WORDS },
      { name: 'to_region_code', label: '接收区划代码', kind: 'region_code' },
      { name: 'kind', label: '类型', kind: 'enum', values: ['advance', 'formal', 'supplementary'], words: TRANSFER_KIND_WORDS },
      { name: 'amount', label: '金额', kind: 'money' },
      { name: 'issued_date', label: '下达日期', kind: 'date' },
      { name: 'received_date', label: '到账日期', kind: 'date', optional: true },
      { name: 'source_transfer_id', label: '来源文号', kind: 'text', optional: true },
    ],
  },
  {
    name: 'allocation_factors',
    label: '分配因素',
    labelEn: 'Allocation factors',
    key: ['year', 'region_code', 'pot'],
    columns: [
      YEAR,
      REGION_CODE,
      POT,
      { name: 'need', label: '需求因素', kind: 'decimal' },
      { name: 'tier_ratio', label: '分档比例', kind: 'decimal' },
      { name: 'performance', label: '绩效评价得分', kind: 'decimal' },
      { name: 'population', label: '常住人口', kind: 'decimal' },
      { name: 'incidence', label: '发病率', kind: 'decimal' },
      { name: 'fiscal', label: '财政困难系数', kind: 'decimal' },
    ],
  },
  {
    name: 'allocation_totals',
    label: '分配总额',
    labelEn: 'Allocation totals',
    key: ['year', 'pot'],
    columns: [
      YEAR,
      POT,
      { name: 'amount', label: '金额', kind: 'money' },
    ],
  },
  {
    // Where a region sits on the schematic tile map (分区方块图): a grid
    // position, not geography, so no boundary is ever drawn from it.
    name: 'region_tiles',
    label: '方块图布局',
    labelEn: 'Tile map layout',
    key: ['region_code'],
    columns: [
      REGION_CODE,
      { name: 'row', label: '行', kind: 'count' },
      { name: 'col', label: '列', kind: 'count' },
    ],
  },
];

/** Type of the column in the loaded (validated) table. */
export const TABLE_TYPE: Record<ColumnKind, string> = {
  region_code: 'VARCHAR',
  text: 'VARCHAR',
  person_id: 'VARCHAR',
  quarter: 'VARCHAR',
  year: 'INTEGER',
  date: 'DATE',
  count: 'BIGINT',
  money: 'DECIMAL(18,2)',
  decimal: 'DECIMAL(18,6)',
  boolean: 'BOOLEAN',
  enum: 'VARCHAR',
};

/** Type of the column in the loaded table: TABLE_TYPE, or an ENUM of its values for a `dictionary` column. */
export function tableType(column: ColumnSpec): string {
  if (column.kind === 'enum' && column.dictionary) return `ENUM(${(column.values ?? []).map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
  return TABLE_TYPE[column.kind];
}

export function tableSpec(name: string): TableSpec | undefined {
  return CONTRACT.find((t) => t.name === name);
}
