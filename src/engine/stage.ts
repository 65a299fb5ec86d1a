// Step one of a load: each table's input (a CSV file, a workbook sheet or a
// Parquet file) becomes a temporary all-text table with the contract's
// column names and the spreadsheet row number `_row`. Nothing the user sees
// changes until the whole dataset has been validated.
import type { ColumnSpec, TableSpec } from './contract';
import { headerCells, mapHeader, expectedHeader } from './csvHeader';
import { decodeText, type TextEncodingName } from './decode';
import type { Engine } from './engine';
import type { TableSource } from './files';
import type { Label } from '../domain/lang';
import { explain, type Problem } from './problems';
import { fragment, ident, renderSql, SQL } from './sql';
import { sheetToCsv } from './xlsxTable';

export interface StagedTable {
  spec: TableSpec;
  /** Base name of the file, for problems. */
  file: string;
  /** The workbook sheet the table came from; null for CSV and Parquet. */
  sheet: string | null;
  stageTable: string;
  rowCount: number;
}

export interface StageResult {
  staged: StagedTable | null;
  problems: Problem[];
  /** The text encoding detected for a CSV file; null for XLSX and Parquet. */
  encoding: TextEncodingName | null;
}

export function stageTableName(spec: TableSpec): string {
  return `fundwatch_stage_${spec.name}`;
}

/**
 * The explanation rows of our templates (first cell starting with `#` or
 * `说明`) are skipped wherever they appear; their row numbers still count.
 */
const NOT_A_NOTE = (firstCell: string): string => `NOT regexp_matches(coalesce(${firstCell}, ''), '^\\s*(#|说明)')`;

export async function stageSource(engine: Engine, source: TableSource): Promise<StageResult> {
  const where = { file: source.file, sheet: source.sheet };
  const fileProblem = (problem: Label, expected: Label, row: number | null = null): Problem => ({
    file: source.file,
    ...(source.sheet === null ? {} : { sheet: source.sheet }),
    row,
    column: null,
    ...explain(problem, expected),
    severity: 'error',
  });
  switch (source.format) {
    case 'csv': {
      const decoded = decodeText(source.bytes);
      const done = (r: Omit<StageResult, 'encoding'>): StageResult => ({ ...r, encoding: decoded.encoding });
      if (decoded.garbled) {
        const garbled = {
          zh: '文件既不是 UTF-8 也不是 GBK/GB18030 编码（出现无法识别的字符）',
          en: 'The file is neither UTF-8 nor GBK/GB18030 (it has characters that cannot be read)',
        };
        return done({ staged: null, problems: [fileProblem(garbled, { zh: 'UTF-8 或 GBK 编码的 CSV 文件', en: 'a CSV file in UTF-8 or GBK' })] });
      }
      if (decoded.text.trim() === '') {
        return done({ staged: null, problems: [fileProblem({ zh: '文件是空的', en: 'The file is empty' }, expectedHeader(source.spec), 1)] });
      }
      const cells = headerCells(decoded.text);
      return done(await stageCsvText(engine, source.spec, where, decoded.text, cells, { headerRow: 1, rowColumn: false }));
    }
    case 'xlsx': {
      const csv = sheetToCsv(source.spec, { file: source.file, sheet: source.sheet }, source.rows, source.date1904);
      if (!csv) return { staged: null, problems: [fileProblem({ zh: '工作表是空的', en: 'The sheet is empty' }, expectedHeader(source.spec), 1)], encoding: null };
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
  await engine.registerFile(registered, new TextEncoder().encode(text.replace(/\r\n?/g, '\n')));
  try {
    const rows = await engine.query(
      renderSql(SQL.stage, {
        file: registered,
        raw_table: ident(`${stageTable}_raw`),
        stage_table: ident(stageTable),
        csv_columns: fragment(csvColumns),
        row_number: fragment(rowNumber),
        stage_columns: fragment(stageColumns(spec, header.positions, (i) => `c${i}`)),
        not_a_note: fragment(NOT_A_NOTE('c0')),
      }),
    );
    const rowCount = Number(rows[0]?.row_count ?? 0);
    return { staged: { spec, file: where.file, sheet: where.sheet, stageTable, rowCount }, problems: [] };
  } catch (e) {
    return { staged: null, problems: [csvProblem(where.file, e)] };
  } finally {
    await engine.dropFile(registered);
  }
}

/** DuckDB types a Parquet column may have for a column kind; anything else is refused before reading values. */
function parquetTypeProblem(column: ColumnSpec, type: string): Label | null {
  const t = type.toUpperCase();
  const float = /^(FLOAT|DOUBLE|REAL)$/.test(t);
  const decimal = /^DECIMAL\(\d+,(\d+)\)$/.exec(t);
  switch (column.kind) {
    case 'region_code':
      return t === 'VARCHAR'
        ? null
        : { zh: `列类型为 ${type}，区划代码须为文本（数值会丢掉前导零）`, en: `Column type ${type}: region codes must be text (a number loses leading zeros)` };
    case 'money':
      if (float) return { zh: `列类型为 ${type}（浮点数），金额不能用浮点数存储`, en: `Column type ${type} (floating point): amounts must not be stored as floats` };
      if (decimal && Number(decimal[1]) > 2) return { zh: `列类型为 ${type}，金额最多两位小数`, en: `Column type ${type}: amounts have at most two decimals` };
      return null;
    case 'count':
    case 'year':
      return float ? { zh: `列类型为 ${type}（浮点数），应为整数`, en: `Column type ${type} (floating point): whole numbers expected` } : null;
    case 'decimal':
      return float
        ? { zh: `列类型为 ${type}（浮点数），因素值应为文本或 DECIMAL`, en: `Column type ${type} (floating point): factors must be text or DECIMAL` }
        : null;
    default:
      return null;
  }
}

async function stageParquet(engine: Engine, spec: TableSpec, file: string, bytes: Uint8Array): Promise<Omit<StageResult, 'encoding'>> {
  const problem = (text: Label, expected: Label, column: string | null = null): Problem => ({
    file,
    row: null,
    column,
    ...explain(text, expected),
    severity: 'error',
  });
  const stageTable = stageTableName(spec);
  const raw = `${stageTable}_raw`;
  let ipc: Uint8Array;
  try {
    ipc = await engine.parquetToArrowIPC(bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      staged: null,
      problems: [problem({ zh: `Parquet 无法读取：${reason}`, en: `The Parquet file cannot be read: ${reason}` }, { zh: '有效的 Parquet 文件', en: 'a valid Parquet file' })],
    };
  }
  await engine.query(`DROP TABLE IF EXISTS ${ident(raw).text}`);
  try {
    try {
      await engine.insertArrowIPC(raw, ipc);
    } catch (e) {
      const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
      const text = { zh: `Parquet 的列类型无法读入：${reason}`, en: `A Parquet column type cannot be read: ${reason}` };
      return { staged: null, problems: [problem(text, { zh: '文本、整数、DECIMAL、日期或布尔类型的列', en: 'text, integer, DECIMAL, date or boolean columns' })] };
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
        stage_table: ident(stageTable),
        stage_columns: fragment(stageColumns(spec, header.positions, (i) => `CAST(${ident(names[i] ?? '').text} AS VARCHAR)`)),
      }),
    );
    return { staged: { spec, file, sheet: null, stageTable, rowCount: Number(rows[0]?.row_count ?? 0) }, problems: [] };
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${ident(raw).text}`);
  }
}

function columnTypeExpected(column: ColumnSpec): Label {
  switch (column.kind) {
    case 'region_code':
      return { zh: 'string（UTF8）类型的6位区划代码', en: 'six-digit region codes of type string (UTF8)' };
    case 'money':
      return { zh: 'string 或 DECIMAL(18,2) 类型的金额', en: 'amounts of type string or DECIMAL(18,2)' };
    case 'decimal':
      return { zh: 'string 或 DECIMAL 类型的因素值', en: 'factors of type string or DECIMAL' };
    default:
      return { zh: '整数类型', en: 'an integer type' };
  }
}

/** DuckDB's reader error, in the user's terms: which line, what is wrong. */
function csvProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const first = message.split('\n')[0] ?? message;
  const problem = columns
    ? { zh: `列数不对：表头有 ${columns[1]} 列，这一行有 ${columns[2]} 列`, en: `Wrong number of columns: the header has ${columns[1]}, this row ${columns[2]}` }
    : { zh: `CSV 无法读取：${first}`, en: `The CSV cannot be read: ${first}` };
  const expected = {
    zh: '逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
    en: 'comma-separated CSV, every row as many columns as the header, cells with commas, quotes or line breaks in double quotes',
  };
  return { file, row: line ? Number(line[1]) : null, column: null, ...explain(problem, expected), severity: 'error' };
}
