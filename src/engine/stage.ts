// Step one of a load: each table's input (a CSV file, a workbook sheet or a
// Parquet file) becomes a temporary all-text table with the contract's
// column names and the spreadsheet row number `_row`. Nothing the user sees
// changes until the whole dataset has been validated.
import type { ColumnSpec, TableSpec } from './contract';
import { headerCells, mapHeader, expectedHeader } from './csvHeader';
import { decodeText, type TextEncodingName } from './decode';
import type { Engine } from './engine';
import type { TableSource } from './files';
import type { Problem } from './problems';
import { fragment, ident, renderSql, SQL, type SqlFragment } from './sql';
import { sheetToCsv } from './xlsxTable';

export interface StagedTable {
  spec: TableSpec;
  /** Base name of the file, for problems. */
  file: string;
  /** The workbook sheet the table came from; null for CSV and Parquet. */
  sheet: string | null;
  /** The staged text table, schema-qualified SQL (see STAGE_SCHEMA). */
  stageTable: SqlFragment;
  rowCount: number;
}

export interface StageResult {
  staged: StagedTable | null;
  problems: Problem[];
  /** The text encoding detected for a CSV file; null for XLSX and Parquet. */
  encoding: TextEncodingName | null;
}

/**
 * Every staged table of a load lives in this schema, so that one statement
 * (DROP_STAGE_SQL) removes them all, the raw person IDs of a roster included.
 */
export const STAGE_SCHEMA = 'fundwatch_stage';
export const CREATE_STAGE_SQL = `CREATE SCHEMA IF NOT EXISTS ${ident(STAGE_SCHEMA).text}`;
export const DROP_STAGE_SQL = `DROP SCHEMA IF EXISTS ${ident(STAGE_SCHEMA).text} CASCADE`;

function stageRef(name: string): SqlFragment {
  return fragment(`${ident(STAGE_SCHEMA).text}.${ident(name).text}`);
}

export function stageTableName(spec: TableSpec): SqlFragment {
  return stageRef(spec.name);
}

/** The row count CREATE TABLE … AS answers with. */
function createdRows(rows: readonly Record<string, unknown>[]): number {
  const count = rows[0]?.Count;
  if (typeof count !== 'number') throw new Error(`CREATE TABLE AS answered ${JSON.stringify(rows)} instead of a row count`);
  return count;
}

/**
 * The explanation rows of our templates (first cell starting with `#` or
 * `说明`) are skipped wherever they appear; their row numbers still count.
 */
const NOT_A_NOTE = (firstCell: string): string => `NOT regexp_matches(coalesce(${firstCell}, ''), '^\\s*(#|说明)')`;

export async function stageSource(engine: Engine, source: TableSource): Promise<StageResult> {
  const where = { file: source.file, sheet: source.sheet };
  const fileProblem = (problem: string, expected: string, row: number | null = null): Problem => ({
    file: source.file,
    ...(source.sheet === null ? {} : { sheet: source.sheet }),
    row,
    column: null,
    problem,
    expected,
    severity: 'error',
  });
  switch (source.format) {
    case 'csv': {
      const decoded = decodeText(source.bytes);
      const done = (r: Omit<StageResult, 'encoding'>): StageResult => ({ ...r, encoding: decoded.encoding });
      if (decoded.garbled) {
        return done({ staged: null, problems: [fileProblem('文件既不是 UTF-8 也不是 GBK/GB18030 编码（出现无法识别的字符）', 'UTF-8 或 GBK 编码的 CSV 文件')] });
      }
      if (decoded.text.trim() === '') return done({ staged: null, problems: [fileProblem('文件是空的', expectedHeader(source.spec), 1)] });
      const cells = headerCells(decoded.text);
      return done(await stageCsvText(engine, source.spec, where, decoded.text, cells, { headerRow: 1, rowColumn: false }));
    }
    case 'xlsx': {
      const csv = sheetToCsv(source.spec, { file: source.file, sheet: source.sheet }, source.rows, source.date1904);
      if (!csv) return { staged: null, problems: [fileProblem('工作表是空的', expectedHeader(source.spec), 1)], encoding: null };
      const result = await stageCsvText(engine, source.spec, where, csv.text, csv.header, { headerRow: csv.headerRow, rowColumn: true });
      return { ...result, problems: [...csv.problems, ...result.problems], encoding: null };
    }
    case 'parquet':
      return { ...(await stageParquet(engine, source.spec, source.file, source.bytes)), encoding: null };
  }
}

function stageColumns(spec: TableSpec, positions: Map<ColumnSpec, number | null>, cell: (position: number) => string): string {
  return spec.columns
    .map((c) => {
      const position = positions.get(c);
      const source = position === null || position === undefined ? 'CAST(NULL AS VARCHAR)' : `NULLIF(trim(${cell(position)}), '')`;
      return `${source} AS ${ident(c.name).text}`;
    })
    .join(', ');
}

async function stageCsvText(
  engine: Engine,
  spec: TableSpec,
  where: { file: string; sheet: string | null },
  text: string,
  cells: readonly string[],
  options: { headerRow: number; rowColumn: boolean },
): Promise<Omit<StageResult, 'encoding'>> {
  const header = mapHeader(spec, where.file, cells, { sheet: where.sheet, headerRow: options.headerRow });
  if (header.problems.length > 0) return { staged: null, problems: header.problems };

  const registered = `fundwatch_upload_${spec.name}.csv`;
  const stageTable = stageTableName(spec);
  const width = cells.length + (options.rowColumn ? 1 : 0);
  const csvColumns = `{${Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
  // A sheet's CSV carries the Excel row number in its last column; a CSV file's
  // row is its record number + 1 (the header is row 1).
  const rowNumber = options.rowColumn ? `CAST(c${cells.length} AS BIGINT)` : 'CAST(rowid + 2 AS BIGINT)';
  const raw = stageRef(`${spec.name}_raw`);
  await engine.registerFile(registered, new TextEncoder().encode(text.replace(/\r\n?/g, '\n')));
  try {
    const rows = await engine.query(
      renderSql(SQL.stage, {
        file: registered,
        raw_table: raw,
        stage_table: stageTable,
        csv_columns: fragment(csvColumns),
        row_number: fragment(rowNumber),
        stage_columns: fragment(stageColumns(spec, header.positions, (i) => `c${i}`)),
        not_a_note: fragment(NOT_A_NOTE('c0')),
      }),
    );
    return { staged: { spec, file: where.file, sheet: where.sheet, stageTable, rowCount: createdRows(rows) }, problems: [] };
  } catch (e) {
    return { staged: null, problems: [csvProblem(where.file, e)] };
  } finally {
    // At once, not with the stage schema: a large file's text would otherwise
    // be held twice (raw and staged) through validation.
    await engine.query(`DROP TABLE IF EXISTS ${raw.text}`);
    await engine.dropFile(registered);
  }
}

/** DuckDB types a Parquet column may have for a column kind; anything else is refused before reading values. */
function parquetTypeProblem(column: ColumnSpec, type: string): string | null {
  const t = type.toUpperCase();
  const float = /^(FLOAT|DOUBLE|REAL)$/.test(t);
  const decimal = /^DECIMAL\(\d+,(\d+)\)$/.exec(t);
  switch (column.kind) {
    case 'region_code':
      return t === 'VARCHAR' ? null : `列类型为 ${type}，区划代码须为文本（数值会丢掉前导零）`;
    case 'money':
      if (float) return `列类型为 ${type}（浮点数），金额不能用浮点数存储`;
      if (decimal && Number(decimal[1]) > 2) return `列类型为 ${type}，金额最多两位小数`;
      return null;
    case 'count':
    case 'year':
      return float ? `列类型为 ${type}（浮点数），应为整数` : null;
    case 'decimal':
      return float ? `列类型为 ${type}（浮点数），因素值应为文本或 DECIMAL` : null;
    default:
      return null;
  }
}

async function stageParquet(engine: Engine, spec: TableSpec, file: string, bytes: Uint8Array): Promise<Omit<StageResult, 'encoding'>> {
  const problem = (text: string, expected: string, column: string | null = null): Problem => ({
    file,
    row: null,
    column,
    problem: text,
    expected,
    severity: 'error',
  });
  const stageTable = stageTableName(spec);
  // Inserted through Arrow, which names a table of the main schema.
  const raw = `fundwatch_parquet_${spec.name}`;
  let ipc: Uint8Array;
  try {
    ipc = await engine.parquetToArrowIPC(bytes);
  } catch (e) {
    return { staged: null, problems: [problem(`Parquet 无法读取：${e instanceof Error ? e.message : String(e)}`, '有效的 Parquet 文件')] };
  }
  await engine.query(`DROP TABLE IF EXISTS ${ident(raw).text}`);
  try {
    try {
      await engine.insertArrowIPC(raw, ipc);
    } catch (e) {
      return { staged: null, problems: [problem(`Parquet 的列类型无法读入：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, '文本、整数、DECIMAL、日期或布尔类型的列')] };
    }
    const described = await engine.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ${`'${raw}'`} ORDER BY ordinal_position`);
    const names = described.map((r) => String(r.column_name));
    const header = mapHeader(spec, file, names, { headerRow: 1 });
    if (header.problems.length > 0) return { staged: null, problems: header.problems.map((p) => ({ ...p, row: null })) };
    const typeProblems: Problem[] = [];
    for (const [column, position] of header.positions) {
      if (position === null) continue;
      const type = String(described[position]?.data_type);
      const text = parquetTypeProblem(column, type);
      if (text) typeProblems.push(problem(text, columnTypeExpected(column), column.name));
    }
    if (typeProblems.length > 0) return { staged: null, problems: typeProblems };
    const rows = await engine.query(
      renderSql(SQL.stageArrow, {
        raw_table: ident(raw),
        stage_table: stageTable,
        stage_columns: fragment(stageColumns(spec, header.positions, (i) => `CAST(${ident(names[i] ?? '').text} AS VARCHAR)`)),
      }),
    );
    return { staged: { spec, file, sheet: null, stageTable, rowCount: createdRows(rows) }, problems: [] };
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${ident(raw).text}`);
  }
}

function columnTypeExpected(column: ColumnSpec): string {
  switch (column.kind) {
    case 'region_code':
      return 'string（UTF8）类型的6位区划代码';
    case 'money':
      return 'string 或 DECIMAL(18,2) 类型的金额';
    case 'decimal':
      return 'string 或 DECIMAL 类型的因素值';
    default:
      return '整数类型';
  }
}

/** DuckDB's reader error, in the user's terms: which line, what is wrong. */
function csvProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const problem = columns
    ? `列数不对：表头有 ${columns[1]} 列，这一行有 ${columns[2]} 列`
    : `CSV 无法读取：${message.split('\n')[0] ?? message}`;
  return {
    file,
    row: line ? Number(line[1]) : null,
    column: null,
    problem,
    expected: '逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
    severity: 'error',
  };
}
