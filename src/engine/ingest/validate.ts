// Step two of a load: every rule of the data contract, run as SQL over the
// staged text tables. Each rule yields its first offending rows and a count,
// so a file with a million bad rows still answers quickly.
import { EXPENDITURE_ITEMS, INCOME_ITEMS } from '../../domain/types';
import { FUNDS } from '../../domain/vocabulary';
import type { ColumnSpec } from '../contract/contract';
import type { MoneyUnit } from '../formats/csvHeader';
import { Dec, group } from '../../domain/money';
import { describeInvalid, expectedValue, invalidValueSql } from '../contract/columnRules';
import type { Engine } from '../runtime/engine';
import { inLanes } from '../runtime/lanes';
import { hasPersonIds, MASKED_ID_COLUMN, PERSON_ID_COLUMN } from '../contract/personId';
import { message } from '../../domain/messages/codes';
import { explain, hasErrors, MAX_PROBLEMS_PER_FILE, problemSource, type Explanation, type Problem, type ProblemSeverity } from './problems';
import { fragment, ident, literal, renderSql, SQL } from '../queries/sql';
import { directGroupingSql } from '../queries/regionPools';
import { hashedColumns, inYuanSql, MALFORMED_ID_COLUMN, mergedRowsTable, readFlag, saidColumn, type StagedTable } from './stage';

interface Check {
  column: string | null;
  severity: ProblemSeverity;
  /** FROM clause; the staged table (or a query over it) must be aliased `s`. */
  source: string;
  where: string;
  /** The one column of `s` the check's `where` reads (its value alone decides), for the distinct-value pass over a big table. */
  decidedBy?: string;
  /**
   * An aggregate over the staged data table that is false when no row can
   * break the check (no 合计 or 小计 row; a column whose whole sum is in range):
   * such a check, a window over the table, is then not run at all.
   */
  onlyIf?: string;
  value: string;
  extra?: string;
  explain(value: string | null, extra: string | null): Explanation;
}

export interface Validation {
  problems: Problem[];
  /** Problems per file beyond those listed. */
  hidden: Map<string, number>;
}

/**
 * A table of more rows than this has its repeated keys searched in passes
 * before the duplicate rule numbers them (a window over all of a 5,000,000-row
 * roster's keys took 600 MB of wasm memory).
 */
const WINDOW_KEYS = 500_000;
/** Keys looked at per pass: one hash table of that many keys (~120 MB) at a time. */
const KEYS_PER_PASS = 2_500_000;

export interface ValidateOptions {
  /** Keys looked at per pass of the duplicate search (default 2,500,000; tests use small ones, which also lower the 500,000 rows a table needs to be searched in passes). */
  keysPerPass?: number;
}

export async function validateStaged(engine: Engine, staged: readonly StagedTable[], options: ValidateOptions = {}): Promise<Validation> {
  const keysPerPass = options.keysPerPass ?? KEYS_PER_PASS;
  const inPasses = (table: StagedTable): boolean => table.rowCount > Math.min(WINDOW_KEYS, keysPerPass);
  // A required table of a header alone (regions.csv saved from an empty template) beside tables with rows
  // is said once; every code of theirs would otherwise be "not in regions.csv", a line each (1,492 for the
  // sample). A template loaded empty as a whole stays what it was: nothing to check.
  const empty = staged.filter((t) => t.spec.required && t.rowCount === 0);
  if (empty.length > 0 && staged.some((t) => t.rowCount > 0)) {
    const problems = empty.map((t) =>
      tableProblem(t, 'error', explain(message('file.required_no_rows', { label: t.spec.label, labelEn: t.spec.labelEn }), message('file.required_rows_expected', { table: t.spec.name }))),
    );
    return { problems, hidden: new Map() };
  }
  // An optional table of a header alone beside tables with rows loads as no data, as if it were absent, and is
  // said (the wrong sheet exported, an empty template left in the folder); a notice, the table is optional.
  const noRows = staged.some((t) => t.rowCount > 0) ? staged.filter((t) => !t.spec.required && t.rowCount === 0) : [];
  const notices = noRows.map((t) => tableProblem(t, 'warning', explain(message('file.no_rows', { label: t.spec.label, labelEn: t.spec.labelEn }), message('file.no_rows_expected'))));
  try {
    const checked = await runChecks(engine, staged, inPasses, keysPerPass);
    return { ...checked, problems: [...notices, ...checked.problems] };
  } finally {
    const searched = staged.filter(inPasses);
    if (searched.length > 0) await engine.query(searched.map((t) => `DROP TABLE IF EXISTS ${ident(repeatedKeysTable(t)).text}`).join(';\n'));
  }
}

/**
 * Tables the others are checked against, and the tables checked against
 * them. Their own problems are found first, and one with errors judges no
 * other: every code of every file would be "not in regions.csv" when its
 * codes read 150100.0 (1,695 lines burying the one cause), and an opening
 * balance "disagrees" with flows whose amounts were refused.
 */
const JUDGES: readonly { table: string; judged: (name: string) => boolean }[] = [
  { table: 'regions', judged: (name) => name !== 'regions' },
  { table: 'fund_flows', judged: (name) => name === 'fund_balances' },
];

async function runChecks(
  engine: Engine,
  staged: readonly StagedTable[],
  inPasses: (table: StagedTable) => boolean,
  keysPerPass: number,
): Promise<Validation> {
  const byName = new Map(staged.map((t) => [t.spec.name, t]));
  const results = new Map<StagedTable, { problems: Problem[]; source: string; hidden: number }>();
  const broken = new Set<string>();
  // Two tables at a time where the engine can (runtime/lanes.ts); a table's checks all run on one connection
  // (its repeated keys are a TEMP table). Problems in the tables' order, whichever lane checked them.
  const check = async (tables: readonly StagedTable[]): Promise<void> => {
    const checked = await inLanes(engine, tables, (table, _, lane) => {
      const judges = new Map([...byName].filter(([name]) => !broken.has(name) || !JUDGES.some((j) => j.table === name && j.judged(table.spec.name))));
      return checkTable(lane, table, judges, inPasses(table), keysPerPass);
    });
    tables.forEach((table, i) => {
      const result = checked[i];
      if (!result) return;
      results.set(table, result);
      if (hasErrors(result.problems)) broken.add(table.spec.name);
    });
  };
  // A table is checked after its judges: regions, then the rest, then fund balances (judged by fund flows too).
  const phase = (name: string): number => Math.max(-1, ...JUDGES.filter((j) => j.judged(name)).map((j) => phase(j.table))) + 1;
  const phases = [...new Set(staged.map((t) => phase(t.spec.name)))].sort((a, b) => a - b);
  for (const p of phases) await check(staged.filter((t) => phase(t.spec.name) === p));
  const problems: Problem[] = [];
  const hidden = new Map<string, number>();
  for (const table of staged) {
    const result = results.get(table);
    if (!result) continue;
    problems.push(...result.problems);
    if (result.hidden > 0) hidden.set(result.source, result.hidden);
    if (table.spec.name === 'regions' && broken.has('regions') && staged.length > 1) {
      problems.push({ file: table.file, ...sheetOf(table), row: null, column: null, severity: 'warning', ...explain(message('check.references_unchecked'), message('check.references_unchecked_expected')) });
    }
  }
  return { problems, hidden };
}

/** One staged table's problems, and how many more of them there are than are listed. */
async function checkTable(
  engine: Engine,
  table: StagedTable,
  byName: Map<string, StagedTable>,
  inPasses: boolean,
  keysPerPass: number,
): Promise<{ problems: Problem[]; source: string; hidden: number }> {
  const problems: Problem[] = [];
  const source = problemSource({ file: table.file, ...sheetOf(table) });
  if (inPasses) await findRepeatedKeys(engine, table, keysPerPass);
  if (table.spec.mergeDuplicates) {
    const notice = await mergeDuplicateRows(engine, table, inPasses);
    if (notice) problems.push(notice);
  }
  if (hasPersonIds(table.spec)) {
    const notice = await malformedIds(engine, table);
    if (notice) problems.push(notice);
  }
  const all = checksFor(table, byName, inPasses);
  const possible = await withoutImpossible(engine, table, all);
  const checks = await withBrokenRows(engine, inPasses ? await withoutCleanValues(engine, table, possible) : possible);
  if (checks.length === 0) return { problems, source, hidden: 0 };
  const sql = checks
    .map((c, i) =>
      // A check its value alone decides lists each distinct value once, with how many rows have it.
      renderSql(c.decidedBy === undefined ? SQL.check : SQL.checkGrouped, {
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
    const same = Number(row.same ?? 1);
    problems.push({ file: table.file, ...sheetOf(table), row: Number(row._row), ...(same > 1 ? { sameRows: same } : {}), column: check.column, severity: check.severity, ...check.explain(value, extra) });
    const count = counts.get(id) ?? { total: Number(row.total), listed: 0 };
    count.listed += 1;
    counts.set(id, count);
  }
  let more = 0;
  for (const count of counts.values()) more += count.total - count.listed;
  return { problems, source, hidden: more };
}

/**
 * A big table's checks less those that look at one column's value alone
 * (a pattern, a lookup in regions.csv) and that none of the column's
 * distinct values breaks: those are run over the distinct values first
 * (the roster's 20,000,000 rows have one quarter and some hundred region
 * codes), which is cheaper than a regular expression or a lookup per row,
 * and only a check that some value breaks searches the rows.
 */
async function withoutCleanValues(engine: Engine, table: StagedTable, checks: readonly Check[]): Promise<Check[]> {
  const byColumn = new Map<string, number[]>();
  checks.forEach((c, i) => {
    if (c.decidedBy !== undefined) byColumn.set(c.decidedBy, [...(byColumn.get(c.decidedBy) ?? []), i]);
  });
  const broken = new Set<number>();
  for (const [column, ids] of byColumn) {
    const tests = ids.map((i) => `bool_or(${checks[i]?.where ?? 'true'}) AS ${ident(`check_${i}`).text}`);
    const [row] = await engine.query(`SELECT ${tests.join(', ')} FROM (SELECT DISTINCT ${col(column)} FROM ${ident(table.stageTable).text} AS s) AS s`);
    // NULL (no rows) counts as broken: the rows are searched as before.
    for (const i of ids) if (row?.[`check_${i}`] !== false) broken.add(i);
  }
  return checks.filter((c, i) => c.decidedBy === undefined || broken.has(i));
}

/** The checks less those whose `onlyIf` the table's data rules out, all asked in one aggregate. */
async function withoutImpossible(engine: Engine, table: StagedTable, checks: readonly Check[]): Promise<Check[]> {
  const tests = checks.flatMap((c, i) => (c.onlyIf === undefined ? [] : [`${c.onlyIf} AS ${ident(`check_${i}`).text}`]));
  if (tests.length === 0) return [...checks];
  const [row] = await engine.query(`SELECT ${tests.join(', ')} FROM ${ident(table.dataTable).text}`);
  return checks.filter((c, i) => c.onlyIf === undefined || row?.[`check_${i}`] !== false);
}

/**
 * The checks that some row breaks: each source's rules counted in one scan
 * (check_counts.sql), so that only rules with rows to list are listed.
 */
async function withBrokenRows(engine: Engine, checks: readonly Check[]): Promise<Check[]> {
  if (checks.length === 0) return [];
  const bySource = new Map<string, number[]>();
  checks.forEach((c, i) => bySource.set(c.source, [...(bySource.get(c.source) ?? []), i]));
  const counted = [...bySource].map(([source, ids]) =>
    renderSql(SQL.checkCounts, {
      source: fragment(source),
      counts: fragment(ids.map((i) => `CAST(count(*) FILTER (WHERE ${checks[i]?.where ?? 'true'}) AS BIGINT) AS ${ident(`check_${i}`).text}`).join(', ')),
    }),
  );
  const [row] = await engine.query(`SELECT * FROM ${counted.map((c, k) => `${c} AS ${ident(`source_${k}`).text}`).join(' CROSS JOIN ')}`);
  return checks.filter((_, i) => Number(row?.[`check_${i}`] ?? 1) > 0);
}

/** A problem of a whole staged table (no row, no column). */
function tableProblem(t: StagedTable, severity: ProblemSeverity, explained: Explanation): Problem {
  return { file: t.file, ...sheetOf(t), row: null, column: null, severity, ...explained };
}

function sheetOf(table: StagedTable): { sheet?: string } {
  return table.sheet === null ? {} : { sheet: table.sheet };
}

function col(name: string): string {
  return `s.${ident(name).text}`;
}

function checksFor(table: StagedTable, byName: Map<string, StagedTable>, keysInPasses: boolean): Check[] {
  const { spec } = table;
  const source = `${ident(table.stageTable).text} AS s`;
  const regions = byName.get('regions');
  const checks: Check[] = spec.columns.map((c) => valueCheck(c, source, table.unit, spec.name === 'regions' ? undefined : regions));
  if (regions) {
    for (const c of spec.columns) {
      // A region's own code is trivially in regions.csv; its parent and every other table's codes must be.
      const ownKey = spec.name === 'regions' && c.name === 'region_code';
      if (c.kind === 'region_code' && !ownKey) checks.push(regionReference(c, source, regions));
      if (c.kind === 'region_code' && spec.name !== 'regions') checks.push(directGroupReference(c, source, regions));
      if (c.kind === 'region_code' && spec.countyRows === true) checks.push(rowsAboveCounties(c, source, regions));
    }
  }
  // A table that merges identical rows allows a repeated key: the roster's rules decide (roster_persons.sql).
  if (!spec.mergeDuplicates) checks.push(...duplicateKeys(table, keysInPasses));
  checks.push(...rowRules(table, byName));
  checks.push(...totalChecks(table), ...sumChecks(table));
  return checks;
}

/**
 * A cell that is not a valid value of its column. Two shortcuts that find
 * the same cells, for tables of millions of rows (the roster): a column
 * whose typed value is its text's own (readFlag) is invalid exactly when
 * it was not read; a region code listed in regions.csv (in its valid form)
 * is valid without matching its pattern (a hash lookup per row, not a
 * regular expression).
 */
/** Kinds of column with few distinct values in any table (withoutCleanValues). */
const FEW_VALUES: ReadonlySet<ColumnSpec['kind']> = new Set(['quarter', 'year', 'region_code', 'enum', 'boolean']);

function valueCheck(column: ColumnSpec, source: string, unit: MoneyUnit | null, regions?: StagedTable): Check {
  // A person ID was hashed as it was read: its masked form is what can be checked and shown.
  const v = col(column.name === PERSON_ID_COLUMN ? MASKED_ID_COLUMN : column.name);
  const flag = readFlag(column);
  const listed =
    column.kind === 'region_code' && regions
      ? `${v} NOT IN (SELECT region_code FROM ${ident(regions.stageTable).text} WHERE region_code IS NOT NULL AND NOT (${invalidValueSql(column, 'region_code')})) AND `
      : '';
  const invalid = flag === null ? `(${listed}${invalidValueSql(column, v, unit)})` : `NOT ${col(flag)}`;
  // A required column with a read flag: its text is NULL only where its value is (not read), so the flag alone says it (no text built per row).
  const where = column.optional ? `${v} IS NOT NULL AND ${invalid}` : flag === null ? `${v} IS NULL OR ${invalid}` : invalid;
  return {
    column: column.name,
    severity: 'error',
    source,
    where,
    ...(flag === null && FEW_VALUES.has(column.kind) ? { decidedBy: column.name } : {}),
    value: v,
    explain: (value) => explain(describeInvalid(column, value, unit), expectedValue(column, unit)),
  };
}

/**
 * Sums the analysis takes of a column must stay exact: counts arrive in
 * JavaScript as numbers (exact up to 2^53 − 1), amounts are DECIMAL(18,2)
 * (below 10^16 yuan). A column whose values add up to more (in absolute
 * value, over the whole table, which bounds every sum of its rows) is
 * refused at the row where the running sum crosses the limit.
 */
const SUM_LIMIT: Partial<Record<ColumnSpec['kind'], { sql: string; shown: string }>> = {
  count: { sql: String(Number.MAX_SAFE_INTEGER), shown: '9,007,199,254,740,991' },
  money: { sql: '9999999999999999.99', shown: '9,999,999,999,999,999.99' },
};

function sumChecks(table: StagedTable): Check[] {
  return table.spec.columns.flatMap((column): Check[] => {
    const limit = SUM_LIMIT[column.kind];
    if (!limit) return [];
    const name = ident(column.name).text;
    // Wide enough that the running sum itself never overflows.
    const wide = column.kind === 'money' ? 'DECIMAL(38,2)' : 'HUGEINT';
    const source = `(SELECT ${table.rowNumber} AS _row, ${name} AS v, sum(abs(CAST(${name} AS ${wide}))) OVER (ORDER BY ${table.rowNumber} ROWS UNBOUNDED PRECEDING) AS running FROM ${ident(table.dataTable).text} WHERE _data AND ${name} IS NOT NULL) AS s`;
    return [
      {
        column: column.name,
        severity: 'error',
        source,
        // The running sum is largest at the last row.
        onlyIf: `coalesce(sum(abs(CAST(${name} AS ${wide}))) FILTER (WHERE _data), 0) > ${limit.sql}`,
        where: `s.running > ${limit.sql} AND s.running - abs(s.v) <= ${limit.sql}`,
        value: 'CAST(s.running AS VARCHAR)',
        explain: (value) =>
          explain(
            message('check.sum_limit', { label: column.label, value: value ?? '' }),
            message('check.sum_limit_expected', { kind: column.kind === 'count' ? 'count' : 'money', limit: limit.shown }),
          ),
      },
    ];
  });
}

/**
 * A 合计/总计 row (stage.ts: recognised, not loaded) must equal the sum of
 * the data rows above it since the previous 合计 row, and a 小计 row the sum
 * of the data rows since the previous 小计 or 合计 row; column by column, for
 * every amount and count it states; amounts compared in yuan after the
 * sheet's unit, shown in the sheet's unit. 小计 rows are not data: a 合计
 * row below them adds up the data rows, not the subtotals too.
 */
function totalChecks(table: StagedTable): Check[] {
  if (!table.totals) return [];
  return [...markedRowChecks(table, 'total'), ...markedRowChecks(table, 'subtotal')];
}

function markedRowChecks(table: StagedTable, kind: 'total' | 'subtotal'): Check[] {
  const data = ident(table.dataTable).text;
  const unit = table.unit;
  const marked = kind === 'total' ? '_total' : '_subtotal';
  // The rows that close a section: 合计 rows; for a 小计 row, 小计 rows too.
  const closes = kind === 'total' ? 'coalesce(_total, false)' : '(coalesce(_total, false) OR coalesce(_subtotal, false))';
  return table.spec.columns.flatMap((column): Check[] => {
    if (column.kind !== 'money' && column.kind !== 'count') return [];
    const name = ident(column.name).text;
    const text = ident(`_text_${column.name}`).text;
    const scaled = column.kind === 'money' && unit !== null;
    const numbered = `SELECT ${table.rowNumber} AS _row, _data, ${marked} AS _marked, CAST(${closes} AS INTEGER) AS _closes, ${name} AS v, ${text} AS t FROM ${data} WHERE _data OR ${closes}`;
    // A row's section is the number of closing rows before it. Counted as a running
    // sum less the row itself: DuckDB evaluates a FILTERed windowed count()
    // in quadratic time (22 s on 223,000 rows against 46 ms this way).
    const sections = `SELECT *, sum(_closes) OVER (ORDER BY _row ROWS UNBOUNDED PRECEDING) - _closes AS section FROM (${numbered})`;
    const source = `(WITH r AS (${sections}) SELECT t._row, t.t AS found, t.v AS typed, (SELECT coalesce(sum(d.v), 0) FROM r d WHERE d._data AND d.section IS NOT DISTINCT FROM t.section) AS expected FROM r t WHERE t._marked) AS s`;
    const shown = (yuan: string | null): string => {
      if (yuan === null) return '';
      return scaled ? new Dec(yuan).div(new Dec(10).pow(unit.digits)).toFixed() : yuan;
    };
    return [
      {
        column: column.name,
        severity: 'error',
        source,
        onlyIf: `coalesce(bool_or(${marked}), false)`,
        where: 's.found IS NOT NULL AND (s.typed IS NULL OR s.typed <> s.expected)',
        value: 's.found',
        // The sum, and the row's own figure where it reads as one: the difference is said too (two nine-digit
        // figures 0.01 apart read alike).
        extra: "CAST(s.expected AS VARCHAR) || '|' || coalesce(CAST(s.typed AS VARCHAR), '')",
        explain: (value, extra) => {
          const [expected = '', typed = ''] = (extra ?? '').split('|');
          const apart = typed === '' || expected === '' ? null : new Dec(typed).minus(expected).abs();
          // In the sheet's unit as the sum reads; yuan to the fen, counts whole.
          const difference = apart === null ? null : group(scaled ? shown(apart.toFixed()) : apart.toFixed(column.kind === 'money' ? 2 : 0));
          const params = { label: column.label, value: value ?? '', sum: group(shown(expected)), difference, unit: scaled ? unit.label : null };
          return kind === 'total'
            ? explain(message('check.total_row', params), message('check.total_row_expected'))
            : explain(message('check.subtotal_row', params), message('check.subtotal_row_expected'));
        },
      },
    ];
  });
}

/**
 * The 省/自治区直辖县级行政区划 groupings of a staged regions table (429000:
 * a city-level code ending in 9000, or so named, with units under it), with
 * their units' codes: region_pools.sql makes each unit a pool beside the
 * cities and drops the grouping, which has no account of its own.
 */
function directGroupsSql(regions: StagedTable): string {
  const stage = ident(regions.stageTable).text;
  return `(SELECT g.region_code, first(g.name) AS name, string_agg(c.region_code, '、' ORDER BY c.region_code) AS units FROM ${stage} g JOIN ${stage} c ON c.parent_code = g.region_code WHERE ${directGroupingSql('g')} GROUP BY g.region_code)`;
}

/** A row booked at a grouping of directly administered units: it has no account, and the grouping is not kept. */
function directGroupReference(column: ColumnSpec, source: string, regions: StagedTable): Check {
  const v = col(column.name);
  return {
    column: column.name,
    severity: 'error',
    source: `(SELECT s.*, g.units AS direct_units FROM ${source} JOIN ${directGroupsSql(regions)} g ON g.region_code = ${v}) AS s`,
    where: 'true',
    value: v,
    extra: 's.direct_units',
    explain: (value, extra) =>
      explain(message('check.direct_group_rows', { code: String(value), units: String(extra) }), message('check.direct_group_rows_expected', { units: String(extra) })),
  };
}

/**
 * A row of a table filled in by county (TableSpec.countyRows) at a region
 * with regions under it. A warning: a city's own persons (市本级) may truly
 * belong to no county; a grouping of directly administered units is refused
 * by directGroupReference instead.
 */
function rowsAboveCounties(column: ColumnSpec, source: string, regions: StagedTable): Check {
  const v = col(column.name);
  const stage = ident(regions.stageTable).text;
  return {
    column: column.name,
    severity: 'warning',
    source,
    where: `${v} IN (SELECT parent_code FROM ${stage} WHERE parent_code IS NOT NULL) AND ${v} NOT IN (SELECT region_code FROM ${directGroupsSql(regions)})`,
    decidedBy: column.name,
    value: v,
    extra: `(SELECT first(r.name) FROM ${stage} r WHERE r.region_code = ${v})`,
    explain: (value, extra) => explain(message('check.rows_above_counties', { code: String(value), name: extra ?? '' }), message('check.rows_above_counties_expected')),
  };
}

/**
 * A row at a region with regions under it whose count is the sum of the
 * rows below it (the same quarter and, where the key has one, category):
 * the city's subtotal of an office table, which the roll-up would add to
 * its counties' own rows. Descendants to two levels (province → city →
 * county).
 */
function countySumRepeated(table: StagedTable, regions: StagedTable, count: string): Check {
  const stage = ident(table.stageTable).text;
  const r = ident(regions.stageTable).text;
  const by = table.spec.key.filter((k) => k !== 'region_code');
  const below = `SELECT p.region_code AS ancestor, c.region_code AS descendant FROM ${r} c JOIN ${r} p ON c.parent_code = p.region_code
    UNION ALL SELECT g.region_code, c.region_code FROM ${r} c JOIN ${r} p ON c.parent_code = p.region_code JOIN ${r} g ON p.parent_code = g.region_code`;
  const sums = `SELECT a.ancestor, ${by.map((k) => `t.${ident(k).text}`).join(', ')}, sum(TRY_CAST(t.${ident(count).text} AS BIGINT)) AS below_sum
    FROM ${stage} t JOIN (${below}) a ON a.descendant = t.region_code GROUP BY ALL`;
  const label = table.spec.columns.find((c) => c.name === count)?.label ?? count;
  return {
    column: count,
    severity: 'error',
    source: `(SELECT s.*, d.below_sum FROM ${stage} s JOIN (${sums}) d ON d.ancestor = s.region_code ${by.map((k) => `AND d.${ident(k).text} IS NOT DISTINCT FROM s.${ident(k).text}`).join(' ')}) AS s`,
    // Zeros equal their zeros: a city's own row of no persons is no total row (and would count nothing twice).
    where: `s.below_sum > 0 AND TRY_CAST(${col(count)} AS BIGINT) = s.below_sum`,
    value: col('region_code'),
    extra: col(count),
    explain: (value, extra) => explain(message('check.county_sum_repeated', { code: String(value), label, column: count, value: extra ?? '' }), message('check.county_sum_repeated_expected')),
  };
}

/**
 * A document whose pass-downs (the rows naming it as `source_transfer_id`)
 * add up to more than its own amount: money passed down that never came
 * from it, which reconciliation would count at the source's origin level. A
 * warning on the source document's row; amounts as yuan (a file may state
 * them in 万元).
 */
function passedDownMore(table: StagedTable): Check {
  const rows = inYuanSql(table);
  const amount = (alias: string): string => `TRY_CAST(${alias}.amount AS DECIMAL(18, 2))`;
  const passed = `SELECT t.source_transfer_id, sum(${amount('t')}) AS passed, count(*) AS documents FROM ${rows} t WHERE t.source_transfer_id IS NOT NULL GROUP BY t.source_transfer_id`;
  return {
    column: 'amount',
    severity: 'warning',
    source: `(SELECT s.*, d.passed, d.documents FROM ${rows} s JOIN (${passed}) d ON d.source_transfer_id = s.transfer_id) AS s`,
    where: `s.passed > ${amount('s')}`,
    value: 's.transfer_id',
    extra: `CAST(${amount('s')} AS VARCHAR) || ' ' || CAST(s.passed AS VARCHAR) || ' ' || CAST(s.documents AS VARCHAR)`,
    explain: (value, extra) => {
      const [amount = '', passed = '', documents = ''] = (extra ?? '').split(' ');
      return explain(message('check.passed_down_more', { id: value ?? '', amount, passed, documents }), message('check.passed_down_more_expected'));
    },
  };
}

function regionReference(column: ColumnSpec, source: string, regions: StagedTable): Check {
  const v = col(column.name);
  return {
    column: column.name,
    severity: 'error',
    source,
    where: `${v} IS NOT NULL AND regexp_full_match(${v}, '[0-9]{6}') AND ${v} NOT IN (SELECT region_code FROM ${ident(regions.stageTable).text} WHERE region_code IS NOT NULL)`,
    decidedBy: column.name,
    value: v,
    explain: (value) =>
      explain(message('check.region_unknown', { value: String(value) }), message('check.region_unknown_expected')),
  };
}

function repeatedKeysTable(table: StagedTable): string {
  return `${table.stageTable}_repeated_keys`;
}

/** The columns whose repetition the duplicate search looks for: the key, or every column of a table that merges identical rows. */
function repeatedColumns(table: StagedTable): string[] {
  return table.spec.mergeDuplicates ? table.spec.columns.map((c) => c.name) : table.spec.key;
}

/** `alias`: the table's alias with its dot (`s.`), or nothing. */
function keyHashSql(table: StagedTable, alias = ''): string {
  const columns = repeatedColumns(table).flatMap((k) => {
    const column = table.spec.columns.find((c) => c.name === k);
    return column ? hashedColumns(column) : [k];
  });
  return `hash(${columns.map((k) => alias + ident(k).text).join(', ')})`;
}

/**
 * A table that merges identical rows (the roster): the rows identical to an
 * earlier one are recorded (merge_duplicates.sql, `mergedRowsTable`) and left
 * out when the table is loaded; one notice says how many and shows the first.
 */
async function mergeDuplicateRows(engine: Engine, table: StagedTable, keysInPasses: boolean): Promise<Problem | null> {
  const columns = repeatedColumns(table).map((c) => `s.${ident(c).text}`).join(', ');
  const hasQuarter = table.spec.columns.some((c) => c.name === 'quarter');
  const rows = await engine.query(
    renderSql(SQL.mergeDuplicates, {
      merged: ident(mergedRowsTable(table.spec)),
      quarter: fragment(hasQuarter ? 's.quarter' : 'CAST(NULL AS VARCHAR)'),
      columns: fragment(columns),
      stage_table: ident(table.stageTable),
      candidates: fragment(keysInPasses ? `WHERE ${keyHashSql(table, 's.')} IN (SELECT h FROM ${ident(repeatedKeysTable(table)).text})` : ''),
    }),
  );
  const result = rows.at(-1);
  const merged = Number(result?.merged_rows ?? 0);
  table.merged = merged;
  if (merged === 0) return null;
  const row = Number(result?.example_row);
  const first = Number(result?.example_first);
  return {
    file: table.file,
    ...sheetOf(table),
    row: null,
    column: null,
    severity: 'warning',
    ...explain(message('check.rows_merged', { merged, row, first }), message('check.rows_merged_expected', { columns: repeatedColumns(table) })),
  };
}

/** Rows of malformed IDs shown in the notice. */
const MALFORMED_SHOWN = 5;

/**
 * IDs ending in 000 in at least this share of a roster's rows are IDs a
 * spreadsheet stored as numbers: Excel keeps 15 significant digits, so an
 * 18-digit ID saved from a column formatted as a number (0) ends in 000.
 * Real IDs end so about once in 1,100 (two sequence digits and the check
 * character), so a tenth is a hundred times that: no real list comes near.
 */
const ZERO_FILLED_SHARE = 0.1;
/** …and at least this many different IDs end so: one person listed on several rows is no pattern. */
const ZERO_FILLED_IDS = 3;

/**
 * Person IDs in neither ID form (idNumber.ts), flagged as they were read:
 * one notice with how many and the first rows, by row and masked ID. Not an
 * error: the ID is still that person's key. IDs a spreadsheet filled with
 * zeros (ZERO_FILLED_SHARE) are an error: different persons became one.
 */
async function malformedIds(engine: Engine, table: StagedTable): Promise<Problem | null> {
  const data = ident(table.dataTable).text;
  const malformed = ident(MALFORMED_ID_COLUMN).text;
  const first = async (where: string): Promise<{ row: number; id: string }[]> =>
    (await engine.query(`SELECT ${table.rowNumber} AS _row, ${ident(MASKED_ID_COLUMN).text} AS id FROM ${data} WHERE _data AND ${where} ORDER BY _row LIMIT ${MALFORMED_SHOWN}`)).map((r) => ({
      row: Number(r._row),
      id: String(r.id),
    }));
  const place = { file: table.file, ...sheetOf(table), row: null, column: PERSON_ID_COLUMN };
  const zeroFilled = await zeroFilledIds(engine, table);
  if (zeroFilled) {
    return { ...place, severity: 'error', ...explain(message('check.ids_zero_filled', { ...zeroFilled, rows: await first(ZEROS) }), message('cell.expected', { kind: 'person_id', signed: false, values: [] })) };
  }
  const [counted] = await engine.query(`SELECT CAST(count(*) AS BIGINT) AS n FROM ${data} WHERE _data AND ${malformed}`);
  const count = Number(counted?.n ?? 0);
  if (count === 0) return null;
  return { ...place, severity: 'warning', ...explain(message('check.ids_malformed', { count, rows: await first(malformed) }), message('check.ids_malformed_expected')) };
}

/** A masked ID (its last four characters kept) ending in 000. */
const ZEROS = `ends_with(${ident(MASKED_ID_COLUMN).text}, '000')`;
/** Above this many rows the IDs are first judged on a sample of the table's blocks (~10 ms instead of ~0.3 s for 20,000,000 rows), and counted only where the sample comes near the share. */
const SAMPLED_ABOVE = 1_000_000;

/** How many of the roster's rows have IDs a spreadsheet filled with zeros, of how many, when they are a pattern (ZERO_FILLED_SHARE); null when not. */
async function zeroFilledIds(engine: Engine, table: StagedTable): Promise<{ count: number; total: number } | null> {
  const data = ident(table.dataTable).text;
  if (table.rowCount > SAMPLED_ABOVE) {
    const [sampled] = await engine.query(`SELECT CAST(count(*) AS BIGINT) AS n, CAST(count(*) FILTER (WHERE ${ZEROS}) AS BIGINT) AS zeros FROM ${data} TABLESAMPLE 2 PERCENT (system) WHERE _data`);
    if (Number(sampled?.zeros ?? 0) < (ZERO_FILLED_SHARE / 2) * Number(sampled?.n ?? 0)) return null;
  }
  const [counted] = await engine.query(
    `SELECT CAST(count(*) AS BIGINT) AS n, CAST(count(*) FILTER (WHERE ${ZEROS}) AS BIGINT) AS zeros, CAST(count(DISTINCT ${ident(PERSON_ID_COLUMN).text}) FILTER (WHERE ${ZEROS}) AS BIGINT) AS ids FROM ${data} WHERE _data`,
  );
  const [total, count] = [Number(counted?.n ?? 0), Number(counted?.zeros ?? 0)];
  return count >= ZERO_FILLED_SHARE * total && count > 0 && Number(counted?.ids ?? 0) >= ZERO_FILLED_IDS ? { count, total } : null;
}

/**
 * The hashes of the keys that occur more than once (a superset of the
 * duplicates: two keys may share a hash), found in passes over a share of
 * the hashes each, so that a roster of millions of rows never needs a hash
 * table or window over all its keys at once. The duplicate check then
 * numbers only the rows with those hashes.
 */
async function findRepeatedKeys(engine: Engine, table: StagedTable, keysPerPass: number): Promise<void> {
  const target = ident(repeatedKeysTable(table)).text;
  const passes = Math.max(1, Math.ceil(table.rowCount / keysPerPass));
  await engine.query(`CREATE OR REPLACE TEMP TABLE ${target} (h UBIGINT)`);
  if (passes === 1) {
    await engine.query(
      `INSERT INTO ${target} SELECT h FROM (SELECT h, lag(h) OVER (ORDER BY h) AS previous FROM (SELECT ${keyHashSql(table)} AS h FROM ${ident(table.stageTable).text})) WHERE h = previous`,
    );
    return;
  }
  // Each row's hash worked out once, 8 bytes a row, and each pass reads those: hashing every column
  // of every row in every pass was most of the search (a 20,000,000-row roster: eight passes).
  const hashes = ident(`${repeatedKeysTable(table)}_all`).text;
  await engine.query(`CREATE OR REPLACE TEMP TABLE ${hashes} AS SELECT ${keyHashSql(table)} AS h FROM ${ident(table.stageTable).text}`);
  try {
    for (let pass = 0; pass < passes; pass++) {
      await engine.query(
        `INSERT INTO ${target} SELECT h FROM (SELECT h, lag(h) OVER (ORDER BY h) AS previous FROM ${hashes} WHERE h % ${passes} = ${pass}) WHERE h = previous`,
      );
    }
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${hashes}`);
  }
}

const keyParts = (joined: string): (string | null)[] => joined.split('\x1f').map((part) => (part === '\x1e' ? null : part));

/** `keysInPasses`: a table too big to number all its keys in one window (the roster) numbers only the repeated ones. */
function duplicateKeys(table: StagedTable, keysInPasses: boolean): Check[] {
  const keys = table.spec.key.map((k) => ident(k).text);
  // A person ID was hashed as it was read: its masked form stands for it in the message.
  const shown = (k: string): string => (k === PERSON_ID_COLUMN ? MASKED_ID_COLUMN : k);
  const carried = [...new Set(['_row', ...table.spec.key.map(shown)])].map((c) => ident(c).text);
  const candidates = keysInPasses ? ` WHERE ${keyHashSql(table)} IN (SELECT h FROM ${ident(repeatedKeysTable(table)).text})` : '';
  const numbered = `(SELECT ${carried.join(', ')}, min(_row) OVER (PARTITION BY ${keys.join(', ')}) AS first_row, row_number() OVER (PARTITION BY ${keys.join(', ')} ORDER BY _row) AS nth FROM ${ident(table.stageTable).text}${candidates}) AS s`;
  return [
    {
      column: table.spec.key.join('+'),
      severity: 'error',
      source: numbered,
      where: 's.nth > 1',
      // The key's parts apart, an empty one marked, so each language says "empty" its own way.
      value: `concat_ws(chr(31), ${table.spec.key.map((k) => `coalesce(CAST(${col(shown(k))} AS VARCHAR), chr(30))`).join(', ')})`,
      extra: 's.first_row',
      explain: (value, extra) =>
        explain(message('check.duplicate_key', { row: String(extra), parts: keyParts(String(value)) }), message('check.duplicate_key_expected', { key: table.spec.key })),
    },
  ];
}

const SQL_LIST = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

function rowRules(table: StagedTable, byName: Map<string, StagedTable>): Check[] {
  const source = `${ident(table.stageTable).text} AS s`;
  const count = (name: string): string => `TRY_CAST(${col(name)} AS BIGINT)`;
  switch (table.spec.name) {
    case 'regions': {
      const tiles = byName.get('region_tiles');
      return tiles ? [...regionTree(table), tileMissing(table, tiles)] : regionTree(table);
    }
    case 'region_tiles':
      return [tileOverlap(table, byName.get('regions'))];
    case 'allocation_factors': {
      const regions = byName.get('regions');
      return regions
        ? [
            rowsOfLevel(
              table,
              regions,
              'city',
              (code, level) => explain(message('check.factor_not_city', { code, level }), message('check.factor_not_city_expected')),
              // A county-level unit the province administers directly is a pool of its own (region_pools.sql): the province allocates to it.
              `s.region_level = 'county' AND s.region_code IN (SELECT c.region_code FROM ${ident(regions.stageTable).text} c JOIN ${ident(regions.stageTable).text} p ON p.region_code = c.parent_code WHERE p.level = 'province' OR p.region_code IN (SELECT region_code FROM ${directGroupsSql(regions)}))`,
            ),
          ]
        : [];
    }
    case 'obligations': {
      const regions = byName.get('regions');
      return regions
        ? [
            rowsOfLevel(
              table,
              regions,
              'county',
              (code, level) => explain(message('check.obligation_not_county', { code, level }), message('check.obligation_not_county_expected')),
              // A city without counties (东莞市, a 省直辖县 listed as a city) is its own county too: its shortfall is its own part of its gap.
              `s.region_level = 'city' AND NOT EXISTS (SELECT 1 FROM ${ident(regions.stageTable).text} r WHERE r.parent_code = s.region_code)`,
            ),
          ]
        : [];
    }
    case 'resident_enrollment': {
      const regions = byName.get('regions');
      return regions ? [countySumRepeated(table, regions, 'insured')] : [];
    }
    case 'assistance_enrollment': {
      const regions = byName.get('regions');
      const sums = regions ? [countySumRepeated(table, regions, 'recipients')] : [];
      return [...sums, ...(['enrolled', 'subsidized'] as const).map((name): Check => ({
        column: name,
        severity: 'error',
        source,
        where: `${count(name)} > ${count('recipients')}`,
        value: col(name),
        extra: col('recipients'),
        explain: (value, extra) =>
          explain(
            message('check.more_than_recipients', { column: name, value: String(value), recipients: String(extra) }),
            message('check.more_than_recipients_expected', { column: name }),
          ),
      }))];
    }
    case 'fund_flows': {
      const onlyExpenditure = EXPENDITURE_ITEMS.filter((i) => !(INCOME_ITEMS as readonly string[]).includes(i));
      const onlyIncome = INCOME_ITEMS.filter((i) => !(EXPENDITURE_ITEMS as readonly string[]).includes(i));
      const balances = byName.get('fund_balances');
      const regions = byName.get('regions');
      return [
        ...(balances && regions ? [openingMissing(table, balances, regions)] : []),
        {
          column: 'source_level',
          severity: 'error',
          source,
          where: `${col('direction')} = 'income' AND ${col('source_level')} IS NULL`,
          value: col('item'),
          explain: () =>
            explain(message('check.income_no_source'), message('check.income_no_source_expected')),
        },
        {
          column: 'source_level',
          severity: 'error',
          source,
          where: `${col('direction')} = 'expenditure' AND ${col('source_level')} IS NOT NULL`,
          value: col('source_level'),
          explain: (value) =>
            explain(message('check.expenditure_source', { value: String(value) }), message('check.expenditure_source_expected')),
        },
        {
          column: 'item',
          severity: 'error',
          source,
          where: `(${col('direction')} = 'income' AND ${col('item')} IN (${SQL_LIST(onlyExpenditure)})) OR (${col('direction')} = 'expenditure' AND ${col('item')} IN (${SQL_LIST(onlyIncome)}))`,
          value: col('item'),
          extra: col('direction'),
          explain: (value, extra) => {
            const direction = extra === 'income' ? 'income' : 'expenditure';
            return explain(
              message('check.item_direction', { value: String(value), direction }),
              message('check.item_direction_expected', { direction, items: direction === 'income' ? INCOME_ITEMS : EXPENDITURE_ITEMS }),
            );
          },
        },
        ...saidAgainst(table, source),
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
          explain: (value, extra) =>
            explain(message('check.received_before_issued', { received: String(value), issued: String(extra) }), message('check.received_before_issued_expected')),
        },
        {
          // A pass-down of a document that is not there has no origin level (DOMAIN.md 资金到账核对).
          column: 'source_transfer_id',
          severity: 'error',
          source,
          where: `${col('source_transfer_id')} IS NOT NULL AND ${col('source_transfer_id')} NOT IN (SELECT transfer_id FROM ${ident(transfers?.stageTable ?? table.stageTable).text} WHERE transfer_id IS NOT NULL)`,
          value: col('source_transfer_id'),
          explain: (value) =>
            explain(message('check.source_transfer_unknown', { value: String(value) }), message('check.source_transfer_unknown_expected')),
        },
        {
          column: 'source_transfer_id',
          severity: 'error',
          source: `(${renderSql(SQL.transferChainLoops, { transfers: fragment(ident(table.stageTable).text) })}) AS s`,
          where: 'TRUE',
          value: 's.chain',
          explain: (value) =>
            explain(message('check.transfer_loop', { chain: String(value) }), message('check.transfer_loop_expected')),
        },
        passedDownMore(table),
      ];
    }
    case 'fund_balances': {
      const flows = byName.get('fund_flows');
      if (!flows) return [];
      return [
        {
          column: 'opening_balance',
          severity: 'warning',
          // Amounts as yuan: either file may state them in 万元.
          source: `${renderSql(SQL.balanceReconcile, { balances: fragment(inYuanSql(table)), flows: fragment(inYuanSql(flows)) })} AS s`,
          where: `TRY_CAST(s.opening_balance AS DECIMAL(18, 2)) <> TRY_CAST(s.expected_balance AS DECIMAL(18, 2))`,
          // Code, fund, year and balance, space-separated; each language words the year its own way.
          value: `s.region_code || ' ' || s.fund || ' ' || s.year || ' ' || s.opening_balance`,
          extra: 's.expected_balance',
          explain: (value, extra) =>
            explain(message('check.opening_balance', { value: value ?? '', expected: extra ?? '' }), message('check.opening_balance_expected')),
        },
      ];
    }
    default:
      return [];
  }
}

/**
 * An account (region, fund) with flows in a year but no opening balance for
 * it, where other accounts of the fund have one that year, said once, at its first flow row: its accumulated balance, and that of
 * every city and province above it, is unknown (opening_rollup.sql), where
 * summing without it understated them silently.
 */
function openingMissing(flows: StagedTable, balances: StagedTable, regions: StagedTable): Check {
  const year = (quarter: string): string => `TRY_CAST(substr(${quarter}, 1, 4) AS INTEGER)`;
  return {
    column: 'quarter',
    severity: 'warning',
    source:
      // Only rows whose own cells are good (a bad code or fund is said by its cell).
      `(SELECT f.* FROM ${ident(flows.stageTable).text} f WHERE f.region_code IN (SELECT region_code FROM ${ident(regions.stageTable).text}) ` +
      `AND f.fund IN (${FUNDS.map((fund) => `'${fund}'`).join(', ')}) AND ${year('f.quarter')} IS NOT NULL AND NOT EXISTS ` +
      `(SELECT 1 FROM ${ident(balances.stageTable).text} b WHERE b.region_code = f.region_code AND b.fund = f.fund AND TRY_CAST(b.year AS INTEGER) = ${year('f.quarter')}) ` +
      // A year no account has an opening for (flows kept from before the balances start) is unknown for all alike: not said per account.
      `AND EXISTS (SELECT 1 FROM ${ident(balances.stageTable).text} b WHERE b.fund = f.fund AND TRY_CAST(b.year AS INTEGER) = ${year('f.quarter')}) ` +
      `QUALIFY row_number() OVER (PARTITION BY f.region_code, f.fund, ${year('f.quarter')} ORDER BY f._row) = 1) AS s`,
    where: 'TRUE',
    value: 's.region_code',
    extra: `s.fund || ' ' || ${year('s.quarter')}`,
    explain: (value, extra) => {
      const [fund, year] = (extra ?? '').split(' ');
      return explain(message('check.opening_missing', { region: value ?? '', fund: fund ?? '', year: year ?? '' }), message('check.opening_missing_expected'));
    },
  };
}

/**
 * Rows of a table that only one level of region may have, refused by the
 * level of theirs: allocation factors are the cities' (DOMAIN.md 因素法: a
 * row of the province or of a county would take a share of the province's
 * total beside the cities); obligations are the counties' (缺口分担 step 3:
 * a city's or the province's row would be read by nothing, its shortfall
 * silently left out of every sharing). `alsoAllowed`: rows of another level
 * that are read all the same.
 */
function rowsOfLevel(
  table: StagedTable,
  regions: StagedTable,
  level: 'city' | 'county',
  said: (code: string, level: string) => Explanation,
  alsoAllowed = 'false',
): Check {
  const regionLevel = `(SELECT r.level FROM ${ident(regions.stageTable).text} r WHERE r.region_code = t.region_code LIMIT 1)`;
  return {
    column: 'region_code',
    severity: 'error',
    source: `(SELECT t.*, ${regionLevel} AS region_level FROM ${ident(table.stageTable).text} t) AS s`,
    where: `s.region_level IS NOT NULL AND s.region_level <> '${level}' AND NOT (${alsoAllowed})`,
    value: col('region_code'),
    extra: 's.region_level',
    explain: (value, extra) => said(String(value), String(extra)),
  };
}

/**
 * A word that says another column's value as well as its own (其他收入 on a
 * row whose direction is 支出: ColumnSpec.saysAlso), refused by its cell: the
 * row contradicts itself, and reading it by the other column alone would
 * book income as expenditure without a word.
 */
function saidAgainst(table: StagedTable, source: string): Check[] {
  return table.spec.columns.flatMap((column): Check[] => {
    const also = column.saysAlso;
    if (!also) return [];
    const said = col(saidColumn(column));
    const other = table.spec.columns.find((c) => c.name === also.column);
    const meaning = `CASE ${said} ${Object.entries(also.words).map(([w, v]) => `WHEN ${literal(w).text} THEN ${literal(v).text}`).join(' ')} END`;
    return [
      {
        column: column.name,
        severity: 'error',
        source,
        where: `${said} IS NOT NULL AND ${col(also.column)} IS NOT NULL AND ${meaning} <> ${col(also.column)}`,
        value: said,
        extra: col(also.column),
        explain: (value, extra) =>
          explain(
            message('check.word_says_other', { label: column.label, column: column.name, word: String(value), otherLabel: other?.label ?? also.column, otherColumn: also.column, other: String(extra) }),
            message('check.word_says_other_expected', { label: column.label, column: column.name, otherLabel: other?.label ?? also.column, otherColumn: also.column }),
          ),
      },
    ];
  });
}

function levelOf(text: string | undefined): 'province' | 'city' | 'county' {
  return text === 'province' || text === 'city' ? text : 'county';
}

/** The first two digits of the municipalities' codes (直辖市: 北京 11, 天津 12, 上海 31, 重庆 50). */
const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** Province → city → county: each level's parent is one level up. */
function regionTree(table: StagedTable): Check[] {
  const stage = ident(table.stageTable).text;
  const withParent = `(SELECT c.*, p.level AS parent_level, coalesce(${directGroupingSql('p')}, false) AS parent_grouping FROM ${stage} c LEFT JOIN ${stage} p ON p.region_code = c.parent_code) AS s`;
  const parentLevel = "CASE s.level WHEN 'city' THEN 'province' WHEN 'county' THEN 'city' END";
  // One province per data set: the policy, the factor method's total and the page's root are the province's.
  const firstProvince = `(SELECT region_code FROM ${stage} WHERE level = 'province' AND parent_code IS NULL ORDER BY _row LIMIT 1)`;
  return [
    {
      column: 'region_code',
      severity: 'error',
      source: `(SELECT c.*, ${firstProvince} AS first_province FROM ${stage} c) AS s`,
      where: `s.level = 'province' AND s.parent_code IS NULL AND s.region_code <> s.first_province`,
      value: 's.region_code',
      extra: 's.first_province',
      explain: (value, extra) =>
        explain(message('check.second_province', { code: String(value), first: String(extra) }), message('check.second_province_expected')),
    },
    {
      column: 'parent_code',
      severity: 'error',
      source: withParent,
      where: `s.level IN ('city', 'county') AND s.parent_code IS NULL`,
      value: 's.level',
      explain: (value) =>
        explain(message('check.parent_missing', { level: String(value) }), message('check.parent_missing_expected')),
    },
    {
      column: 'parent_code',
      severity: 'error',
      source: withParent,
      where: `s.level = 'province' AND s.parent_code IS NOT NULL`,
      value: 's.parent_code',
      explain: () =>
        explain(message('check.province_parent'), message('check.province_parent_expected')),
    },
    {
      column: 'parent_code',
      severity: 'error',
      source: withParent,
      // A county straight under the province (省直管县) is allowed, and so is a unit under a grouping (429000) written
      // as a city rather than a county: region_pools.sql makes each a pool of its own, and the grouping goes.
      // A parent whose own level is no level is refused at its row: its children are not also refused for it.
      where: `s.level IN ('city', 'county') AND s.parent_level IN ('province', 'city', 'county') AND s.parent_level <> ${parentLevel} AND NOT (s.level = 'county' AND s.parent_level = 'province') AND NOT (s.level = 'city' AND s.parent_grouping)`,
      value: 's.parent_code',
      extra: "s.parent_level || '/' || s.level || '/' || coalesce(s.name, '')",
      explain: (value, extra) => {
        const [parentLevel, level, ...name] = String(extra).split('/');
        // 塔城地区 under 伊犁哈萨克自治州, as some provincial lists nest it: a prefecture, not a county-level city.
        const prefecture = level === 'city' && parentLevel === 'city' && /(地区|盟|州)$/.test(name.join('/').trim());
        return explain(
          message('check.parent_level', { parent: String(value), level: levelOf(parentLevel), own: levelOf(level), ...(prefecture ? { prefecture } : {}) }),
          message('check.parent_level_expected'),
        );
      },
    },
    {
      column: 'parent_code',
      severity: 'warning',
      source: withParent,
      where: `s.level = 'county' AND s.parent_level = 'province'`,
      value: 's.region_code',
      extra: 's.name',
      explain: (value, extra) => {
        const code = String(value);
        // 北京、天津、上海、重庆: the province is the city; its districts are usually listed under 市辖区 (110100).
        return MUNICIPALITIES.has(code.slice(0, 2))
          ? explain(message('check.municipal_district', { code, name: String(extra ?? '') }), message('check.municipal_district_expected', { city: `${code.slice(0, 2)}0100` }))
          : explain(message('check.province_direct', { code, name: String(extra ?? '') }), message('check.province_direct_expected'));
      },
    },
    {
      column: 'region_code',
      severity: 'warning',
      source: `(SELECT c.*, g.units AS direct_units FROM ${stage} c JOIN ${directGroupsSql(table)} g ON g.region_code = c.region_code) AS s`,
      where: 'true',
      value: "s.region_code || ' ' || coalesce(s.name, '')",
      extra: 's.direct_units',
      explain: (value, extra) => {
        const [code = '', ...name] = String(value).split(' ');
        return explain(message('check.direct_group', { code, name: name.join(' '), units: String(extra) }), message('check.direct_group_expected'));
      },
    },
  ];
}

/**
 * Two regions of one parent on one tile of region_tiles.csv: the map could
 * show only one of them. Tiles are per parent (the cities on the province's
 * map, a city's counties on its own), so counties of different cities may
 * share a position.
 */
function tileOverlap(table: StagedTable, regions: StagedTable | undefined): Check {
  const stage = ident(table.stageTable).text;
  const parent = regions ? `(SELECT parent_code FROM ${ident(regions.stageTable).text} r WHERE r.region_code = t.region_code LIMIT 1)` : 'NULL';
  const numbered = `(SELECT *, min(_row) OVER w AS first_row, first(region_code) OVER w AS first_code, row_number() OVER w AS nth FROM (SELECT t.*, ${parent} AS parent_code FROM ${stage} t WHERE TRY_CAST(t."row" AS BIGINT) IS NOT NULL AND TRY_CAST(t.col AS BIGINT) IS NOT NULL) WINDOW w AS (PARTITION BY parent_code, TRY_CAST("row" AS BIGINT), TRY_CAST(col AS BIGINT) ORDER BY _row)) AS s`;
  return {
    column: 'row+col',
    severity: 'error',
    source: numbered,
    where: 's.nth > 1',
    value: `s.region_code || ' ' || s.first_code || ' ' || s."row" || ' ' || s.col`,
    extra: 's.first_row',
    explain: (value, extra) => {
      const [code, first, row, column] = (value ?? '').split(' ');
      return explain(
        message('check.tile_overlap', { code: code ?? '', first: first ?? '', firstRow: extra ?? '', row: row ?? '', column: column ?? '' }),
        message('check.tile_overlap_expected'),
      );
    },
  };
}

/**
 * A city or county whose siblings are laid out but which is not: the map
 * places it automatically below the layout. A note, the data loads as usual.
 */
function tileMissing(table: StagedTable, tiles: StagedTable): Check {
  const stage = ident(table.stageTable).text;
  const laid = `(SELECT region_code FROM ${ident(tiles.stageTable).text} WHERE region_code IS NOT NULL)`;
  // As the page places them: a grouping's units beside the cities (region_pools.sql), the grouping itself gone.
  const groups = `(SELECT region_code, parent_code FROM ${directGroupsSql(table)} d JOIN ${stage} g USING (region_code))`;
  const placed = `(SELECT c.region_code, c.level, c._row, coalesce(g.parent_code, c.parent_code) AS parent_code FROM ${stage} c LEFT JOIN ${groups} g ON g.region_code = c.parent_code WHERE c.region_code NOT IN (SELECT region_code FROM ${groups}))`;
  return {
    column: 'region_code',
    severity: 'warning',
    source: `${placed} AS s`,
    where: `s.level IN ('city', 'county') AND s.region_code NOT IN ${laid} AND s.parent_code IN (SELECT parent_code FROM ${placed} WHERE region_code IN ${laid})`,
    value: 's.region_code',
    explain: (value) =>
      explain(message('check.tile_missing', { code: value ?? '' }), message('check.tile_missing_expected')),
  };
}
