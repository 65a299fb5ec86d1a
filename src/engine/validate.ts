// Step two of a load: every rule of the data contract, run as SQL over the
// staged text tables. Each rule yields its first offending rows and a count,
// so a file with a million bad rows still answers quickly.
import { EXPENDITURE_ITEMS, INCOME_ITEMS } from '../domain/types';
import type { ColumnSpec } from './contract';
import { describeInvalid, expectedValue, invalidValueSql } from './columnRules';
import type { Engine } from './engine';
import { MAX_PROBLEMS_PER_FILE, problemSource, type Problem, type ProblemSeverity } from './problems';
import { fragment, ident, renderSql, SQL } from './sql';
import type { StagedTable } from './stage';

interface Check {
  column: string | null;
  severity: ProblemSeverity;
  /** FROM clause; the staged table (or a query over it) must be aliased `s`. */
  source: string;
  where: string;
  value: string;
  extra?: string;
  explain(value: string | null, extra: string | null): { problem: string; expected: string };
}

export interface Validation {
  problems: Problem[];
  /** Problems per file beyond those listed. */
  hidden: Map<string, number>;
}

/**
 * Every rule of a staged table in one query, one query per table: each rule
 * lists at most MAX_PROBLEMS_PER_FILE rows and counts the rest. (One query
 * for all tables would save a few statements but keeps every table's
 * operator state alive to the end: +94 MB of wasm heap loading a
 * 1,000,000-row roster.)
 */
export async function validateStaged(engine: Engine, staged: readonly StagedTable[]): Promise<Validation> {
  const problems: Problem[] = [];
  const hidden = new Map<string, number>();
  const byName = new Map(staged.map((t) => [t.spec.name, t]));
  for (const table of staged) {
    const checks = checksFor(table, byName);
    if (checks.length === 0) continue;
    const sql = checks
      .map((c, i) =>
        renderSql(SQL.check, {
          check_id: i,
          value: fragment(c.value),
          extra: fragment(c.extra ?? 'NULL'),
          source: fragment(c.source),
          where: fragment(c.where),
          limit: MAX_PROBLEMS_PER_FILE,
        }),
      )
      .join('\nUNION ALL\n');
    const rows = await engine.query(`SELECT * FROM (${sql}) ORDER BY _row, check_id`);
    // Per rule: how many rows break it, and how many of those were listed.
    const counts = new Map<number, { total: number; listed: number }>();
    for (const row of rows) {
      const id = Number(row.check_id);
      const check = checks[id];
      if (!check) continue;
      const value = row.value === null ? null : String(row.value);
      const extra = row.extra === null ? null : String(row.extra);
      problems.push({ file: table.file, ...sheetOf(table), row: Number(row._row), column: check.column, severity: check.severity, ...check.explain(value, extra) });
      const count = counts.get(id) ?? { total: Number(row.total), listed: 0 };
      count.listed += 1;
      counts.set(id, count);
    }
    let more = 0;
    for (const count of counts.values()) more += count.total - count.listed;
    if (more > 0) hidden.set(problemSource({ file: table.file, ...sheetOf(table) }), more);
  }
  return { problems, hidden };
}

function sheetOf(table: StagedTable): { sheet?: string } {
  return table.sheet === null ? {} : { sheet: table.sheet };
}

function col(name: string): string {
  return `s.${ident(name).text}`;
}

function checksFor(table: StagedTable, byName: Map<string, StagedTable>): Check[] {
  const { spec } = table;
  const source = `${table.stageTable.text} AS s`;
  const checks: Check[] = spec.columns.map((c) => valueCheck(c, source));
  const regions = byName.get('regions');
  if (regions) {
    for (const c of spec.columns) {
      // A region's own code is trivially in regions.csv; its parent and every other table's codes must be.
      const ownKey = spec.name === 'regions' && c.name === 'region_code';
      if (c.kind === 'region_code' && !ownKey) checks.push(regionReference(c, source, regions));
    }
  }
  checks.push(...duplicateKeys(table));
  checks.push(...rowRules(table, byName));
  return checks;
}

function valueCheck(column: ColumnSpec, source: string): Check {
  const v = col(column.name);
  const invalid = invalidValueSql(column, v);
  return {
    column: column.name,
    severity: 'error',
    source,
    where: column.optional ? `${v} IS NOT NULL AND ${invalid}` : `${v} IS NULL OR ${invalid}`,
    value: v,
    explain: (value) => ({ problem: describeInvalid(column, value), expected: expectedValue(column) }),
  };
}

function regionReference(column: ColumnSpec, source: string, regions: StagedTable): Check {
  const v = col(column.name);
  return {
    column: column.name,
    severity: 'error',
    source,
    where: `${v} IS NOT NULL AND regexp_full_match(${v}, '[0-9]{6}') AND ${v} NOT IN (SELECT region_code FROM ${regions.stageTable.text} WHERE region_code IS NOT NULL)`,
    value: v,
    explain: (value) => ({ problem: `区划代码"${value}"不在 regions.csv 中`, expected: 'regions.csv 中已有的区划代码' }),
  };
}

function duplicateKeys(table: StagedTable): Check[] {
  const keys = table.spec.key.map((k) => ident(k).text);
  const numbered = `(SELECT *, min(_row) OVER (PARTITION BY ${keys.join(', ')}) AS first_row, row_number() OVER (PARTITION BY ${keys.join(', ')} ORDER BY _row) AS nth FROM ${table.stageTable.text}) AS s`;
  return [
    {
      column: table.spec.key.join('+'),
      severity: 'error',
      source: numbered,
      where: 's.nth > 1',
      value: `concat_ws(' / ', ${table.spec.key.map((k) => `coalesce(${col(k)}, '(空)')`).join(', ')})`,
      extra: 's.first_row',
      explain: (value, extra) => ({
        problem: `与第${extra}行重复（${value}）`,
        expected: `${table.spec.key.join(' + ')} 的组合在文件中唯一`,
      }),
    },
  ];
}

const SQL_LIST = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

function rowRules(table: StagedTable, byName: Map<string, StagedTable>): Check[] {
  const source = `${table.stageTable.text} AS s`;
  const count = (name: string): string => `TRY_CAST(${col(name)} AS BIGINT)`;
  switch (table.spec.name) {
    case 'regions':
      return regionTree(table);
    case 'assistance_enrollment':
      return (['enrolled', 'subsidized'] as const).map((name) => ({
        column: name,
        severity: 'error',
        source,
        where: `${count(name)} > ${count('recipients')}`,
        value: col(name),
        extra: col('recipients'),
        explain: (value, extra) => ({
          problem: `${name === 'enrolled' ? '已参保人数' : '资助参保人数'} ${value} 大于救助对象人数 ${extra}`,
          expected: `${name} ≤ recipients`,
        }),
      }));
    case 'fund_flows': {
      const onlyExpenditure = EXPENDITURE_ITEMS.filter((i) => !(INCOME_ITEMS as readonly string[]).includes(i));
      const onlyIncome = INCOME_ITEMS.filter((i) => !(EXPENDITURE_ITEMS as readonly string[]).includes(i));
      return [
        {
          column: 'source_level',
          severity: 'error',
          source,
          where: `${col('direction')} = 'income' AND ${col('source_level')} IS NULL`,
          value: col('item'),
          explain: () => ({ problem: '收入行缺少资金来源级次', expected: '收入行填写 central | province | city | county | individual | other' }),
        },
        {
          column: 'source_level',
          severity: 'error',
          source,
          where: `${col('direction')} = 'expenditure' AND ${col('source_level')} IS NOT NULL`,
          value: col('source_level'),
          explain: (value) => ({ problem: `支出行填写了资金来源级次"${value}"`, expected: '支出行的 source_level 留空' }),
        },
        {
          column: 'item',
          severity: 'error',
          source,
          where: `(${col('direction')} = 'income' AND ${col('item')} IN (${SQL_LIST(onlyExpenditure)})) OR (${col('direction')} = 'expenditure' AND ${col('item')} IN (${SQL_LIST(onlyIncome)}))`,
          value: col('item'),
          extra: col('direction'),
          explain: (value, extra) => ({
            problem: `项目"${value}"不属于${extra === 'income' ? '收入' : '支出'}`,
            expected: extra === 'income' ? `收入项目：${INCOME_ITEMS.join(' | ')}` : `支出项目：${EXPENDITURE_ITEMS.join(' | ')}`,
          }),
        },
      ];
    }
    case 'transfers': {
      const transfers = byName.get('transfers');
      const date = (name: string): string => `try_strptime(${col(name)}, '%Y-%m-%d')`;
      return [
        {
          column: 'received_date',
          severity: 'warning',
          source,
          where: `${date('received_date')} < ${date('issued_date')}`,
          value: col('received_date'),
          extra: col('issued_date'),
          explain: (value, extra) => ({ problem: `到账日期 ${value} 早于下达日期 ${extra}`, expected: '到账日期不早于下达日期' }),
        },
        {
          column: 'source_transfer_id',
          severity: 'warning',
          source,
          where: `${col('source_transfer_id')} IS NOT NULL AND ${col('source_transfer_id')} NOT IN (SELECT transfer_id FROM ${(transfers ?? table).stageTable.text} WHERE transfer_id IS NOT NULL)`,
          value: col('source_transfer_id'),
          explain: (value) => ({ problem: `来源文号"${value}"不在 transfers.csv 中`, expected: 'transfers.csv 中已有的文号' }),
        },
      ];
    }
    case 'fund_balances': {
      const flows = byName.get('fund_flows');
      if (!flows) return [];
      return [
        {
          column: 'opening_balance',
          severity: 'warning',
          source: `${renderSql(SQL.balanceReconcile, { balances: table.stageTable, flows: flows.stageTable })} AS s`,
          where: `TRY_CAST(s.opening_balance AS DECIMAL(18, 2)) <> TRY_CAST(s.expected_balance AS DECIMAL(18, 2))`,
          value: `s.region_code || ' ' || s.fund || ' ' || s.year || '年 ' || s.opening_balance`,
          extra: 's.expected_balance',
          explain: (value, extra) => ({
            problem: `年初结余与上年不衔接：${value ?? ''}，按上年年初结余 + 上年收入 − 上年支出应为 ${extra ?? ''}`,
            expected: '年初结余 = 上年年初结余 + 上年全年收入 − 上年全年支出（仅提示，数据照常载入）',
          }),
        },
      ];
    }
    default:
      return [];
  }
}

/** Province → city → county: each level's parent is one level up. */
function regionTree(table: StagedTable): Check[] {
  const stage = table.stageTable.text;
  const withParent = `(SELECT c.*, p.level AS parent_level FROM ${stage} c LEFT JOIN ${stage} p ON p.region_code = c.parent_code) AS s`;
  const parentLevel = "CASE s.level WHEN 'city' THEN 'province' WHEN 'county' THEN 'city' END";
  return [
    {
      column: 'parent_code',
      severity: 'error',
      source: withParent,
      where: `s.level IN ('city', 'county') AND s.parent_code IS NULL`,
      value: 's.level',
      explain: (value) => ({ problem: `${value === 'city' ? '盟市' : '旗县'}级区划缺少上级区划代码`, expected: '上级区划代码' }),
    },
    {
      column: 'parent_code',
      severity: 'error',
      source: withParent,
      where: `s.level = 'province' AND s.parent_code IS NOT NULL`,
      value: 's.parent_code',
      explain: () => ({ problem: '省级区划不应有上级区划代码', expected: '省级区划的 parent_code 留空' }),
    },
    {
      column: 'parent_code',
      severity: 'error',
      source: withParent,
      where: `s.level IN ('city', 'county') AND s.parent_level IS NOT NULL AND s.parent_level <> ${parentLevel}`,
      value: 's.parent_code',
      extra: 's.parent_level',
      explain: (value, extra) => ({
        problem: `上级区划"${value}"的级别是 ${extra}，层级不对`,
        expected: '盟市的上级是省级区划，旗县的上级是盟市',
      }),
    },
  ];
}
