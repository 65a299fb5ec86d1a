// Which file (or workbook sheet) of a dropped folder is which table. Users
// drop whole folders, so paths carry any prefix; only the base name counts.
// A table comes as `<name>.csv`, `<name>.xlsx`, `<name>.parquet` (or the
// Chinese label instead of the name), or as a sheet of any workbook whose
// sheet name is the table's name or label.
import { baseName, isFolderClutter } from './clutter';
import { CONTRACT, type TableSpec } from '../contract/contract';
import { message, type Message, type OtherFormat } from '../../domain/messages/codes';
import type { FileContent } from './csvScan';
import { explain, type Problem } from '../ingest/problems';
import { XlsxError, type XlsxSheet, type XlsxWorkbook } from './xlsx';
import { openInPlace, type OpenWorkbook } from './workbooks';
import { holdsHeader } from './xlsxTable';
import { csvHeadTable, HEAD_BYTES, tableOfHeader } from './headerTable';

/**
 * One input file: its bytes, or (what the page hands over for a file the
 * user picked) a Blob that is read when needed. A CSV Blob is never read
 * whole: it is scanned in slices and DuckDB reads it itself (csvScan.ts).
 * `name` is the path or base name, e.g. `data/sample/fund_flows.csv`.
 */
export type DatasetFile = { name: string; bytes: Uint8Array } | { name: string; blob: Blob };

/** In-memory files only: what `sortFiles` takes once `readWholeFiles` has run; a workbook already opened (or refused). */
export type LoadedFile =
  | { name: string; bytes: Uint8Array }
  /** `head`: the first bytes of a CSV file whose name names no table, for its header to say which it is (headerTable.ts). */
  | { name: string; blob: Blob; csv: true; head?: Uint8Array }
  | { name: string; workbook: XlsxWorkbook }
  | { name: string; unreadable: Message };

export const POLICY_FILE_NAME = 'policy.json';

export type SourceFormat = 'csv' | 'xlsx' | 'parquet';

/** One contract table's input: a CSV or Parquet file, or one sheet of a workbook. */
export type TableSource = { spec: TableSpec; file: string } & (
  | { format: 'csv'; sheet: null; content: FileContent }
  | { format: 'parquet'; sheet: null; bytes: Uint8Array }
  | { format: 'xlsx'; sheet: string; rows: XlsxSheet['rows']; date1904: boolean; merges?: XlsxSheet['merges'] }
);

export interface SortedFiles {
  sources: TableSource[];
  policy: { name: string; bytes: Uint8Array } | null;
  problems: Problem[];
}

export { baseName, isFolderClutter };


const FORMATS: Record<string, SourceFormat> = { '.csv': 'csv', '.xlsx': 'xlsx', '.parquet': 'parquet' };

function isCsv(name: string): boolean {
  return baseName(name).toLowerCase().endsWith('.csv');
}

function isWorkbook(name: string): boolean {
  return baseName(name).toLowerCase().endsWith('.xlsx');
}

/**
 * Reads into memory every Blob that is parsed whole (workbooks, Parquet,
 * policy.json, anything else); CSV Blobs stay Blobs. Workbooks are opened
 * here, by `open` (in the page: in a worker).
 */
export async function readWholeFiles(files: readonly DatasetFile[], open: OpenWorkbook = openInPlace): Promise<LoadedFile[]> {
  // Heads read of CSV files named after no table: a folder of thousands of other CSV files is not read 64 KB a file.
  let heads = 0;
  return Promise.all(
    files.map(async (file): Promise<LoadedFile> => {
      if ('blob' in file && isCsv(file.name)) {
        if (tableByName(stemOf(file.name)) !== undefined || ++heads > HEADS_READ) return { name: file.name, blob: file.blob, csv: true };
        return { name: file.name, blob: file.blob, csv: true, head: new Uint8Array(await file.blob.slice(0, HEAD_BYTES).arrayBuffer()) };
      }
      const bytes = 'blob' in file ? new Uint8Array(await file.blob.arrayBuffer()) : file.bytes;
      if (!isWorkbook(file.name)) return { name: file.name, bytes };
      try {
        return { name: file.name, workbook: await open(bytes) };
      } catch (e) {
        if (!(e instanceof XlsxError)) throw e;
        return { name: file.name, unreadable: e.detail };
      }
    }),
  );
}

/**
 * A copy's name without what made it a copy: a browser's second download
 * (`regions (1).csv`), Windows' copy (`fund_flows - 副本.csv`, `- Copy`),
 * Excel's copied sheet (`regions (2)`); and without the table Apple Numbers
 * names after its sheet on export (`regions - 表格 1` as an XLSX sheet,
 * `regions-表格 1.csv`, `- Table 1` in English). Two files that are then
 * one table are refused as the table given twice, naming both.
 */
function withoutCopyMark(stem: string): string {
  let name = stem.trim();
  for (let before = ''; before !== name; ) {
    before = name;
    name = name
      .replace(/\s*[(（]\d{1,3}[)）]$/, '')
      .replace(/\s*[-－—]\s*(副本|copy)$/i, '')
      .replace(/\s*[-－—]\s*(表格|表|table)\s*\d{1,3}$/i, '')
      .trim();
  }
  return name;
}

/**
 * A label as a file or sheet can be named after it: a slash (旗县/县区应缴应配)
 * is allowed in neither an Excel sheet's name nor a file's, so it may be
 * written full-width (／), as 、 or left out.
 */
function labelKey(label: string): string {
  return label.replace(/[/／、\s]/g, '');
}

/** At most this many CSV files named after no table have their header looked at (headerTable.ts); a dataset has a dozen tables. */
const HEADS_READ = 100;

/** A file's base name without its extension. */
function stemOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot < 0 ? base : base.slice(0, dot);
}

/** The table a file stem or sheet name stands for: its contract name (any case) or Chinese label, also a copy's. */
export function tableByName(name: string): TableSpec | undefined {
  const trimmed = withoutCopyMark(name);
  return CONTRACT.find((t) => t.name === trimmed.toLowerCase() || labelKey(t.label) === labelKey(trimmed));
}

/** Sheets that explain a template rather than hold data. */
function isNoteSheet(name: string): boolean {
  return /^\s*(#|说明)/.test(name);
}

export function sortFiles(files: readonly LoadedFile[]): SortedFiles {
  const sources: TableSource[] = [];
  let policy: SortedFiles['policy'] = null;
  const problems: Problem[] = [];
  // The path of each source's file: a table given twice by two files of one name (a copy in a subfolder) is told by their paths.
  const paths = new Map<TableSource, string>();
  // Tables whose file was given but could not be read (a refused workbook): said there, not also as missing.
  const refused = new Set<TableSpec>();
  let path = '';
  let headsLooked = 0;
  const add = (source: TableSource): void => {
    const first = sources.find((s) => s.spec === source.spec);
    if (!first) {
      sources.push(source);
      paths.set(source, path);
    } else if (first.file === source.file && first.sheet === source.sheet) {
      problems.push(duplicate({ ...source, file: path }, { ...first, file: paths.get(first) ?? first.file }));
    } else {
      problems.push(duplicate(source, first));
    }
  };
  for (const file of files) {
    path = file.name;
    const base = baseName(file.name);
    const lower = base.toLowerCase();
    const dot = lower.lastIndexOf('.');
    const format = dot < 0 ? undefined : FORMATS[lower.slice(dot)];
    const spec = dot < 0 ? undefined : tableByName(base.slice(0, dot));
    if (format === 'csv' && spec && ('blob' in file || 'bytes' in file)) {
      add({ spec, file: base, format, sheet: null, content: 'blob' in file ? file.blob : file.bytes });
      continue;
    }
    // Named after no table: its header may say which it is.
    const head = format !== 'csv' || spec ? undefined : 'blob' in file ? file.head : 'bytes' in file && ++headsLooked <= HEADS_READ ? file.bytes.subarray(0, HEAD_BYTES) : undefined;
    const byHeader = head === undefined ? undefined : csvHeadTable(head);
    if (byHeader && ('blob' in file || 'bytes' in file)) {
      add({ spec: byHeader, file: base, format: 'csv', sheet: null, content: 'blob' in file ? file.blob : file.bytes });
      problems.push(readByHeader(base, null, byHeader));
      continue;
    }
    if ('blob' in file) {
      // readWholeFiles keeps only CSV files as Blobs: this one is not a table's.
      problems.push(ignored(base, spec));
      continue;
    }
    if (lower === POLICY_FILE_NAME && 'bytes' in file) {
      if (policy) problems.push(duplicate({ file: file.name, sheet: null }, { file: policy.name, sheet: null }));
      policy = file;
      continue;
    }
    if ('unreadable' in file) {
      // An optional table's workbook of 0 bytes: as if it were absent, said (a required table's stays an error).
      if (spec && !spec.required && file.unreadable.code === 'file.empty') {
        problems.push(emptyOptional({ spec, file: base, sheet: null }));
        continue;
      }
      problems.push(unreadable(base, file.unreadable, message('file.workbook_expected')));
      if (spec) refused.add(spec);
      continue;
    }
    if ('workbook' in file) {
      const workbook = file.workbook;
      // A hidden sheet (last year's figures, a code list) is out of the user's sight: never read, and said.
      for (const sheet of workbook.sheets) if (sheet.hidden) problems.push(hiddenSheet(base, sheet.name));
      const sheets = workbook.sheets.filter((s) => !s.hidden);
      // Chart, dialog and macro sheets beside data sheets: said once, so that no one wonders whether something was lost.
      if (workbook.skipped && workbook.skipped.length > 0 && sheets.length > 0) problems.push(notDataSheets(base, workbook.skipped));
      const named = sheets.filter((s) => tableByName(s.name));
      // fund_flows.xlsx: its sheet named after the table, else the first that holds its header (a note sheet may
      // come first), else its first sheet, whose problems are then said against it.
      if (spec && named.every((s) => tableByName(s.name) === spec)) {
        const sheet = named[0] ?? sheets.find((s) => holdsHeader(spec, s.rows)) ?? sheets[0];
        if (sheet) {
          add({ spec, file: base, format: 'xlsx', sheet: sheet.name, rows: sheet.rows, date1904: workbook.date1904, merges: sheet.merges });
          // Another sheet under the table's header too (a year a sheet, Excel's copy `fund_flows (2)`): its rows were
          // left out without a word (2024's flows, all of them) — refused as the same table twice, as in a workbook of another name.
          for (const other of sheets) if (other !== sheet && holdsHeader(spec, other.rows)) problems.push(duplicate({ file: base, sheet: other.name }, { file: base, sheet: sheet.name }));
        } else problems.push(unreadable(base, message('file.no_sheet'), message('file.sheet_expected', { table: spec.name })));
        continue;
      }
      for (const sheet of sheets) {
        const sheetSpec = tableByName(sheet.name);
        // A workbook named after no table whose sheets are named after none (Sheet1): each sheet's header may say.
        const byHeader = sheetSpec || spec || named.length > 0 ? undefined : tableOfHeader((s) => holdsHeader(s, sheet.rows));
        if (sheetSpec) add({ spec: sheetSpec, file: base, format: 'xlsx', sheet: sheet.name, rows: sheet.rows, date1904: workbook.date1904, merges: sheet.merges });
        else if (byHeader) {
          add({ spec: byHeader, file: base, format: 'xlsx', sheet: sheet.name, rows: sheet.rows, date1904: workbook.date1904, merges: sheet.merges });
          problems.push(readByHeader(base, sheet.name, byHeader));
        } else if (!isNoteSheet(sheet.name)) problems.push(unknownSheet(base, sheet.name));
      }
      continue;
    }
    if (format === 'parquet' && spec) {
      if (!spec.required && file.bytes.byteLength === 0) {
        problems.push(emptyOptional({ spec, file: base, sheet: null }));
        continue;
      }
      add({ spec, file: base, format, sheet: null, bytes: file.bytes });
      continue;
    }
    problems.push(ignored(base, spec, 'bytes' in file ? file.bytes : null));
  }
  for (const spec of CONTRACT) {
    if (spec.required && !refused.has(spec) && !sources.some((s) => s.spec === spec)) {
      problems.push({
        file: `${spec.name}.csv`,
        row: null,
        column: null,
        ...explain(message('file.required_missing', { label: spec.label, labelEn: spec.labelEn }), message('file.required_expected', { table: spec.name })),
        severity: 'error',
      });
    }
  }
  return { sources, policy, problems: fewIgnored(problems) };
}

/** Files not of the contract named one by one; a folder or ZIP of thousands (a photo archive, a build's output) gave a line for each. */
export const IGNORED_LISTED = 20;

/** The first IGNORED_LISTED ignored files, then one line for the rest. */
function fewIgnored(problems: Problem[]): Problem[] {
  const ignoredFiles = problems.filter((p) => p.problem.code === 'file.not_in_contract');
  const first = ignoredFiles[IGNORED_LISTED];
  // One more is named rather than summed up as "and 0 files after it".
  if (first === undefined || ignoredFiles.length === IGNORED_LISTED + 1) return problems;
  const unlisted = new Set(ignoredFiles.slice(IGNORED_LISTED));
  return [...problems.filter((p) => !unlisted.has(p)), { ...first, ...explain(message('file.not_in_contract_more', { count: unlisted.size - 1 }), first.expected) }];
}

function ignored(file: string, spec: TableSpec | undefined, bytes: Uint8Array | null = null): Problem {
  const names = CONTRACT.map((t) => t.name);
  return {
    file,
    row: null,
    column: null,
    ...(spec
      ? explain(otherFormat(file, bytes), message('file.format_expected', { table: spec.name }))
      : explain(message('file.not_in_contract'), message('file.contract_expected', { tables: names, policyFile: POLICY_FILE_NAME }))),
    severity: 'warning',
  };
}

/** Formats offices save a table in that are not read, each said with what to save it as. */
const OTHER_FORMATS: Record<string, OtherFormat> = { '.xls': 'xls', '.et': 'et', '.xlsm': 'xlsm', '.xlsb': 'xlsb', '.ods': 'ods', '.numbers': 'numbers', '.txt': 'txt', '.tsv': 'txt' };

function otherFormat(file: string, bytes: Uint8Array | null): Message {
  const dot = file.lastIndexOf('.');
  const format = dot < 0 ? undefined : OTHER_FORMATS[file.slice(dot).toLowerCase()];
  if (format === undefined) return message('file.format_unsupported');
  return message('file.format_save_as', { format: (format === 'xls' || format === 'et') && bytes ? (workbookDisguise(bytes) ?? format) : format });
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * What an .xls or .et holds when it is not the binary workbook its name says:
 * business systems' "导出 Excel" writes a web page (an HTML table) or CSV
 * text under that name, and a renamed .xlsx is a zip. Null for the binary
 * workbook itself (or nothing to tell by).
 */
function workbookDisguise(bytes: Uint8Array): OtherFormat | null {
  const starts = (magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
  if (bytes.length < 4 || starts(OLE_MAGIC)) return null;
  if (starts(ZIP_MAGIC)) return 'xls_zip';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\ufeff/, '').trimStart();
  return head.startsWith('<') ? 'xls_html' : 'xls_text';
}

function unreadable(file: string, problem: Message, expected: Message): Problem {
  return { file, row: null, column: null, ...explain(problem, expected), severity: 'error' };
}

/**
 * An optional table's file (or sheet) that is empty, 0 bytes or white space
 * only (a download that never arrived, an export of nothing): the load goes
 * on as if it were absent, and says so. A required table's stays an error.
 */
export function emptyOptional(source: { spec: TableSpec; file: string; sheet: string | null }): Problem {
  return {
    file: source.file,
    ...(source.sheet === null ? {} : { sheet: source.sheet }),
    row: null,
    column: null,
    ...explain(message('file.empty_optional', { label: source.spec.label, labelEn: source.spec.labelEn, sheet: source.sheet !== null }), message('file.empty_optional_expected')),
    severity: 'warning',
  };
}

/** A notice: the workbook's sheets that hold no cells (chart, dialog, macro sheets) were not read; its data sheets were. */
function notDataSheets(file: string, sheets: NonNullable<XlsxWorkbook['skipped']>): Problem {
  return { file, row: null, column: null, ...explain(message('file.sheets_not_data', { sheets }), message('file.sheets_not_data_expected')), severity: 'warning' };
}

function hiddenSheet(file: string, sheet: string): Problem {
  return { file, sheet, row: null, column: null, ...explain(message('file.sheet_hidden'), message('file.sheet_hidden_expected')), severity: 'warning' };
}

/** A notice: the file (or sheet) named after no table was read as `spec`, whose header it has. */
function readByHeader(file: string, sheet: string | null, spec: TableSpec): Problem {
  return {
    file,
    ...(sheet === null ? {} : { sheet }),
    row: null,
    column: null,
    ...explain(message('file.table_by_header', { table: spec.name, label: spec.label, labelEn: spec.labelEn }), message('file.table_by_header_expected', { table: spec.name })),
    severity: 'warning',
  };
}

function unknownSheet(file: string, sheet: string): Problem {
  return {
    file,
    sheet,
    row: null,
    column: null,
    ...explain(message('file.sheet_unknown'), message('file.sheet_unknown_expected', { tables: CONTRACT.map((t) => ({ table: t.name, label: t.label })) })),
    severity: 'warning',
  };
}

function duplicate(source: { file: string; sheet: string | null }, first: { file: string; sheet: string | null }): Problem {
  return {
    file: source.file,
    ...(source.sheet === null ? {} : { sheet: source.sheet }),
    row: null,
    column: null,
    ...explain(message('file.table_twice', { file: first.file, sheet: first.sheet }), message('file.table_twice_expected')),
    severity: 'error',
  };
}
