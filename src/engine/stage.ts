// Step one of a load: each table's input (a CSV file, a workbook sheet or a
// Parquet file) becomes a staged all-text table with the contract's column
// names and the spreadsheet row number `_row` (a view over a compressed
// table that is read once from the file). Nothing the user sees changes
// until the whole dataset has been validated.
import type { ColumnSpec, TableSpec } from './contract';
import { mapHeader, expectedHeader } from './csvHeader';
import { scanCsv, type CsvScan, type FileContent } from './csvScan';
import type { TextEncodingName } from './decode';
import type { Engine } from './engine';
import type { TableSource } from './files';
import type { Problem } from './problems';
import { hashedIdSql, hasPersonIds, MASKED_ID_COLUMN, maskedIdSql, PERSON_ID_COLUMN } from './personId';
import { fragment, ident, renderSql, SQL } from './sql';
import { sheetToCsv } from './xlsxTable';

export interface StagedTable {
  spec: TableSpec;
  /** Base name of the file, for problems. */
  file: string;
  /** The workbook sheet the table came from; null for CSV and Parquet. */
  sheet: string | null;
  /**
   * The view validation and loading read: `_row`, `_piece` and the
   * contract's columns as trimmed text, except a roster's `person_id`,
   * already hashed, next to `person_masked` (personId.ts).
   */
  stageTable: string;
  /** The table under the view (dropped with it). */
  dataTable: string;
  /** Pieces the file was read in (`_piece` 0…pieces − 1), to load them one statement each. */
  pieces: number;
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

function dataTableName(spec: TableSpec): string {
  return `${stageTableName(spec)}_data`;
}

/** Statements that drop what staging left of a table (view and data); safe to run twice. */
export function dropStagedSql(spec: TableSpec): string {
  return [`DROP VIEW IF EXISTS ${ident(stageTableName(spec)).text}`, `DROP TABLE IF EXISTS ${ident(dataTableName(spec)).text}`].join(';\n');
}

/**
 * The explanation rows of our templates (first cell starting with `#` or
 * `说明`) are skipped wherever they appear; their row numbers still count.
 */
const NOT_A_NOTE = (firstCell: string): string => `NOT regexp_matches(coalesce(${firstCell}, ''), '^\\s*(#|说明)')`;

export interface StageOptions {
  /** The load's salt for person IDs (personId.ts). */
  salt: string;
  /** Bytes of a piece of a big CSV file (csvScan.ts); the default suits the browser. */
  pieceBytes?: number;
}

export async function stageSource(engine: Engine, source: TableSource, options: StageOptions): Promise<StageResult> {
  const { salt } = options;
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
      let scan: CsvScan;
      try {
        scan = await scanCsv(source.content, options.pieceBytes === undefined ? {} : { piece: options.pieceBytes });
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return { staged: null, problems: [fileProblem(`文件无法读取：${reason}`, '可以读取的文件（读取期间不要移动或修改它）')], encoding: null };
      }
      const done = (r: Omit<StageResult, 'encoding'>): StageResult => ({ ...r, encoding: scan.encoding });
      if (scan.garbled) {
        return done({ staged: null, problems: [fileProblem('文件既不是 UTF-8 也不是 GBK/GB18030 编码（出现无法识别的字符）', 'UTF-8 或 GBK 编码的 CSV 文件')] });
      }
      if (scan.blank) return done({ staged: null, problems: [fileProblem('文件是空的', expectedHeader(source.spec), 1)] });
      const csv = { utf8: scan.utf8, cuts: scan.cuts, header: scan.header };
      return done(await stageCsv(engine, source.spec, where, csv, { headerRow: 1, rowColumn: false, salt }));
    }
    case 'xlsx': {
      const csv = sheetToCsv(source.spec, { file: source.file, sheet: source.sheet }, source.rows, source.date1904);
      if (!csv) return { staged: null, problems: [fileProblem('工作表是空的', expectedHeader(source.spec), 1)], encoding: null };
      const utf8 = new TextEncoder().encode(csv.text.replace(/\r\n?/g, '\n'));
      const result = await stageCsv(engine, source.spec, where, { utf8, cuts: [], header: csv.header }, { headerRow: csv.headerRow, rowColumn: true, salt });
      return { ...result, problems: [...csv.problems, ...result.problems], encoding: null };
    }
    case 'parquet':
      return { ...(await stageParquet(engine, source.spec, source.file, source.bytes, salt)), encoding: null };
  }
}

/** The staged columns, from the cells of the input; a roster's person ID is hashed and masked here (personId.ts). */
function stageColumns(spec: TableSpec, positions: Map<ColumnSpec, number | null>, cell: (position: number) => string, salt: string): string {
  return spec.columns
    .flatMap((c) => {
      const position = positions.get(c);
      const source = position === null || position === undefined ? 'CAST(NULL AS VARCHAR)' : `NULLIF(trim(${cell(position)}), '')`;
      if (c.name === PERSON_ID_COLUMN) {
        return [`${hashedIdSql(source, salt)} AS ${ident(c.name).text}`, `${maskedIdSql(source)} AS ${ident(MASKED_ID_COLUMN).text}`];
      }
      return [`${source} AS ${ident(c.name).text}`];
    })
    .join(', ');
}

/** The staged view's columns after `_row` and `_piece`. */
function columnNames(spec: TableSpec): string {
  const names = spec.columns.map((c) => ident(c.name).text);
  if (hasPersonIds(spec)) names.push(ident(MASKED_ID_COLUMN).text);
  return names.join(', ');
}

interface CsvInput {
  /** UTF-8 CSV with `\n` line ends (csvScan.ts), the header record at the top. */
  utf8: FileContent;
  /** Where its pieces start, after the first (csvScan.ts). */
  cuts: readonly number[];
  header: readonly string[];
}

function piecesOf(input: CsvInput): FileContent[] {
  const starts = [0, ...input.cuts];
  const size = input.utf8 instanceof Uint8Array ? input.utf8.byteLength : input.utf8.size;
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? size;
    return input.utf8 instanceof Uint8Array ? input.utf8.subarray(start, end) : input.utf8.slice(start, end);
  });
}

async function stageCsv(
  engine: Engine,
  spec: TableSpec,
  where: { file: string; sheet: string | null },
  input: CsvInput,
  options: { headerRow: number; rowColumn: boolean; salt: string },
): Promise<Omit<StageResult, 'encoding'>> {
  const cells = input.header;
  const header = mapHeader(spec, where.file, cells, { sheet: where.sheet, headerRow: options.headerRow });
  if (header.problems.length > 0) return { staged: null, problems: header.problems };

  const stageTable = stageTableName(spec);
  const dataTable = dataTableName(spec);
  const width = cells.length + (options.rowColumn ? 1 : 0);
  const csvColumns = `{${Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
  // A sheet's CSV carries the Excel row number in its last column; a CSV file's
  // row is its record number + 1 (the header is row 1).
  const sheetRow = options.rowColumn ? `CAST(c${cells.length} AS BIGINT) AS _sheet_row, ` : '';
  const rowNumber = options.rowColumn ? '_sheet_row' : 'CAST(rowid + 2 AS BIGINT)';
  const columns = `${sheetRow}${NOT_A_NOTE('c0')} AS _data, ${stageColumns(spec, header.positions, (i) => `c${i}`, options.salt)}`;
  const pieces = piecesOf(input);
  // Records read before the current piece, the header included: DuckDB numbers a piece's lines from 1.
  let before = 0;
  for (const [k, piece] of pieces.entries()) {
    const registered = `fundwatch_upload_${spec.name}_${k}.csv`;
    if (piece instanceof Uint8Array) await engine.registerFile(registered, piece);
    else await engine.registerBlob(registered, piece);
    try {
      await engine.query(
        renderSql(SQL.stage, {
          insert: fragment(k === 0 ? `CREATE OR REPLACE TABLE ${ident(dataTable).text} AS` : `INSERT INTO ${ident(dataTable).text}`),
          file: registered,
          header: fragment(k === 0 ? 'true' : 'false'),
          csv_columns: fragment(csvColumns),
          data_columns: fragment(`${k} AS _piece, ${columns}`),
        }),
      );
      if (k + 1 < pieces.length) before = 1 + Number((await engine.query(`SELECT CAST(count(*) AS BIGINT) AS n FROM ${ident(dataTable).text}`))[0]?.n ?? 0);
    } catch (e) {
      return { staged: null, problems: [csvProblem(where.file, e, before)] };
    } finally {
      await engine.dropFile(registered);
    }
  }
  const rows = await engine.query(
    renderSql(SQL.stageView, { stage_table: ident(stageTable), data_table: ident(dataTable), row_number: fragment(rowNumber), columns: fragment(columnNames(spec)) }),
  );
  const rowCount = Number(rows[0]?.row_count ?? 0);
  return { staged: { spec, file: where.file, sheet: where.sheet, stageTable, dataTable, pieces: pieces.length, rowCount }, problems: [] };
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

async function stageParquet(engine: Engine, spec: TableSpec, file: string, bytes: Uint8Array, salt: string): Promise<Omit<StageResult, 'encoding'>> {
  const problem = (text: string, expected: string, column: string | null = null): Problem => ({
    file,
    row: null,
    column,
    problem: text,
    expected,
    severity: 'error',
  });
  const stageTable = stageTableName(spec);
  const dataTable = dataTableName(spec);
  const raw = `${stageTable}_raw`;
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
    await engine.query(
      renderSql(SQL.stageArrow, {
        raw_table: ident(raw),
        data_table: ident(dataTable),
        data_columns: fragment(stageColumns(spec, header.positions, (i) => `CAST(${ident(names[i] ?? '').text} AS VARCHAR)`, salt)),
      }),
    );
    const rows = await engine.query(
      renderSql(SQL.stageView, {
        stage_table: ident(stageTable),
        data_table: ident(dataTable),
        row_number: fragment('CAST(rowid + 2 AS BIGINT)'),
        columns: fragment(columnNames(spec)),
      }),
    );
    return { staged: { spec, file, sheet: null, stageTable, dataTable, pieces: 1, rowCount: Number(rows[0]?.row_count ?? 0) }, problems: [] };
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

/** DuckDB's reader error, in the user's terms: which line (after `before` records of earlier pieces), what is wrong. */
function csvProblem(file: string, error: unknown, before: number): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const problem = columns
    ? `列数不对：表头有 ${columns[1]} 列，这一行有 ${columns[2]} 列`
    : `CSV 无法读取：${message.split('\n')[0] ?? message}`;
  return {
    file,
    row: line ? before + Number(line[1]) : null,
    column: null,
    problem,
    expected: '逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
    severity: 'error',
  };
}
