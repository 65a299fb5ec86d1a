// Step one of a load: each table's input (a CSV file, a workbook sheet or a
// Parquet file) is read once into a table in the compressed database that
// holds every column twice where its type is not text: typed, as the loaded
// table will have it (TRY_CAST: NULL where the text is not valid), and as
// the trimmed text (`_text_<name>`). Validation reads a view over it with
// the contract's column names as text and the spreadsheet row number
// `_row`; a valid table then takes the loaded table's shape (finishSql: a
// small one copied, a big one cut down in place without copying any data)
// and is renamed in (load.ts). Nothing the user sees changes until the
// whole dataset has been validated.
// Files as offices save them: the header is the first row that names the
// table's columns (title and `单位：万元` lines above it are skipped, and
// money is scaled to yuan in DECIMAL arithmetic), columns outside the
// contract are not read, rows of empty cells and 合计 and 小计 rows are not
// data (合计 and 小计 rows are checked in validate.ts); each of these is a notice.
// A row that repeats the header (two exports joined) is not data either: it is
// refused as one problem, not a problem per cell.
import { readerBoolean, typedSql } from '../contract/columnRules';
import { enumWordsSql } from '../contract/enumWords';
import { tableType, type ColumnSpec, type TableSpec } from '../contract/contract';
import { csvReaderProblem } from '../formats/csvError';
import { expectedHeader, findHeaderRow, findMoneyUnit, HEADER_SEARCH_ROWS, headerMoneyUnits, INVISIBLE, leadingRecords, mapHeader, rowText, scaledCountUnit, unitInCell, type MoneyUnit } from '../formats/csvHeader';
import { csvDisguise, garbledPlace, scanCsv, type CsvScan, type FileContent, type ScanOptions } from '../formats/csvScan';
import type { Prescans } from './prescan';
import type { TextEncodingName } from '../formats/decode';
import { isOutOfMemory, type Engine, type Row } from '../runtime/engine';
import { emptyOptional, type TableSource } from '../formats/files';
import { message, type CsvDelimiter, type Message, type RowList } from '../../domain/messages/codes';
import { rowList } from '../../domain/messages/rowList';
import { explain, type Problem } from './problems';
import { hashedIdSql, hasPersonIds, MASKED_ID_COLUMN, maskedIdSql, PERSON_ID_COLUMN } from '../contract/personId';
import { TEMPLATE_NOTE } from '../contract/templates';
import { malformedIdSql, normalizedIdSql, plainIdSql } from '../contract/idNumber';
import { keptAsTextMarkSql, keptAsTextSql } from '../contract/keptAsText';
import { QUARTER_CHARACTERS, QUARTER_FORMS, QUARTER_MONTHS } from '../contract/quarterForms';
import { fragment, ident, literal, renderSql, SQL } from '../queries/sql';
import { sheetToCsv } from '../formats/xlsxTable';
import { FOOTNOTE_PATTERN, SIGN_OFF_PATTERN } from '../formats/signOff';

export interface StagedTable {
  spec: TableSpec;
  /** Base name of the file, for problems. */
  file: string;
  /** The workbook sheet the table came from; null for CSV and Parquet. */
  sheet: string | null;
  /**
   * The view validation reads: `_row` and the contract's columns as trimmed
   * text, except a roster's `person_id`, already hashed, next to
   * `person_masked` (personId.ts).
   */
  stageTable: string;
  /** The table under the view: the loaded table's columns, typed, then `helpers`. */
  dataTable: string;
  /** The data table's columns the loaded table does not keep: `_data` (false for a template explanation row), the text of typed columns. */
  helpers: string[];
  /** Rows of the data table that are template explanation rows (not in the view, deleted before loading). */
  notes: number;
  rowCount: number;
  /** SQL over the data table: a row's number as the user counts it (the view's `_row`). */
  rowNumber: string;
  /**
   * Rows the validation found identical to an earlier row of a table that
   * merges them (contract.ts, `mergeDuplicates`); their `_row`s are in
   * `mergedRowsTable`, and they are left out of the loaded table.
   */
  merged: number;
  /** The unit a `单位：万元` line gave the money columns (their text is in it; the typed values are yuan); null for yuan. */
  unit: MoneyUnit | null;
  /**
   * The data table has `_total` and `_subtotal`: rows recognised as 合计/总计 and as 小计 rows (not data;
   * checked against the data rows above them, validate.ts).
   */
  totals: boolean;
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

function copyTableName(spec: TableSpec): string {
  return `${stageTableName(spec)}_copy`;
}

/** The temporary table of the `_row`s (and quarters) of rows merged into an identical earlier row. */
export function mergedRowsTable(spec: TableSpec): string {
  return `${stageTableName(spec)}_merged`;
}

/** Statements that drop what staging left of a table (view, data, copy); safe to run twice. */
export function dropStagedSql(spec: TableSpec): string {
  return [
    `DROP VIEW IF EXISTS ${ident(stageTableName(spec)).text}`,
    `DROP TABLE IF EXISTS ${ident(dataTableName(spec)).text}`,
    `DROP TABLE IF EXISTS ${ident(copyTableName(spec)).text}`,
    `DROP TABLE IF EXISTS ${ident(mergedRowsTable(spec)).text}`,
  ].join(';\n');
}

/** Up to this many rows a validated table is copied into its loaded shape; a bigger one is cut down in place. */
const COPIED_ROWS = 100_000;

/**
 * The statements that give a validated data table the loaded table's shape,
 * and the table that then has it (for the replacement to rename). A small
 * table is copied without its helper columns, in one statement; a big one
 * (the roster) loses its explanation rows and helper columns in place:
 * DuckDB drops a column without copying the others, so no data moves.
 */
export function finishSql(stage: StagedTable): { sql: string; table: string } {
  const data = ident(stage.dataTable).text;
  const view = `DROP VIEW IF EXISTS ${ident(stage.stageTable).text}`;
  const merged = `${stage.rowNumber} IN (SELECT _row FROM ${ident(mergedRowsTable(stage.spec)).text})`;
  if (stage.rowCount + stage.notes <= COPIED_ROWS) {
    const copy = copyTableName(stage.spec);
    const columns = [...stage.spec.columns.map((c) => c.name), ...(hasPersonIds(stage.spec) ? [MASKED_ID_COLUMN] : [])];
    const kept = stage.merged > 0 ? `_data AND NOT (${merged})` : '_data';
    const sql = `CREATE OR REPLACE TABLE ${ident(copy).text} AS SELECT ${columns.map((c) => ident(c).text).join(', ')} FROM ${data} WHERE ${kept}`;
    return { sql: [view, sql].join(';\n'), table: copy };
  }
  const statements = [view];
  // One statement: row numbers are read before any row is gone.
  if (stage.notes > 0 || stage.merged > 0) statements.push(`DELETE FROM ${data} WHERE NOT _data${stage.merged > 0 ? ` OR ${merged}` : ''}`);
  for (const helper of stage.helpers) statements.push(`ALTER TABLE ${data} DROP COLUMN ${ident(helper).text}`);
  return { sql: statements.join(';\n'), table: stage.dataTable };
}

/**
 * The explanation rows of our templates (templates.ts: a first cell `# 中文列名：…`
 * or `# 填写要求：…`), and a user's `# …` comments, are skipped wherever they
 * appear; their row numbers still count. Only rows whose first cell is the mark
 * and a space: any first cell starting with `#` or `说明` was skipped, and with
 * it a row whose quarter was Excel's #N/A (its amount silently left out of every
 * total), a transfer numbered `#内财社…`, a county named 说明旗. A `说明：` line
 * under a table is a note (signOff.ts), said as one.
 * The pattern only runs on cells that hold a `#` at all.
 */
const NOT_A_NOTE = (firstCell: string): string => {
  const cell = `coalesce(${firstCell}, '')`;
  return `CASE WHEN strpos(${cell}, '#') = 0 THEN true ELSE NOT regexp_matches(${cell}, '${TEMPLATE_NOTE}') END`;
};

export interface StageOptions {
  /** The load's salt for person IDs (personId.ts). */
  salt: string;
  /** Bytes of a piece of a big CSV file (csvScan.ts); the default suits the browser. */
  pieceBytes?: number;
  /** Called before each piece of a CSV file read in several (`done` pieces of `total` read so far). */
  onPiece?: (done: number, total: number) => void;
  /** From how many bytes a local CSV file is read where it lies (default 16 MiB; tests use small ones). */
  localCsvBytes?: number;
  /** Scans started ahead of this file's turn (prescan.ts). */
  prescans?: Prescans;
}

export async function stageSource(engine: Engine, source: TableSource, options: StageOptions): Promise<StageResult> {
  const { salt } = options;
  const where = { file: source.file, sheet: source.sheet };
  const fileProblem = (problem: Message, expected: Message, row: number | null = null): Problem => ({
    file: source.file,
    ...(source.sheet === null ? {} : { sheet: source.sheet }),
    row,
    column: null,
    ...explain(problem, expected),
    severity: 'error',
  });
  switch (source.format) {
    case 'csv': {
      let scan: CsvScan;
      let local: LocalCsv | null = null;
      const prescanned = options.prescans?.take(source.content) ?? null;
      try {
        const disguise = await csvDisguise(source.content);
        if (disguise) return { staged: null, problems: [fileProblem(message('file.csv_disguise', { kind: disguise }), message('file.csv_disguise_expected', { kind: disguise }))], encoding: null };
        local = await localCsv(engine, source.spec, source.content, options.localCsvBytes);
        scan = local?.scan ?? (await (prescanned ?? scanCsv(source.content, scanOptions(options.pieceBytes))));
      } catch (e) {
        if (isOutOfMemory(e)) throw e;
        const reason = e instanceof Error ? e.message : String(e);
        return { staged: null, problems: [fileProblem(message('file.unreadable', { reason }), message('file.unreadable_expected'))], encoding: null };
      }
      const done = (r: Omit<StageResult, 'encoding'>): StageResult => ({ ...r, encoding: scan.encoding });
      if (scan.garbled) {
        // Where: the line and cell of the first bytes no encoding reads, read again only now (the file is refused).
        const place = await garbledPlace(source.content, scan.encoding, csvLayout(source.spec, scan).delimiter).catch((e: unknown) => {
          if (isOutOfMemory(e)) throw e;
          return null;
        });
        const what = place ? message('file.garbled_at', place) : message('file.garbled');
        return done({ staged: null, problems: [fileProblem(what, message('file.garbled_expected'))] });
      }
      if (scan.blank) return done({ staged: null, problems: [source.spec.required ? fileProblem(message('file.empty'), expectedHeader(source.spec), 1) : emptyOptional(source)] });
      const layout = csvLayout(source.spec, scan);
      const csv = { utf8: scan.utf8, cuts: scan.cuts, header: layout.header, start: layout.offset, ...(local ? { registered: local.registered } : {}) };
      try {
        return done(
          await stageCsv(engine, source.spec, where, csv, {
            headerRow: layout.index + 1,
            rowColumn: false,
            salt,
            delimiter: layout.delimiter,
            above: layout.above,
            upperHeader: layout.upper === null ? null : { row: layout.index, cells: layout.upper },
            ...(options.onPiece ? { onPiece: options.onPiece } : {}),
          }),
        );
      } finally {
        // Also when the header was refused before the file was read.
        if (local) await engine.dropFile(local.registered);
      }
    }
    case 'xlsx': {
      const csv = sheetToCsv(source.spec, { file: source.file, sheet: source.sheet }, source.rows, source.date1904, source.merges);
      if (!csv) return { staged: null, problems: [source.spec.required ? fileProblem(message('file.sheet_empty'), expectedHeader(source.spec), 1) : emptyOptional(source)], encoding: null };
      const utf8 = new TextEncoder().encode(csv.text.replace(/\r\n?/g, '\n'));
      const result = await stageCsv(
        engine,
        source.spec,
        where,
        { utf8, cuts: [], header: csv.header, start: 0 },
        { headerRow: csv.headerRow, rowColumn: true, salt, delimiter: ',', above: csv.above, upperHeader: csv.upperHeader },
      );
      return { ...result, problems: [...csv.problems, ...result.problems], encoding: null };
    }
    case 'parquet':
      return { ...(await stageParquet(engine, source.spec, source.file, source.bytes, salt)), encoding: null };
  }
}

/** A CSV file on the local disk at least this big is read by native DuckDB where it lies (registerLocalCsv), only its head scanned here. */
const LOCAL_CSV_BYTES = 16 * 2 ** 20;
/** The head of such a file that is scanned: its first MiB, up to its last line end. */
const LOCAL_HEAD_BYTES = 2 ** 20;

/** How a CSV file is cut into pieces (csvScan.ts): the default suits the browser. */
export function scanOptions(pieceBytes: number | undefined): ScanOptions {
  return pieceBytes === undefined ? {} : { piece: pieceBytes };
}

/** Whether `content` may be read where it lies (localCsv), so that it is never scanned through here. */
export function mayReadInPlace(engine: Engine, content: FileContent, minBytes = LOCAL_CSV_BYTES): boolean {
  return engine.registerLocalCsv !== undefined && content instanceof Blob && content.size >= minBytes;
}

interface LocalCsv {
  /** The head's scan, with the whole file as `utf8` and no cuts. */
  scan: CsvScan;
  /** The name DuckDB reads the file under. */
  registered: string;
}

/**
 * A big CSV file that native DuckDB can read where it lies: UTF-8 without
 * `\r` (checked by the engine, without JavaScript reading the file through)
 * and its header on the first line; then the loader reads it in one
 * statement, as it would read one piece, and scans only its head here for
 * the header and delimiter. Null otherwise (every other input, and always
 * in the browser): the file is scanned and read as before.
 */
async function localCsv(engine: Engine, spec: TableSpec, content: FileContent, minBytes = LOCAL_CSV_BYTES): Promise<LocalCsv | null> {
  if (!mayReadInPlace(engine, content, minBytes) || !engine.registerLocalCsv || !(content instanceof Blob)) return null;
  const head = new Uint8Array(await content.slice(0, LOCAL_HEAD_BYTES).arrayBuffer());
  const end = head.lastIndexOf(0x0a) + 1;
  // Read where it lies, it cannot be given the line end DuckDB needs after a long last line (endingLine).
  if (end === 0 || new Uint8Array(await content.slice(-1).arrayBuffer())[0] !== 0x0a) return null;
  const scanned = await scanCsv(head.subarray(0, end));
  if (scanned.encoding !== 'utf-8' || scanned.garbled || scanned.blank) return null;
  const scan = { ...scanned, utf8: content, cuts: [] };
  if (csvLayout(spec, scan).offset !== 0) return null;
  const registered = `fundwatch_upload_${spec.name}_local.csv`;
  return (await engine.registerLocalCsv(registered, content)) ? { scan, registered } : null;
}

/**
 * The reading of a CSV file, or of one piece of it, in which DuckDB's reader types
 * the columns whose text the table does not keep (rebuildsText: the
 * roster's category and source as their ENUMs, enrolled as the ENUM of its
 * spellings, readerBoolean) itself, where the general reading takes
 * every cell as text, trims it and casts it. The reader refuses a value
 * that is not exactly one of the ENUM's (a space, another case), and then
 * the file (or that piece) is read the general way, whose validation names the cell; an
 * empty cell is NULL either way. So a file read this way gives the data
 * table the general reading would, row for row (the text columns of the
 * typed ENUMs NULL, as the general reading leaves them for a value read):
 * on the 20,000,000-row roster, 2 s less of a 10 s read, and ~0.2–0.4 s more
 * with enrolled typed (its text lowered twice a row, and stored, before).
 * The page's pieces (and a file given as bytes) are read so too: each piece
 * the reader refuses alone goes the general way (~10% of a 2,000,000-row
 * roster's reading natively).
 */
function fastSql(spec: TableSpec, positions: Map<ColumnSpec, number | null>, salt: string): { csvColumns: string; select: DataSelect } | null {
  const byPosition = new Map<number, ColumnSpec>();
  for (const [c, position] of positions) if (position !== null) byPosition.set(position, c);
  const readTyped = new Set([...byPosition.values()].filter((c) => rebuildsText(c)));
  // The note test reads the first cell as text; every column must be in the file.
  const first = byPosition.get(0);
  if (readTyped.size === 0 || (first && readTyped.has(first)) || byPosition.size !== spec.columns.length) return null;
  const cells = Array.from({ length: byPosition.size }, (_, i) => `c${i}`);
  const type = (i: number): string => {
    const c = byPosition.get(i);
    if (!c || !readTyped.has(c)) return 'VARCHAR';
    return c.kind === 'boolean' ? readerBoolean().type : tableType(c);
  };
  const csvColumns = `{${cells.map((c, i) => `'${c}': ${literal(type(i)).text}`).join(', ')}}`;
  // As the general reading's `_data`: not a template note, not a row of empty cells, not a sign-off line (no 合计 rows: the table has no amounts).
  // A sign-off line's typed cells are empty (anything else there sends the file the general way): its text cells tell it.
  const signOff = hasPersonIds(spec) ? 'false' : signOffRowSql(cells.filter((_, i) => type(i) === 'VARCHAR'));
  // The header again (repeatedHeaderSql) and a 栏次 row (columnNumbersSql) are never read this way: their cells are no values of the typed columns.
  const lead: Record<string, string> = {
    _data: `(${NOT_A_NOTE('c0')}) AND (${cells.map((c) => `${c} IS NOT NULL`).join(' OR ')})${signOff === 'false' ? '' : ` AND NOT ${signOff}`} AND NOT (${titleLineSql(positions, cells.length, readTyped)})`,
    _header_again: 'false',
    _column_numbers: 'false',
    // Typed cells: a title line's are empty (NULL); its first cell, a text one, says the rest. Not a note or a sign-off line (said as those).
    _title_line: `(${titleLineSql(positions, cells.length, readTyped)}) AND (${NOT_A_NOTE('c0')})${signOff === 'false' ? '' : ` AND NOT ${signOff}`}`,
  };
  // As the general reading's, in the same place among the helpers: a piece may be read either way.
  if (!hasPersonIds(spec)) lead._footnote = footnoteSql(titleLineSql(positions, cells.length, readTyped));
  if (signOff !== 'false') lead._signoff = signOff;
  return { csvColumns, select: dataColumns(spec, positions, (i) => `c${i}`, salt, lead, null, readTyped) };
}

/** A column whose loaded type is not text, so that the data table keeps its text too. */
function isTyped(column: ColumnSpec): boolean {
  return column.name !== PERSON_ID_COLUMN && tableType(column) !== 'VARCHAR';
}

/**
 * A typed column whose valid text is the typed value's own text, up to
 * case (an ENUM's value, true/false): its text is kept only where the value
 * did not read, and rebuilt from the value elsewhere. Storing the roster's
 * category, source and enrolled twice cost a sixth of reading it.
 */
function rebuildsText(column: ColumnSpec): boolean {
  return (column.kind === 'enum' && column.dictionary === true) || column.kind === 'boolean';
}

function textColumn(column: ColumnSpec): string {
  return `_text_${column.name}`;
}

/** The column's text as validation reads it (a typed column's from its text copy). */
function textOf(column: ColumnSpec): string {
  const text = ident(textColumn(column)).text;
  if (!isTyped(column)) return ident(column.name).text;
  return rebuildsText(column) ? `coalesce(${text}, CAST(${ident(column.name).text} AS VARCHAR))` : text;
}

/**
 * `trim(v)`, which removes Unicode space separators (U+0020, U+00A0,
 * U+3000…) from both ends, skipped for ASCII text that neither starts nor
 * ends with a space: then it changes nothing (the only ASCII space separator
 * is U+0020), and most cells are such text (trim was a sixth of the time of
 * reading a roster in wasm).
 */
function trimmedSql(v: string): string {
  return `CASE WHEN strlen(${v}) = length(${v}) AND NOT starts_with(${v}, ' ') AND NOT ends_with(${v}, ' ') THEN ${v} ELSE trim(${v}) END`;
}

/** Full-width digits and signs (１２３４．５６, typed with a Chinese input method) as ASCII; the minus sign (U+2212, −1,234.56, as typeset reports and web pages write it) too. */
const FULL_WIDTH = { from: '０１２３４５６７８９．－，−', to: '0123456789.-,-' };

/**
 * A number cell's text as the contract reads it: full-width digits made
 * ASCII, and in counts, amounts and factors thousands separators dropped
 * when they group the digits in threes (`1,234,567.89`; `1,23` is left as it
 * is and refused). ASCII text without a comma is returned as it is, unread
 * (most cells; the roster's region codes are millions of them). Text
 * loses an export's neutralising apostrophe (unneutralisedSql); a code (a
 * region's, a person's ID) or a year the `="…"` or tab that kept it as text
 * in Excel (keptAsText.ts).
 */
function normalizedSql(column: ColumnSpec, v: string): string {
  if (column.kind === 'text') return unneutralisedSql(v);
  if (column.kind === 'person_id') return normalizedIdSql(keptAsTextSql(v));
  if (column.kind === 'quarter') return quarterSql(v);
  if (column.kind === 'enum') {
    // A value list of numbers (a region's tier 1–3) as pandas writes an integer column with an empty cell: 2.0.
    const numbers = column.values?.every((value) => /^[0-9]+$/.test(value)) === true;
    const read = numbers ? `CASE WHEN strpos(${v}, '.') = 0 THEN ${v} ELSE regexp_replace(${v}, '^([0-9]+)[.]0+$', '\\1') END` : v;
    return column.words ? enumWordsSql(column.values ?? [], column.words, read) : read;
  }
  const grouped = column.kind === 'count' || column.kind === 'money' || column.kind === 'decimal';
  if (!grouped && column.kind !== 'region_code' && column.kind !== 'year') return v;
  // A year is kept as text by the same forms as a code (`="2024"`: four digits Excel would read as a number).
  const code = column.kind === 'region_code' || column.kind === 'year';
  const translated = `translate(${code ? keptAsTextSql(v) : v}, '${FULL_WIDTH.from}', '${FULL_WIDTH.to}')`;
  // A year as pandas writes a year column with an empty cell (2022.0) or as people type it (2022年).
  const yearRead = column.kind === 'year' ? `regexp_replace(${translated}, '^([0-9]{4})(?:[.]0+|\\s*年)$', '\\1')` : translated;
  const ascii = column.kind === 'money' ? yuanMarksDroppedSql(accountingNegativeSql(translated)) : yearRead;
  const plain = grouped ? `CASE WHEN regexp_full_match(${ascii}, '-?[0-9]{1,3}(,[0-9]{3})+([.][0-9]+)?') THEN replace(${ascii}, ',', '') ELSE ${ascii} END` : ascii;
  const marked = code
    ? ` AND NOT ${keptAsTextMarkSql(v)}${column.kind === 'year' ? ` AND strpos(${v}, '.') = 0` : ''}`
    : column.kind === 'money'
      ? ` AND NOT starts_with(${v}, '(') AND NOT ends_with(${v}, '-')`
      : '';
  return `CASE WHEN strlen(${v}) = length(${v}) AND strpos(${v}, ',') = 0${marked} THEN ${v} ELSE ${plain} END`;
}

/**
 * An amount in brackets, as accounting formats and finance systems show a
 * negative one: (1,234.56), （1,234.56）, (¥1,234.56), or with its minus after
 * it as ledger exports write it (1,234.56-), read with a minus. In a column
 * that may not be negative it is then refused as a negative amount, which is
 * what it says.
 */
function accountingNegativeSql(v: string): string {
  const bracketed = `regexp_replace(${v}, '^[(（]\\s*([^-()（）][^()（）]*?)\\s*[)）]$', '-\\1')`;
  return `regexp_replace(${bracketed}, '^([¥￥]?\\s*[0-9][0-9,]*(?:[.][0-9]+)?)\\s*-$', '-\\1')`;
}

/**
 * An amount as Excel writes a currency-formatted cell into a CSV (the shown
 * text, not the number): a ¥ or ￥ before it, a minus before or after the
 * sign, spaces after it (¥603,160.59, -¥1,234.00, ¥ 1,234.00), or 元 right
 * after its digits (1,234.00元), read without them; a zero in the accounting
 * format (会计专用), which shows it as the sign and a dash (" ¥-   "), as 0. A
 * dash alone is not read so: without the sign it may as well mean "nothing".
 * Only non-ASCII text gets here (normalizedSql). 万元 or 亿元 after a figure is
 * a unit, not a mark: left, and refused (a sheet's unit is said above its header).
 */
function yuanMarksDroppedSql(v: string): string {
  const dropped = `regexp_replace(regexp_replace(${v}, '^(-?)\\s*[¥￥]\\s*(-?)\\s*([0-9])', '\\1\\2\\3'), '([0-9])\\s*元$', '\\1')`;
  return `CASE WHEN regexp_full_match(${v}, '-?\\s*[¥￥]\\s*-\\s*') THEN '0' ELSE ${dropped} END`;
}

/**
 * A quarter as the contract writes it (2024Q4) from the forms office tables
 * use: 2024年第4季度, 2024年第四季度, 2024年度第Ⅳ季度, 2024年4季度, 2024-Q4,
 * 2024 q4, full-width digits, ="2024Q4", 2024年10-12月. A bare 2024-4 stays as it is (a month as much as a quarter) and is
 * refused. 2024Q4 itself is returned at once.
 */
function quarterSql(v: string): string {
  // Also as Excel's text formula ="2024Q4" writes it into a CSV (keptAsText.ts), as a code or a year may be.
  const ascii = `translate(${keptAsTextSql(v)}, '${FULL_WIDTH.from}${QUARTER_CHARACTERS.from.slice(10)}', '${FULL_WIDTH.to}${QUARTER_CHARACTERS.to.slice(10)}')`;
  const parts = `regexp_extract(${ascii}, '^${QUARTER_FORMS}$', ['year', 'a', 'b', 'c'])`;
  const q = (p: string): string => `NULLIF(${p}, '')`;
  const read = `CASE WHEN ${parts}.year <> '' THEN ${parts}.year || 'Q' || coalesce(${q(`${parts}.a`)}, ${q(`${parts}.b`)}, ${q(`${parts}.c`)}) END`;
  // A quarter as its months (2024年10-12月, 2024年1至3月): only a quarter's own three months.
  const months = `regexp_extract(${ascii}, '^${QUARTER_MONTHS}$', ['year', 'first', 'last'])`;
  const first = `TRY_CAST(NULLIF(${months}.first, '') AS INTEGER)`;
  const byMonths = `CASE WHEN ${months}.year <> '' AND ${first} IN (1, 4, 7, 10) AND TRY_CAST(${months}.last AS INTEGER) = ${first} + 2 THEN ${months}.year || 'Q' || CAST((${first} + 2) // 3 AS VARCHAR) END`;
  return `CASE WHEN strlen(${v}) = 6 AND substr(${v}, 5, 1) = 'Q' THEN ${v} ELSE coalesce(${read}, ${byMonths}, ${v}) END`;
}

/**
 * Text as it was before an export neutralised it (engine/export/exportTable.ts):
 * a leading apostrophe before `=`, `+`, `-`, `@`, a tab or a CR is taken off,
 * so that an exported dataset loads again with the same names and document
 * numbers. An apostrophe before anything else is the text's own.
 */
function unneutralisedSql(v: string): string {
  return `CASE WHEN starts_with(${v}, '''') AND substr(${v}, 2, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN substr(${v}, 2) ELSE ${v} END`;
}

/**
 * Money stated in 万元 or 亿元, in yuan: the text read as a DECIMAL with
 * 2 + digits decimals and multiplied by 10^digits in DECIMAL arithmetic
 * (exact: a 万元 amount with up to 6 decimals is a whole number of fen).
 * NULL where the text is not such a number (validation names it).
 */
function scaledMoneySql(v: string, unit: MoneyUnit): string {
  // 38 digits: DuckDB multiplies two DECIMAL(18) in 64 bits and fails on overflow, so 13.76亿元 (13.7625364920 × 10^8
  // in DECIMAL(18,10)) stopped the whole load; in 128 bits the product fits and the outer TRY_CAST judges the range.
  const source = `DECIMAL(38,${2 + unit.digits})`;
  return `TRY_CAST(TRY_CAST(${v} AS ${source}) * CAST(${literalPowerOfTen(unit.digits)} AS DECIMAL(18,0)) AS DECIMAL(18,2))`;
}

function literalPowerOfTen(digits: number): string {
  return `1${'0'.repeat(digits)}`;
}

/**
 * The data table's columns, from the cells of the input: first the loaded
 * table's, in its order (typed; a roster's person ID hashed and masked,
 * personId.ts), then the helpers: `lead` (`_data`, `_sheet_row`) and the
 * trimmed text of each typed column.
 *
 * A cell's reading (trimmed, then normalised) is a column of its own, added
 * to the input in two layers (`trimmed` and `read`, each `, <expr> AS name`
 * for `SELECT *… FROM input`), so that every use refers to it by name.
 * Written out in place, the cell would stand ~80 times in a money column's
 * expressions, and DuckDB planned each statement for longer than it read
 * the file: 57 → 26 ms for the sample's fund flows, 43 → 11 ms for a
 * 73-row table.
 */
interface DataSelect {
  columns: string;
  trimmed: string;
  read: string;
}

const trimmedCell = (position: number): string => `_fundwatch_trimmed_${position}`;
const readCell = (position: number): string => `_fundwatch_read_${position}`;
const plainCell = (position: number): string => `_fundwatch_plain_${position}`;
/** The data table's flag of a person ID in neither ID form (idNumber.ts), for validation's notice. */
export const MALFORMED_ID_COLUMN = '_id_malformed';

function dataColumns(
  spec: TableSpec,
  positions: Map<ColumnSpec, number | null>,
  cell: (position: number) => string,
  salt: string,
  lead: Record<string, string>,
  unit: MoneyUnit | null = null,
  readTyped: ReadonlySet<ColumnSpec> = new Set(),
): DataSelect {
  const layered = spec.columns.flatMap((c) => {
    const position = positions.get(c);
    return position === null || position === undefined || readTyped.has(c) ? [] : [{ c, position }];
  });
  // A person ID already in its 18-character form (almost every one, idNumber.ts) is read as it is: not
  // trimmed, normalised or masked by the general rules, ~0.1 s of 2,000,000 rows.
  const isId = (c: ColumnSpec): boolean => c.name === PERSON_ID_COLUMN;
  const trimmed = layered
    .map(({ c, position }) => (isId(c) ? `, ${plainIdSql(cell(position))} AS ${plainCell(position)}` : `, ${trimmedSql(cell(position))} AS ${trimmedCell(position)}`))
    .join('');
  const readSql = (c: ColumnSpec, position: number): string =>
    isId(c)
      ? `CASE WHEN ${plainCell(position)} THEN ${cell(position)} ELSE NULLIF(${normalizedSql(c, `trim(${cell(position)})`)}, '') END`
      : `NULLIF(${normalizedSql(c, trimmedCell(position))}, '')`;
  const read = layered.map(({ c, position }) => `, ${readSql(c, position)} AS ${readCell(position)}`).join('');
  const text = (c: ColumnSpec): string => {
    const position = positions.get(c);
    return position === null || position === undefined ? 'CAST(NULL AS VARCHAR)' : readCell(position);
  };
  const typed = (c: ColumnSpec): string => {
    // Typed by the reader (fastSql): valid wherever it was read, so its text is never needed.
    if (readTyped.has(c)) return c.kind === 'boolean' ? readerBoolean().isTrue(cell(positions.get(c) ?? -1)) : cell(positions.get(c) ?? -1);
    return c.kind === 'money' && unit && unit.digits > 0 ? scaledMoneySql(text(c), unit) : typedSql(c, text(c), tableType(c));
  };
  const loaded = spec.columns.map((c) => {
    if (c.name === PERSON_ID_COLUMN) return `${hashedIdSql(text(c), salt)} AS ${ident(c.name).text}`;
    return `${isTyped(c) ? typed(c) : text(c)} AS ${ident(c.name).text}`;
  });
  const masked = spec.columns.filter(isId).flatMap((c) => {
    const position = positions.get(c);
    if (position === null || position === undefined) return [`${maskedIdSql(text(c))} AS ${ident(MASKED_ID_COLUMN).text}`, `false AS ${ident(MALFORMED_ID_COLUMN).text}`];
    const [id, plain] = [readCell(position), plainCell(position)];
    return [
      `CASE WHEN ${plain} THEN left(${id}, 6) || '****' || right(${id}, 4) ELSE ${maskedIdSql(id)} END AS ${ident(MASKED_ID_COLUMN).text}`,
      `${malformedIdSql(id, plain)} AS ${ident(MALFORMED_ID_COLUMN).text}`,
    ];
  });
  const texts = spec.columns
    .filter((c) => isTyped(c))
    .map((c) => `${readTyped.has(c) ? 'CAST(NULL AS VARCHAR)' : rebuildsText(c) ? `CASE WHEN ${typed(c)} IS NULL THEN ${text(c)} END` : text(c)} AS ${ident(textColumn(c)).text}`);
  const leads = Object.entries(lead).map(([name, sql]) => `${sql} AS ${ident(name).text}`);
  // A word that also says another column's value (其他收入), kept as written for validation to hold against that column.
  const said = spec.columns.flatMap((c) => {
    if (!c.saysAlso) return [];
    const position = positions.get(c);
    const words = Object.keys(c.saysAlso.words).map((w) => literal(w).text);
    const cell = position === null || position === undefined || readTyped.has(c) ? null : trimmedCell(position);
    return [`${cell === null ? 'CAST(NULL AS VARCHAR)' : `CASE WHEN ${cell} IN (${words.join(', ')}) THEN ${cell} END`} AS ${ident(saidColumn(c)).text}`];
  });
  return { columns: [...loaded, ...masked, ...leads, ...said, ...texts].join(', '), trimmed, read };
}

/** The helper holding a word of `column` that also says another column's value (ColumnSpec.saysAlso), as written. */
export function saidColumn(column: ColumnSpec): string {
  return `_said_${column.name}`;
}

/** The names of `dataColumns`' helpers: the malformed-ID flag, `lead`, the words that say another column, then the text of each typed column. */
function helperNames(spec: TableSpec, lead: Record<string, string>): string[] {
  return [
    ...(hasPersonIds(spec) ? [MALFORMED_ID_COLUMN] : []),
    ...Object.keys(lead),
    ...spec.columns.filter((c) => c.saysAlso).map(saidColumn),
    ...spec.columns.filter((c) => isTyped(c)).map(textColumn),
  ];
}

/**
 * SQL counting the rows where a typed column and its text disagree on being
 * empty: a value that validation let through but TRY_CAST could not read.
 * Zero for every validated table; loading checks it all the same, as a CAST
 * that failed used to stop it.
 */
export function unreadValuesSql(stage: StagedTable): string | null {
  const typed = stage.spec.columns.filter((c) => isTyped(c));
  if (typed.length === 0) return null;
  // A rebuilt text (rebuildsText) is NULL only where the value is and no text was kept: there, a kept text with no value is the mismatch (no text built per row).
  const mismatch = typed
    .map((c) => (rebuildsText(c) ? `(${ident(c.name).text} IS NULL AND ${ident(textColumn(c)).text} IS NOT NULL)` : `(${ident(c.name).text} IS NULL) <> (${textOf(c)} IS NULL)`))
    .join(' OR ');
  return `SELECT ${literal(stage.file).text} AS file, CAST(count(*) AS BIGINT) AS n FROM ${ident(stage.dataTable).text} WHERE _data AND (${mismatch})`;
}

/**
 * The staged view, or where its money is in 万元/亿元 (`unit`) the same rows
 * with amounts as yuan text, for rules that add amounts up across tables
 * (the balance reconciliation). A FROM item.
 */
export function inYuanSql(stage: StagedTable): string {
  if (stage.unit === null) return ident(stage.stageTable).text;
  const columns = stage.spec.columns.map((c) =>
    c.kind === 'money' ? `CAST(${ident(c.name).text} AS VARCHAR) AS ${ident(c.name).text}` : isTyped(c) ? `${textOf(c)} AS ${ident(c.name).text}` : ident(c.name).text,
  );
  return `(SELECT ${stage.rowNumber} AS _row, ${columns.join(', ')} FROM ${ident(stage.dataTable).text} WHERE _data)`;
}

/**
 * The staged view's column that says a column's value was read (its typed
 * value is not NULL), for a column whose text is rebuilt from its value
 * (rebuildsText): such a cell is valid exactly when it was read, so
 * validation tests this flag instead of turning millions of values back
 * into text (`_read_<name>`); null for other columns.
 */
export function readFlag(column: ColumnSpec): string | null {
  return rebuildsText(column) ? `_read_${column.name}` : null;
}

/**
 * The staged view's columns that stand for `column` in a hash of whole rows
 * (the duplicate search, validate.ts): the column itself, or for a column
 * whose text is rebuilt from its value (readFlag) its value and the text
 * kept where it did not read. Equal texts give equal pairs, and hashing
 * the pair spares building the text of every value (0.6 s of the
 * 20,000,000-row roster's search).
 */
export function hashedColumns(column: ColumnSpec): string[] {
  return readFlag(column) === null ? [column.name] : [valueColumn(column), textColumn(column)];
}

function valueColumn(column: ColumnSpec): string {
  return `_value_${column.name}`;
}

/** The staged view's columns after `_row`: the contract's names, as text (a person ID as hashed), then the read flags, then what hashedColumns adds. */
function viewColumns(spec: TableSpec): string {
  const names = spec.columns.map((c) => (isTyped(c) ? `${textOf(c)} AS ${ident(c.name).text}` : ident(c.name).text));
  if (hasPersonIds(spec)) names.push(ident(MASKED_ID_COLUMN).text);
  for (const c of spec.columns) if (c.saysAlso) names.push(ident(saidColumn(c)).text);
  for (const c of spec.columns) {
    const flag = readFlag(c);
    if (flag !== null) names.push(`${ident(c.name).text} IS NOT NULL AS ${ident(flag).text}`);
  }
  for (const c of spec.columns) {
    if (readFlag(c) !== null) names.push(`${ident(c.name).text} AS ${ident(valueColumn(c)).text}`, ident(textColumn(c)).text);
  }
  return names.join(', ');
}

interface CsvInput {
  /** UTF-8 CSV with `\n` line ends (csvScan.ts), the header record at the top. */
  utf8: FileContent;
  /** Where its pieces start, after the first (csvScan.ts). */
  cuts: readonly number[];
  header: readonly string[];
  /** Byte offset of the header record: title and unit lines above it are not read by DuckDB. */
  start: number;
  /** The name the whole file is already readable under (localCsv): one piece, not registered again. */
  registered?: string;
}

function piecesOf(input: CsvInput): FileContent[] {
  const starts = [input.start, ...input.cuts.filter((cut) => cut > input.start)];
  const size = input.utf8 instanceof Uint8Array ? input.utf8.byteLength : input.utf8.size;
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? size;
    return input.utf8 instanceof Uint8Array ? input.utf8.subarray(start, end) : input.utf8.slice(start, end);
  });
}

/**
 * DuckDB drops without a word a last line longer than its read buffer
 * (4 MiB, stage.sql) that has no line end: a 5 MB line of junk appended to a
 * file loaded as if it were not there. Every piece is given to it ending in
 * one; the file's records are the same (a last line end adds no record).
 */
function endingLine(piece: Uint8Array): Uint8Array {
  if (piece.byteLength === 0 || piece[piece.byteLength - 1] === 0x0a) return piece;
  const ended = new Uint8Array(piece.byteLength + 1);
  ended.set(piece);
  ended[piece.byteLength] = 0x0a;
  return ended;
}

async function endingLineBlob(piece: Blob): Promise<Blob> {
  if (piece.size === 0 || new Uint8Array(await piece.slice(-1).arrayBuffer())[0] === 0x0a) return piece;
  return new Blob([piece, '\n']);
}

/** How DuckDB (1.4.3) refuses a file with a line over twice its read buffer before its last line. */
const PARALLEL_READ_REFUSED = /Parallel CSV Reader currently does not support a full read/;

/** DuckDB's read buffer (stage.sql): no line longer than it is read. */
const READ_BUFFER_BYTES = 4 * 2 ** 20;

/**
 * True when the last line of a piece is longer than DuckDB's read buffer.
 * DuckDB (1.4.3) refuses such a line anywhere else, but drops a last line
 * more than twice as long without a word, line end or not: a 9 MB line of
 * digits after a file's rows loaded as if it were not there. So a read that
 * succeeded despite such a line has dropped it. Only the piece's tail is read.
 */
async function endsInLongLine(piece: FileContent): Promise<boolean> {
  const size = piece instanceof Uint8Array ? piece.byteLength : piece.size;
  // A short look first (a last line is a few hundred bytes), then the buffer's worth and the line end.
  for (const span of [2 ** 16, READ_BUFFER_BYTES + 2]) {
    const from = Math.max(0, size - span);
    const tail = piece instanceof Uint8Array ? piece.subarray(from) : new Uint8Array(await piece.slice(from).arrayBuffer());
    const end = tail[tail.byteLength - 1] === 0x0a ? tail.byteLength - 1 : tail.byteLength;
    if (tail.subarray(0, end).lastIndexOf(0x0a) >= 0) return false;
    if (from === 0) return end > READ_BUFFER_BYTES;
  }
  return true;
}

/**
 * The line (1 = the piece's first) of the first line longer than DuckDB's
 * read buffer, or null. DuckDB refuses a file with such a line in its middle
 * only as "The Parallel CSV Reader currently does not support a full read",
 * naming no line. Read in 8 MB slices, only after that refusal.
 */
async function firstLongLine(piece: FileContent): Promise<number | null> {
  const size = piece instanceof Uint8Array ? piece.byteLength : piece.size;
  const SLICE = 8 * 2 ** 20;
  let line = 1;
  let length = 0;
  for (let from = 0; from < size; from += SLICE) {
    const bytes = piece instanceof Uint8Array ? piece.subarray(from, from + SLICE) : new Uint8Array(await piece.slice(from, from + SLICE).arrayBuffer());
    let at = 0;
    for (let end = bytes.indexOf(0x0a); ; end = bytes.indexOf(0x0a, at)) {
      length += (end < 0 ? bytes.byteLength : end) - at;
      if (length > READ_BUFFER_BYTES) return line;
      if (end < 0) break;
      line += 1;
      length = 0;
      at = end + 1;
    }
  }
  return null;
}

interface CsvOptions {
  /** The header's row number as the user counts it (records above it: title and unit lines). */
  headerRow: number;
  /** A sheet's CSV carries the Excel row number in an extra last column. */
  rowColumn: boolean;
  salt: string;
  delimiter: CsvDelimiter;
  /** The cells of the rows above the header (a title, a `单位：万元` line), for the unit and the notice. */
  above: readonly (readonly string[])[];
  /**
   * The upper row of a header over two rows (csvHeader.ts, combinedHeader),
   * `headerRow` being the lower: its number and its own cells (a group title
   * such as 收支情况（万元） may state the money unit). Null for one header row.
   */
  upperHeader?: { row: number; cells: readonly string[] } | null;
  onPiece?: (done: number, total: number) => void;
}

/**
 * SQL true for a sign-off or note line below a form's table (填报人：张三  审核人：李四,
 * 填报日期：…, 注：…; signOff.ts): its first non-empty cell begins with such a
 * label. The pattern is tried only on a first cell holding a colon. Not for a
 * table of person IDs (the roster: a system's export of millions of rows, no
 * form): its reading gets no cost per row for it.
 */
function signOffRowSql(cells: readonly string[]): string {
  const first = `coalesce(${[...cells, "''"].join(', ')})`;
  return `(CASE WHEN strpos(${first}, '：') = 0 AND strpos(${first}, ':') = 0 THEN false ELSE regexp_matches(${first}, ${literal(SIGN_OFF_PATTERN).text}) END)`;
}

/** Spaces inside 合 计 (RE2's \s is ASCII only: 合\u3000计 has the full-width one). */
const INNER_SPACE = '[\\s\u3000\u00a0]*';
/** A cell of a 合计/总计/汇总 (total) row: 汇总 is what Chinese Excel writes in a table's total row. */
const TOTAL_CELL = `(合${INNER_SPACE}计|总${INNER_SPACE}计|汇${INNER_SPACE}总|[Tt][Oo][Tt][Aa][Ll])[:：]?`;
/**
 * A cell of a 小计 (subtotal) row: 小计 (小 计, 小计：), perhaps after a name in
 * Chinese characters (呼和浩特市小计, 本页小计, 城镇小计), or Subtotal. A 合计
 * after a name (全区合计, 呼和浩特市合计) is neither: it may be a grand total
 * or a section's, so it stays a data row and is refused, never summed wrongly.
 */
const SUBTOTAL_CELL = `(\\p{Han}{0,20}${INNER_SPACE}小${INNER_SPACE}计|[Ss][Uu][Bb][- ]?[Tt][Oo][Tt][Aa][Ll])[:：]?`;

/**
 * SQL of a row's mark, over its raw cells: 2 for a 合计/总计 (total) row, 1
 * for a 小计 (subtotal) row (one of its cells says so; a row saying both is a
 * total), 0 for any other row. Only for tables with amounts or counts to add
 * up, computed once a row in the reading's inner layer (`ROW_MARK`). The
 * patterns are tried only on cells holding 计, 汇 or "total" in any case, which
 * every match does: the regex on every cell was about a third of reading a file.
 */
function rowMarkSql(cells: readonly string[]): string {
  const mark = (c: string): string => {
    const cell = `coalesce(${c}, '')`;
    return (
      `(CASE WHEN strpos(${cell}, '计') = 0 AND strpos(${cell}, '汇') = 0 AND NOT contains(lower(${cell}), 'total') THEN 0 ` +
      `WHEN regexp_full_match(trim(${cell}), '${TOTAL_CELL}') THEN 2 ` +
      `WHEN regexp_full_match(trim(${cell}), '${SUBTOTAL_CELL}') THEN 1 ELSE 0 END)`
    );
  };
  return cells.length === 1 ? mark(cells[0] ?? "''") : `greatest(${cells.map(mark).join(', ')})`;
}

/** The inner layer's column of the row's mark (rowMarkSql). */
const ROW_MARK = '_fundwatch_row_mark';

/** The middle layer's column that says a row repeats the header (repeatedHeaderSql). */
const HEADER_AGAIN = '_fundwatch_header_again';
/** The middle layer's column that says a row numbers the columns (columnNumbersSql). */
const COLUMN_NUMBERS = '_fundwatch_column_numbers';
/** The middle layer's column that says a row has text in its first cell only (titleLineSql). */
const TITLE_LINE = '_fundwatch_title_line';

/**
 * SQL true for a row with text in its first cell and nothing in the others:
 * a title (2023年转移支付下达表) that came along when two exports were
 * joined into one file, or a group line of a statistical table (一、城市).
 * Never a row of data: every table has three columns or more, and more than
 * its first required. Refused as one problem by its row (stage.ts,
 * stageCsv), not one for each empty cell. Over the cells the read has
 * trimmed already (a cell of spaces is empty), the others as read: a row of
 * data stops at its second cell, trimming nothing more (20,000,000 of them
 * in a province's roster).
 */
function titleLineSql(positions: Map<ColumnSpec, number | null>, width: number, readTyped: ReadonlySet<ColumnSpec> = new Set()): string {
  if (width < 3) return 'false';
  // A column's trimmed text where the read has it (dataColumns), else the cell as read.
  const trimmedAt = new Set<number>();
  for (const [c, position] of positions) if (position !== null && c.name !== PERSON_ID_COLUMN && !readTyped.has(c)) trimmedAt.add(position);
  const text = (i: number): string => (trimmedAt.has(i) ? trimmedCell(i) : `c${i}`);
  const rest = Array.from({ length: width - 1 }, (_, i) => `WHEN ${text(i + 1)} <> '' THEN false`);
  return `CASE ${rest.join(' ')} ELSE NULLIF(trim(c0), '') IS NOT NULL END`;
}

/**
 * SQL true for a title line (`titleLine`, titleLineSql) that is a unit line
 * or a numbered note (signOff.ts, FOOTNOTE_PATTERN): a footnote when it is
 * below the last row of data (stageCsv). The pattern runs on title lines only.
 */
function footnoteSql(titleLine: string): string {
  return `(CASE WHEN ${titleLine} THEN regexp_matches(coalesce(c0, ''), ${literal(FOOTNOTE_PATTERN).text}) ELSE false END)`;
}

/**
 * SQL true for a row each of whose cells (of the table's columns) is one of
 * `names(column, position)`, trimmed. Over the read's middle layer: a
 * non-ID column's cell is its trimmed text there (dataColumns); only a row
 * whose first column passes is looked at further.
 */
function rowOfSql(spec: TableSpec, positions: Map<ColumnSpec, number | null>, names: (column: ColumnSpec, position: number) => readonly string[]): string {
  const tests = spec.columns.flatMap((c) => {
    const position = positions.get(c);
    if (position === null || position === undefined) return [];
    const cell = c.name === PERSON_ID_COLUMN ? `trim(c${position})` : trimmedCell(position);
    // A list function: only rows whose first cell passes are tested (CASE below), so a join over every row (IN) would not pay.
    return [{ id: c.name === PERSON_ID_COLUMN, sql: `list_contains([${[...new Set(names(c, position))].map((n) => literal(n).text).join(', ')}], ${cell})` }];
  });
  // An ID column is not trimmed in the read: never the first test.
  const [first, ...rest] = [...tests.filter((t) => !t.id), ...tests.filter((t) => t.id)];
  if (!first) return 'false';
  return rest.length === 0 ? `coalesce(${first.sql}, false)` : `CASE WHEN ${first.sql} THEN coalesce(${rest.map((t) => t.sql).join(' AND ')}, false) ELSE false END`;
}

/**
 * SQL true for a row that is the header again: two exports joined into one
 * file (copied one under the other, `cat a.csv b.csv`) bring the second's
 * header line along. Each of its cells, trimmed, is what the header has at
 * its place, or the name or Chinese label of that column (the other export
 * may have the other names), the first cell perhaps after the second file's
 * byte-order mark. Such a row is not data, and is refused as one
 * problem (stage.ts, stageCsv) rather than a problem per cell.
 */
function repeatedHeaderSql(spec: TableSpec, positions: Map<ColumnSpec, number | null>, header: readonly string[]): string {
  return rowOfSql(spec, positions, (c, position) => {
    const own = [(header[position] ?? '').replace(INVISIBLE, '').trim(), c.name, c.label];
    // Two Excel "CSV UTF-8" files joined (cat, copy /b): the second's header starts with its BOM.
    return position === 0 ? [...own, ...own.map((n) => `\ufeff${n}`)] : own;
  });
}

/** What a 栏次 row writes over a column: its number, a stem (甲, 乙, … over text columns) or 栏次 itself. */
const COLUMN_NUMBER_WORDS = ['栏次', '甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

/**
 * SQL true for a 栏次 row: the row under a statistical form's header that
 * numbers its columns (甲 | 乙 | 1 | 2 | …, or 1 | 2 | 3 …). Never data: every
 * table has a region code, quarter or year, none of which such a cell can
 * be. Skipped, with a notice, as the title lines above the header are.
 */
function columnNumbersSql(spec: TableSpec, positions: Map<ColumnSpec, number | null>, width: number): string {
  const words = [...COLUMN_NUMBER_WORDS, ...Array.from({ length: width }, (_, i) => String(i + 1))];
  return rowOfSql(spec, positions, () => words);
}

async function stageCsv(
  engine: Engine,
  spec: TableSpec,
  where: { file: string; sheet: string | null },
  input: CsvInput,
  options: CsvOptions,
): Promise<Omit<StageResult, 'encoding'>> {
  const cells = input.header;
  const upperHeader = options.upperHeader ?? null;
  const header = mapHeader(spec, where.file, cells, { sheet: where.sheet, headerRow: options.headerRow, upperRow: upperHeader?.row ?? null });
  const place = { file: where.file, ...(where.sheet === null ? {} : { sheet: where.sheet }) };
  // Only a table with amounts has a money unit: a roster's or the regions' title may name 万元 freely.
  const hasMoney = spec.columns.some((c) => c.kind === 'money');
  // The upper header row's cells too: a group title over the amounts (收支情况（万元）) is hidden under the lower row's names.
  const unitRows = upperHeader === null ? options.above : [...options.above, upperHeader.cells];
  const unitFound = hasMoney ? findMoneyUnit(unitRows, headerMoneyUnits(spec, cells)) : { unit: null, text: null, refused: null };
  const below = hasMoney && !unitFound.refused ? unitBelow(await tailRows(input.utf8, options.delimiter), unitFound.unit) : null;
  if (unitFound.refused ?? below) {
    header.problems.push({
      ...place,
      row: null,
      column: null,
      severity: 'error',
      ...explain(
        unitFound.refused ?? below ?? message('header.units_conflict_expected'),
        below !== null || unitFound.refused?.code === 'header.unit_unclear' ? message('header.unit_where') : message('header.units_conflict_expected'),
      ),
    });
  }
  // Counts are persons: a 万人 line would leave 40,000 insured read as 4.
  const countUnit = spec.columns.some((c) => c.kind === 'count') ? scaledCountUnit(unitRows) : null;
  if (countUnit !== null) {
    header.problems.push({ ...place, row: null, column: null, severity: 'error', ...explain(message('header.count_unit', { text: countUnit }), message('header.count_unit_expected')) });
  }
  if (header.problems.length > 0) return { staged: null, problems: header.problems };
  const unit = unitFound.unit && unitFound.unit.digits > 0 ? unitFound.unit : null;

  const stageTable = stageTableName(spec);
  const dataTable = dataTableName(spec);
  const width = cells.length + (options.rowColumn ? 1 : 0);
  const csvColumns = `{${Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
  const all = cells.map((_, i) => `c${i}`);
  // Amounts and counts can have 合计 and 小计 rows; the roster has neither (and millions of rows): no mark is computed.
  const totals = spec.columns.some((c) => c.kind === 'money' || c.kind === 'count');
  // A row of empty cells (Excel's trailing ",,,,") is not data, nor is a template note, a 合计 or 小计 row or a sign-off line.
  const signOff = hasPersonIds(spec) ? 'false' : signOffRowSql(all);
  const lead: Record<string, string> = {
    _data: `(${NOT_A_NOTE('c0')}) AND coalesce(${all.join(', ')}) IS NOT NULL${totals ? ` AND ${ROW_MARK} = 0` : ''}${signOff === 'false' ? '' : ` AND NOT ${signOff}`}`,
  };
  // The header again (repeatedHeaderSql): not data, refused by its row. A 栏次 row (columnNumbersSql): not data, said.
  lead._data = `${lead._data} AND NOT ${HEADER_AGAIN} AND NOT ${COLUMN_NUMBERS} AND NOT ${TITLE_LINE}`;
  lead._header_again = HEADER_AGAIN;
  lead._column_numbers = COLUMN_NUMBERS;
  // A title or group line (titleLineSql): not data, refused by its row; not a note, a 合计 row or a sign-off line (said as those).
  lead._title_line = `${TITLE_LINE} AND (${NOT_A_NOTE('c0')})${totals ? ` AND ${ROW_MARK} = 0` : ''}${signOff === 'false' ? '' : ` AND NOT ${signOff}`}`;
  // A unit line or numbered note among them (footnoteSql): a note when below the data, told after reading. Not in a roster (no form, millions of rows).
  const footnotes = !hasPersonIds(spec);
  if (footnotes) lead._footnote = footnoteSql(TITLE_LINE);
  if (totals) {
    lead._total = `${ROW_MARK} = 2`;
    lead._subtotal = `${ROW_MARK} = 1`;
  }
  if (signOff !== 'false') lead._signoff = signOff;
  // Columns without a name: ignored, and said so when they hold anything.
  const unnamed = header.ignored.filter((c) => c.name === '');
  for (const c of unnamed) lead[`_filled_${c.position}`] = `NULLIF(trim(c${c.position}), '') IS NOT NULL`;
  if (options.rowColumn) lead._sheet_row = `CAST(c${cells.length} AS BIGINT)`;
  // A sheet's CSV carries the Excel row number in its last column; a CSV file's
  // row is its record number + 1 + the records above the header (the header is row headerRow).
  const rowNumber = options.rowColumn ? '_sheet_row' : `CAST(rowid + ${options.headerRow + 1} AS BIGINT)`;
  const columns = dataColumns(spec, header.positions, (i) => `c${i}`, options.salt, lead, unit);
  // The mark is read in the innermost layer, once a row, by _data, _total and _subtotal.
  const marked = totals ? { ...columns, trimmed: `${columns.trimmed}, ${rowMarkSql(all)} AS ${ROW_MARK}` } : columns;
  // The header test reads the trimmed cells, in the middle layer.
  const rowsOfNames = `, ${repeatedHeaderSql(spec, header.positions, cells)} AS ${HEADER_AGAIN}, ${columnNumbersSql(spec, header.positions, cells.length)} AS ${COLUMN_NUMBERS}, ${titleLineSql(header.positions, cells.length)} AS ${TITLE_LINE}`;
  const select = { ...marked, read: `${marked.read}${rowsOfNames}` };
  const fast = options.rowColumn || totals || unit !== null || header.ignored.length > 0 ? null : fastSql(spec, header.positions, options.salt);
  const pieces = input.registered === undefined ? piecesOf(input) : [null];
  // Records read before the current piece, the header included: DuckDB numbers a piece's lines from 1.
  let before = options.headerRow;
  for (const [k, piece] of pieces.entries()) {
    if (pieces.length > 1) options.onPiece?.(k, pieces.length);
    const registered = input.registered ?? `fundwatch_upload_${spec.name}_${k}.csv`;
    if (piece instanceof Uint8Array) await engine.registerFile(registered, endingLine(piece));
    else if (piece !== null) await engine.registerBlob(registered, await endingLineBlob(piece));
    const read = (read: { csvColumns: string; select: DataSelect }, file = registered): Promise<Row[]> =>
      engine.query(
        renderSql(SQL.stage, {
          insert: fragment(k === 0 ? `CREATE OR REPLACE TABLE ${ident(dataTable).text} AS` : `INSERT INTO ${ident(dataTable).text}`),
          file,
          header: fragment(k === 0 ? 'true' : 'false'),
          delim: options.delimiter,
          buffer_size: fragment(String(READ_BUFFER_BYTES)),
          csv_columns: fragment(read.csvColumns),
          data_columns: fragment(read.select.columns),
          trimmed_cells: fragment(read.select.trimmed),
          read_cells: fragment(read.select.read),
        }),
      );
    try {
      // DuckDB answers an INSERT (and a CREATE TABLE AS) with the rows it wrote, `Count`.
      // A value the reader cannot type (or anything else it refuses) sends the file the general way, which names it.
      const [written] = (fast ? await read(fast).catch(() => null) : null) ?? (await read({ csvColumns, select }));
      const dropped = await endsInLongLine(piece ?? input.utf8);
      if (k + 1 < pieces.length || dropped) {
        const count = Number(written?.Count);
        before = Number.isSafeInteger(count)
          ? before + count
          : options.headerRow + Number((await engine.query(`SELECT CAST(count(*) AS BIGINT) AS n FROM ${ident(dataTable).text}`))[0]?.n ?? 0);
      }
      // The row after the rows read is the line DuckDB dropped.
      if (dropped) return { staged: null, problems: [longLineProblem(where.file, before + 1, options.delimiter)] };
    } catch (first) {
      if (isOutOfMemory(first)) throw first;
      // A line of one cell (a title or a sign-off line without the delimiters Excel adds) read again, filled out to
      // the header's width, so that it is said as what it is; any other line of the wrong width is still refused.
      const padded = pieces.length === 1 && !options.rowColumn && LONE_CELL.test(first instanceof Error ? first.message : String(first)) ? await loneCellsPadded(piece ?? input.utf8, options.delimiter, cells.length) : null;
      const again = `fundwatch_upload_${spec.name}_filled.csv`;
      const filled = padded === null ? { error: first } : await readFilled(engine, again, padded, () => read({ csvColumns, select }, again));
      if ('rows' in filled && padded !== null) {
        // As above: the row after the rows read is the line DuckDB dropped.
        const count = Number(filled.rows[0]?.Count);
        if (await endsInLongLine(padded)) return { staged: null, problems: [longLineProblem(where.file, options.headerRow + (Number.isSafeInteger(count) ? count : 0) + 1, options.delimiter)] };
        continue;
      }
      const e = 'error' in filled ? filled.error : first;
      // The first piece has the header: its lines count from it.
      const counted = k === 0 ? options.headerRow - 1 : before;
      const long = PARALLEL_READ_REFUSED.test(e instanceof Error ? e.message : String(e)) ? await firstLongLine(piece ?? input.utf8) : null;
      if (long !== null) return { staged: null, problems: [longLineProblem(where.file, counted + long, options.delimiter)] };
      return { staged: null, problems: [csvProblem(where.file, e, counted, options.delimiter)] };
    } finally {
      await engine.dropFile(registered);
    }
  }
  // The numbers of the rows a flag marks, as one text. A subquery that reads the few marked rows: as an ordered
  // aggregate over the whole table it sorted every row of a province's roster (0.6 s of 20,000,000).
  const rowsWhere = (flag: string, name: string): string =>
    `(SELECT string_agg(CAST(r AS VARCHAR), ',' ORDER BY r) FROM (SELECT ${rowNumber} AS r FROM ${ident(dataTable).text} WHERE ${flag})) AS ${name}`;
  const counted = [
    ...unnamed.map((c) => `CAST(count(*) FILTER (WHERE _filled_${c.position}) AS BIGINT) AS ${ident(`filled_${c.position}`).text}`),
    ...(totals ? (['total', 'subtotal'] as const).map((k) => rowsWhere(`_${k}`, `${k}_rows`)) : []),
    ...(signOff === 'false' ? [] : [rowsWhere('_signoff', 'sign_off_rows')]),
    rowsWhere('_header_again', 'header_again_rows'),
    rowsWhere('_column_numbers', 'column_number_rows'),
    rowsWhere('_title_line', 'title_line_rows'),
    ...(footnotes ? [rowsWhere('_footnote', 'footnote_rows')] : []),
  ];
  const [counts] = await engine.query(
    renderSql(SQL.stageView, {
      stage_table: ident(stageTable),
      data_table: ident(dataTable),
      row_number: fragment(rowNumber),
      columns: fragment(viewColumns(spec)),
      counts: fragment(counted.map((c) => `,\n  ${c}`).join('')),
    }),
  );
  const rowCount = Number(counts?.row_count ?? 0);
  const notes = Number(counts?.notes ?? 0);
  const ignored = header.ignored.filter((c) => c.name !== '' || Number(counts?.[`filled_${c.position}`] ?? 0) > 0);
  // The row numbers come back as one text (a list's type differs between DuckDB's builds); the notice words them (rowList.ts).
  const rowsOf = (text: unknown): RowList | null => (typeof text === 'string' && text !== '' ? rowList(text.split(',').map(Number)) : null);
  const totalRows = rowsOf(counts?.total_rows);
  // Unit lines and numbered notes below the last row of data are notes under the table, said with its sign-off lines; above it they stay title or group lines.
  const numbers = (text: unknown): number[] => (typeof text === 'string' && text !== '' ? text.split(',').map(Number) : []);
  const titleRows = numbers(counts?.title_line_rows);
  const titleSet = new Set(titleRows);
  const candidates = numbers(counts?.footnote_rows).filter((r) => titleSet.has(r));
  let footnoteRows = new Set<number>();
  if (candidates.length > 0) {
    const [last] = await engine.query(`SELECT CAST(max(${rowNumber}) AS BIGINT) AS r FROM ${ident(dataTable).text} WHERE _data`);
    const lastData = last?.r === null || last?.r === undefined ? 0 : Number(last.r);
    footnoteRows = new Set(candidates.filter((r) => r > lastData));
  }
  const noted = [...numbers(counts?.sign_off_rows), ...footnoteRows].sort((a, b) => a - b);
  const signOffRows = noted.length > 0 ? rowList(noted) : null;
  const columnNumberRows = rowsOf(counts?.column_number_rows);
  const subtotalRows = rowsOf(counts?.subtotal_rows);
  const notices = layoutNotices(spec, place, { headerRow: options.headerRow, upperRow: upperHeader?.row ?? null, above: options.above, unit: unitFound.unit, unitText: unitFound.text, ignored, totalRows, subtotalRows, signOffRows, columnNumberRows });
  const headerAgain = [
    ...rowProblems(place, counts?.header_again_rows, message('header.repeated', { headerRow: options.headerRow }), message('header.repeated_expected')),
    ...rowProblems(place, titleRows.filter((r) => !footnoteRows.has(r)).join(','), message('row.title_line'), message('row.title_line_expected')),
  ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    staged: { spec, file: where.file, sheet: where.sheet, stageTable, dataTable, helpers: helperNames(spec, lead), notes, rowCount, rowNumber, merged: 0, unit, totals },
    problems: [...headerAgain, ...notices],
  };
}

/** DuckDB's word for a line of one cell where the header has more. */
const LONE_CELL = /Expected Number of Columns: \d+ Found: 1\b/;
/** A file this big or smaller is filled out and read again (loneCellsPadded); tables with amounts are far smaller. */
const FILL_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The CSV with each line of one cell (no delimiter outside quotes) given
 * `width - 1` delimiters more, so that DuckDB reads it as a row whose other
 * cells are empty: a title line, a sign-off or a note typed below a table
 * without the delimiters Excel writes. Null when there is none, or the
 * file is too big to hold twice.
 */
async function loneCellsPadded(content: FileContent, delimiter: string, width: number): Promise<Uint8Array | null> {
  const size = content instanceof Uint8Array ? content.byteLength : content.size;
  if (size > FILL_MAX_BYTES || width < 2) return null;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer());
  const delim = delimiter.charCodeAt(0);
  const fill = new Uint8Array(width - 1).fill(delim);
  const parts: Uint8Array[] = [];
  let quoted = false;
  let lineStart = 0;
  let sawDelimiter = false;
  let from = 0;
  let filled = 0;
  for (let i = 0; i <= bytes.byteLength; i++) {
    const b = i < bytes.byteLength ? bytes[i] : 0x0a;
    if (b === 0x22) quoted = !quoted;
    else if (!quoted && b === delim) sawDelimiter = true;
    else if (!quoted && b === 0x0a) {
      const end = i > lineStart && bytes[i - 1] === 0x0d ? i - 1 : i;
      // An empty line (the last line end's, a blank one) is left as it is.
      if (!sawDelimiter && end > lineStart) {
        parts.push(bytes.subarray(from, end), fill);
        from = end;
        filled++;
      }
      lineStart = i + 1;
      sawDelimiter = false;
    }
  }
  if (filled === 0) return null;
  parts.push(bytes.subarray(from));
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

/** Reads `padded` under the name `file` with `read`: what it answered, or the error. */
async function readFilled(engine: Engine, file: string, padded: Uint8Array, read: () => Promise<Row[]>): Promise<{ rows: Row[] } | { error: unknown }> {
  await engine.registerFile(file, endingLine(padded));
  try {
    return { rows: await read() };
  } catch (e) {
    if (isOutOfMemory(e)) throw e;
    return { error: e };
  } finally {
    await engine.dropFile(file);
  }
}

/** How much of a file's end is looked at for a unit stated below its table. */
const TAIL_BYTES = 16 * 1024;

/** The cells of the last lines of a CSV (UTF-8, `\n`), split plainly: enough for the notes below a table. */
async function tailRows(utf8: FileContent, delimiter: string): Promise<string[][]> {
  const size = utf8 instanceof Uint8Array ? utf8.byteLength : utf8.size;
  const from = Math.max(0, size - TAIL_BYTES);
  const bytes = utf8 instanceof Uint8Array ? utf8.subarray(from) : new Uint8Array(await utf8.slice(from).arrayBuffer());
  const lines = new TextDecoder().decode(bytes).split('\n');
  // The first line may start mid-character or mid-line: not looked at, unless it is the file's start.
  return (from > 0 ? lines.slice(1) : lines).slice(-12).map((line) => line.split(delimiter).map((cell) => cell.replace(/^\s*"|"\s*$/g, '')));
}

/**
 * A `单位：…` note below the table (注：单位：万元) that says another money
 * unit than the one the header and the lines above it give (yuan when
 * none): the loader reads the unit above the header only, so the amounts
 * would be read in the wrong unit, by 10,000 or more, without a word.
 */
function unitBelow(rows: readonly (readonly string[])[], above: MoneyUnit | null): Message | null {
  for (const cells of rows) {
    for (const cell of cells) {
      if (!/单\s*位\s*[：:]/.test(cell)) continue;
      const said = unitInCell(cell);
      if (said === null) continue;
      if (!('unit' in said) || said.unit.digits !== (above?.digits ?? 0)) return message('header.unit_below', { text: cell.trim() });
    }
  }
  return null;
}

/** Each row that is no data (the header again, repeatedHeaderSql; a title line, titleLineSql), said once by its row; `rows`: their numbers as one text. */
function rowProblems(place: { file: string; sheet?: string }, rows: unknown, what: Message, expected: Message): Problem[] {
  const numbers = typeof rows === 'string' && rows !== '' ? rows.split(',').map(Number) : [];
  return numbers.map((row) => ({ ...place, row, column: null, severity: 'error', ...explain(what, expected) }));
}

/**
 * What the loader did with the file's layout, said as notices (never
 * silently): rows above the header skipped, the money unit applied, columns
 * not read, 合计 and 小计 rows and sign-off lines not loaded.
 */
function layoutNotices(
  spec: TableSpec,
  place: { file: string; sheet?: string },
  found: {
    headerRow: number;
    /** The upper of two header rows (headerRow the lower), or null. */
    upperRow?: number | null;
    above: readonly (readonly string[])[];
    unit: MoneyUnit | null;
    unitText: string | null;
    ignored: { position: number; name: string }[];
    totalRows: RowList | null;
    subtotalRows?: RowList | null;
    signOffRows?: RowList | null;
    columnNumberRows?: RowList | null;
  },
): Problem[] {
  const notice = (row: number | null, text: Message, expected: Message): Problem => ({ ...place, row, column: null, severity: 'warning', ...explain(text, expected) });
  const out: Problem[] = [];
  const titles = found.above.map(rowText).filter((t) => t !== '');
  const upperRow = found.upperRow ?? null;
  const top = upperRow ?? found.headerRow;
  if (titles.length > 0) {
    const cut = (t: string): string => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
    out.push(notice(top, message('header.rows_skipped', { headerRow: top, titles: titles.map(cut) }), message('header.rows_skipped_expected')));
  }
  if (upperRow !== null) out.push(notice(upperRow, message('header.two_rows', { upper: upperRow, lower: found.headerRow }), message('header.two_rows_expected')));
  const money = spec.columns.filter((c) => c.kind === 'money').map((c) => c.name);
  if (found.unit && found.unit.digits > 0 && money.length > 0) {
    const unit = found.unit.label;
    out.push(notice(null, message('header.unit_converted', { unit, unitText: found.unitText, columns: money }), message('header.unit_expected', { unit })));
  }
  if (found.ignored.length > 0) {
    out.push(notice(found.headerRow, message('header.columns_ignored', { columns: found.ignored }), expectedHeader(spec)));
  }
  if (found.totalRows !== null) {
    out.push(notice(null, message('header.total_rows', { rows: found.totalRows }), message('header.total_rows_expected')));
  }
  if (found.subtotalRows) {
    out.push(notice(null, message('header.subtotal_rows', { rows: found.subtotalRows }), message('header.subtotal_rows_expected')));
  }
  if (found.signOffRows) {
    out.push(notice(null, message('header.sign_off_rows', { rows: found.signOffRows }), message('header.sign_off_rows_expected')));
  }
  if (found.columnNumberRows) {
    out.push(notice(null, message('header.column_number_rows', { rows: found.columnNumberRows }), message('header.column_number_rows_expected')));
  }
  return out;
}

/** Where a CSV file's header is: the delimiter (comma, tab or vertical bar), the header row below any title and unit lines, its byte offset in the UTF-8 copy. */
function csvLayout(
  spec: TableSpec,
  scan: CsvScan,
): { delimiter: CsvDelimiter; index: number; header: string[]; offset: number; above: string[][]; upper: readonly string[] | null } {
  const options = ([',', '\t', '|'] as const).map((delimiter) => {
    const { records, bom } = leadingRecords(scan.head, delimiter, HEADER_SEARCH_ROWS);
    return { delimiter, records, bom, found: findHeaderRow(spec, records.map((r) => r.cells)) };
  });
  // The comma unless another names more of the table's columns.
  const chosen = options.reduce((best, o) => (o.found.named > best.found.named ? o : best));
  const record = chosen.records[chosen.found.index];
  if (!record) return { delimiter: chosen.delimiter, index: 0, header: scan.header, offset: 0, above: [], upper: null };
  const index = chosen.found.index;
  // A header of two rows: DuckDB starts at the lower one (its header line), the upper is above it with the titles.
  const upper = chosen.found.upper === null ? null : (chosen.records[chosen.found.upper]?.cells ?? null);
  const top = upper === null ? index : index - 1;
  // The text before the header as it is in the UTF-8 copy: line ends as `\n`, the BOM's 3 bytes.
  const before = scan.head.slice(0, record.start + (chosen.bom ? 1 : 0)).replace(/\r\n?/g, '\n');
  const offset = index === 0 ? 0 : (scan.utf8Bom ? 3 : 0) + new TextEncoder().encode(before).byteLength;
  return { delimiter: chosen.delimiter, index, header: [...chosen.found.cells], offset, above: chosen.records.slice(0, top).map((r) => r.cells), upper };
}

/** DuckDB types a Parquet column may have for a column kind; anything else is refused before reading values. */
function parquetTypeProblem(column: ColumnSpec, type: string): Message | null {
  const t = type.toUpperCase();
  const float = /^(FLOAT|DOUBLE|REAL)$/.test(t);
  const decimal = /^DECIMAL\(\d+,(\d+)\)$/.exec(t);
  switch (column.kind) {
    case 'region_code':
      return t === 'VARCHAR'
        ? null
        : message('parquet.type_region_code', { type });
    case 'money':
      if (float) return message('parquet.type_money_float', { type });
      if (decimal && Number(decimal[1]) > 2) return message('parquet.type_money_decimals', { type });
      return null;
    case 'count':
    case 'year':
      return float ? message('parquet.type_count_float', { type }) : null;
    case 'decimal':
      return float ? message('parquet.type_decimal_float', { type }) : null;
    default:
      return null;
  }
}

async function stageParquet(engine: Engine, spec: TableSpec, file: string, bytes: Uint8Array, salt: string): Promise<Omit<StageResult, 'encoding'>> {
  const problem = (text: Message, expected: Message, column: string | null = null): Problem => ({
    file,
    row: null,
    column,
    ...explain(text, expected),
    severity: 'error',
  });
  const stageTable = stageTableName(spec);
  const dataTable = dataTableName(spec);
  const raw = `${stageTable}_raw`;
  const unreadable = (e: unknown): Omit<StageResult, 'encoding'> => {
    // DuckDB names the engine's own copy of the file (a temp path): the user's name instead.
    const first = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    const reason = first.replace(/'[^']*fundwatch_upload_[^']*'/g, `'${file}'`);
    return {
      staged: null,
      problems: [problem(message('parquet.unreadable', { reason }), message('parquet.unreadable_expected'))],
    };
  };
  // Said the same on every engine (parquet-wasm and native DuckDB word it differently): a file without the mark is not Parquet.
  if (!hasParquetMarks(bytes)) {
    return {
      staged: null,
      problems: [
        problem(message('parquet.no_marks'), message('parquet.no_marks_expected')),
      ],
    };
  }
  let ipc: Uint8Array | null = null;
  if (!engine.readParquet) {
    try {
      ipc = await engine.parquetToArrowIPC(bytes);
    } catch (e) {
      if (isOutOfMemory(e)) throw e;
      return unreadable(e);
    }
  }
  // Native DuckDB reads the file where it is registered, through a view, when the data table is made (readParquet): it stays registered until then.
  const rawKind = ipc === null && engine.readParquet ? 'VIEW' : 'TABLE';
  const registered = `fundwatch_upload_${spec.name}.parquet`;
  await engine.query(`DROP ${rawKind} IF EXISTS ${ident(raw).text}`);
  try {
    if (ipc === null && engine.readParquet) {
      await engine.registerFile(registered, bytes);
      try {
        await engine.readParquet(raw, registered);
        // Reading the file's footer: a file that is not one fails here, as a table's read would.
        await engine.query(`SELECT * FROM ${ident(raw).text} LIMIT 0`);
      } catch (e) {
        if (isOutOfMemory(e)) throw e;
        return unreadable(e);
      }
    } else if (ipc !== null) {
      try {
        await engine.insertArrowIPC(raw, ipc);
      } catch (e) {
        if (isOutOfMemory(e)) throw e;
        const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
        return { staged: null, problems: [problem(message('parquet.type_unreadable', { reason: reason ?? '' }), message('parquet.type_unreadable_expected'))] };
      }
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
    const cell = (i: number): string => `CAST(${ident(names[i] ?? '').text} AS VARCHAR)`;
    const lead = { _data: 'true' };
    const select = dataColumns(spec, header.positions, cell, salt, lead);
    await engine.query(
      renderSql(SQL.stageArrow, {
        raw_table: ident(raw),
        data_table: ident(dataTable),
        data_columns: fragment(select.columns),
        trimmed_cells: fragment(select.trimmed),
        read_cells: fragment(select.read),
      }),
    );
    const [counts] = await engine.query(
      renderSql(SQL.stageView, {
        stage_table: ident(stageTable),
        data_table: ident(dataTable),
        row_number: fragment('CAST(rowid + 2 AS BIGINT)'),
        columns: fragment(viewColumns(spec)),
        counts: fragment(''),
      }),
    );
    return {
      staged: { spec, file, sheet: null, stageTable, dataTable, helpers: helperNames(spec, lead), notes: 0, rowCount: Number(counts?.row_count ?? 0), rowNumber: 'CAST(rowid + 2 AS BIGINT)', merged: 0, unit: null, totals: false },
      // Columns the contract does not have are not read, and said so.
      problems: layoutNotices(spec, { file }, { headerRow: 1, above: [], unit: null, unitText: null, ignored: header.ignored, totalRows: null }).map((p) => ({
        ...p,
        row: null,
      })),
    };
  } finally {
    await engine.query(`DROP ${rawKind} IF EXISTS ${ident(raw).text}`);
    if (rawKind === 'VIEW') await engine.dropFile(registered);
  }
}

/** A Parquet file begins and ends with the four bytes `PAR1`. */
function hasParquetMarks(bytes: Uint8Array): boolean {
  const mark = [0x50, 0x41, 0x52, 0x31];
  const n = bytes.byteLength;
  return n >= 8 && mark.every((b, i) => bytes[i] === b && bytes[n - 4 + i] === b);
}

function columnTypeExpected(column: ColumnSpec): Message {
  const kind = column.kind === 'region_code' || column.kind === 'money' || column.kind === 'decimal' ? column.kind : 'other';
  return message('parquet.type_expected', { kind });
}

/** A line longer than DuckDB reads, at its row: as DuckDB's own refusal of one is said (csvError.ts). */
function longLineProblem(file: string, row: number, delimiter: CsvDelimiter): Problem {
  return { file, row, column: null, ...explain(message('csv.bad_line'), message('csv.expected', { delimiter })), severity: 'error' };
}

/** DuckDB's reader error, in the user's terms: which line (after `before` records of earlier pieces), what is wrong. */
function csvProblem(file: string, error: unknown, before: number, delimiter: CsvDelimiter): Problem {
  const said = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(said);
  const problem = csvReaderProblem(said);
  return { file, row: line ? before + Number(line[1]) : null, column: null, ...explain(problem, message('csv.expected', { delimiter })), severity: 'error' };
}
