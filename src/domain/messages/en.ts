// Every message in English. Values quoted from the user's file are shown as
// they are (a Chinese column label included: it is the file's own word).
import { Dec, fixed, formatCount, formatPercent, group, type Decimal } from '../money';
import { fixedBeside } from '../money';
import { quarterLabel } from '../quarter';
import type { AlertBand, AlertSubject, Catalogue, Comparison, Figure, MessageParams, MonthsWords, Quoted, RowList, UnitName } from './codes';
import { rowsEn } from './rowList';
import { fundNoun, fundWord, grouped, mib, mibBeside, plural, POT_LABEL, SEVERITY_LABEL, UNIT_DIGITS } from './words';

const UNIT: Readonly<Record<UnitName, string>> = { 元: 'yuan', 万元: 'units of 10,000 yuan', 亿元: 'units of 100 million yuan' };

const or = (v: string | null): string => v ?? '(empty)';
/** A list the engine joins with the Chinese 、 (the units under a 省直辖 grouping), as English lists it: "469001, 469005". */
const englishList = (list: string): string => list.replaceAll('、', ', ');

/** An encoding's name. */
const ENCODING_EN = { 'utf-8': 'UTF-8', gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' } as const;

/** Sheets that hold no cells, by kind. */
const SHEET_KIND_EN = { chart: 'chart', dialog: 'dialog sheet', macro: 'macro sheet' } as const;

/** "Rows 3–5, 9" at the start of a sentence. */
const Rows = (list: RowList): string => {
  const { text } = rowsEn(list);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
};

/** "values from 3 to 4" / "the value 3" (a single point: a bound both bands leave out). */
const range = ({ from, to }: { from: Quoted; to: Quoted }): string => (String(from) === String(to) ? `the value ${from}` : `values from ${from} to ${to}`);

const CELL_EXPECTED: Readonly<Record<MessageParams['cell.expected']['kind'], (p: MessageParams['cell.expected']) => string>> = {
  region_code: () => 'a six-digit region code as text, e.g. 150102',
  quarter: () => 'YYYYQn, e.g. 2024Q4 (2024-Q4, 2024 q4 and the Chinese forms are read too)',
  year: () => 'a four-digit year, e.g. 2024',
  date: () => 'a real date, year first, e.g. 2024-03-31, 2024/3/31 or 20240331',
  count: () => 'a non-negative whole number',
  money: (p) =>
    p.signed ? 'an amount in yuan with at most two decimals (may be negative), e.g. -1234.50' : 'a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
  decimal: () => 'a non-negative number with at most 6 decimals',
  boolean: () => 'true or false (or 1/0, Y/N, yes/no, and as Chinese tables write them)',
  enum: (p) => `one of: ${p.values.join(' | ')}${p.names?.some((n) => n !== '') === true ? ' (or their Chinese names)' : ''}`,
  text: () => 'non-empty text',
  person_id: () => 'ID numbers stored as text (format the cells as Text and export again from the original list)',
};

/** A value of each kind, as a sentence names it ("not a quarter"). */
const KIND_NOUN: Readonly<Record<MessageParams['cell.invalid']['kind'], string>> = {
  region_code: 'a region code',
  text: 'text',
  person_id: 'an ID number',
  quarter: 'a quarter',
  year: 'a year',
  date: 'a date',
  count: 'a count',
  money: 'an amount',
  decimal: 'a number',
  boolean: 'true or false',
  enum: 'one of the allowed values',
};

const CELL_INVALID: Readonly<Record<MessageParams['cell.invalid']['kind'], (shown: string) => string>> = {
  region_code: (v) => {
    // A statistical code (统计用区划代码) of a county or higher is its GB/T 2260 code followed by six zeros.
    const statistical = /^"(\d{6})000000"$/.exec(v);
    return statistical
      ? `Region code ${v} is a 12-digit statistical code, not six digits: a county or higher is its first six (${statistical[1]})`
      : `Region code ${v} is not six digits`;
  },
  quarter: (v) => `Quarter ${v} is not in the right format`,
  year: (v) => `Year ${v} is not four digits`,
  date: (v) => `Date ${v} is not in the right format`,
  count: (v) => `${v} is not a whole number`,
  money: (v) => `Amount ${v} is not a plain number`,
  decimal: (v) => `${v} is not a non-negative number (or has more than 6 decimals)`,
  boolean: (v) => `${v} is not true/false`,
  enum: (v) => `${v} is not an allowed value`,
  text: (v) => `${v} is not valid`,
  person_id: (v) => `${v} is not valid`,
};

// Alert sentences: money as the renderer words it (MoneyWords), rates as percentages.
const pct = (rate: Figure): string => formatPercent(new Dec(rate));
/**
 * A figure beside the bound it crossed, never printed on the bound's other side
 * (1,678 ÷ 1,695 reads 98.997%, not "99.00%, below 99.00%"); shown equal only
 * where the comparison holds for equal figures (at or above 9 months).
 */
const beside = (value: Decimal, p: AlertBand & { threshold: Figure }, scale = 1): string =>
  fixedBeside(value.times(scale), 2, [new Dec(p.threshold).times(scale)], p.comparison === 'gte' || p.comparison === 'lte');
const pctAt = (rate: Figure, p: AlertBand & { threshold: Figure }): string => `${group(beside(new Dec(rate), p, 100))}%`;
const points = (rate: Figure): string => `${fixed(new Dec(rate).times(100), 2)} percentage points`;
const pointsAt = (rate: Figure, p: AlertBand & { threshold: Figure }): string => `${beside(new Dec(rate), p, 100)} percentage points`;
const months = (m: Figure, read: MonthsWords): string => read(m, `${fixed(new Dec(m), 2)} months`);
const monthsAt = (m: Figure, p: AlertBand & { threshold: Figure }, read: MonthsWords): string => read(m, `${beside(new Dec(m), p)} months`);
const COMPARISON: Readonly<Record<Comparison, string>> = { lt: 'below', lte: 'at or below', gt: 'above', gte: 'at or above' };
/** "below 0.0000 million yuan (red)": the bound crossed, as `shown`, and the severity. */
const crossed = (p: AlertBand, shown: string): string => `${COMPARISON[p.comparison]} ${shown}${severity(p)}`;
const severity = (p: AlertBand): string => ` (${SEVERITY_LABEL[p.severity].en.toLowerCase()})`;
/** "乌兰察布市 resident basic medical insurance fund" (the region name stays as loaded). */
const subject = (p: AlertSubject): string => `${p.region} ${fundNoun(p.fund)}`;
const basis = (seasonal: boolean): string =>
  seasonal ? 'projected by the seasonal pattern of past years' : 'projected by recent average income and expenditure';

/** After a problem whose value more rows share (validate.ts groups a value's rows). */
const sameRows = (count: number): string => ` (the same value in ${formatCount(count)} rows; this is the first)`;

export const EN: Catalogue = {
  'problem.line': (p, say) =>
    [p.source, ...(p.row === null ? [] : [`row ${p.row}`]), ...(p.column === null ? [] : [p.column]), `${say(p.problem)}${p.sameRows === undefined ? '' : sameRows(p.sameRows)}`, `expected: ${say(p.expected)}`].join(' · '),
  'problem.more': (p) => `${p.count} more problem${plural(p.count)} not listed`,
  'problem.same_rows': (p) => sameRows(p.count),
  'problem.fix_rest': () => 'Fix the problems above and load again to see the rest',

  'file.required_missing': (p) => `A required file is missing (${p.labelEn})`,
  'file.required_no_rows': (p) => `The required table (${p.labelEn}) has a header but no data rows`,
  'file.required_rows_expected': (p) => `at least one data row below the header of ${p.table} (regions: a row for the province and each of its cities and counties)`,
  'file.required_expected': (p) => `${p.table}.csv in the data folder (or .xlsx / .parquet, or a workbook sheet named ${p.table})`,
  'file.format_unsupported': () => 'This file format is not supported; the file was ignored',
  'file.format_save_as': (p) =>
    ({
      xls: 'An old Excel workbook (.xls) cannot be read; the file was ignored: save it in Excel as "Excel Workbook (*.xlsx)"',
      et: 'A WPS Spreadsheets file (.et) cannot be read; the file was ignored: save it in WPS as "Excel Workbook (*.xlsx)"',
      xlsm: 'A macro-enabled workbook (.xlsm) is not read; the file was ignored: save it as "Excel Workbook (*.xlsx)" (macros never run)',
      xlsb: 'An Excel binary workbook (.xlsb) cannot be read; the file was ignored: save it as "Excel Workbook (*.xlsx)"',
      ods: 'An OpenDocument spreadsheet (.ods) cannot be read; the file was ignored: save it as "Excel Workbook (*.xlsx)"',
      numbers: 'An Apple Numbers document (.numbers) cannot be read; the file was ignored: in Numbers choose File → Export To → Excel and save it as .xlsx',
      txt: 'A text file (.txt, such as Excel\'s "Unicode Text") is not read; the file was ignored: save it in Excel as "CSV UTF-8 (Comma delimited)"',
      xls_html: 'This .xls file is really a web page (an HTML table, as business systems\' "export to Excel" write); it was ignored: open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)"',
      xls_text: 'This .xls file is really text (CSV); it was ignored: rename it to .csv, or open it in Excel and save it as "Excel Workbook (*.xlsx)"',
      xls_zip: 'This file is really an .xlsx workbook with the wrong extension; it was ignored: rename it to .xlsx',
    })[p.format],
  'file.not_in_contract': () => 'Not a file of the data contract; ignored',
  'file.not_in_contract_more': (p) => `Neither this nor the ${grouped(p.count)} file${plural(p.count)} after it are files of the data contract; ignored (not listed one by one)`,
  'file.format_expected': (p) => `${p.table}.csv, ${p.table}.xlsx or ${p.table}.parquet`,
  'file.contract_expected': (p) => `one of these tables (.csv / .xlsx / .parquet): ${p.tables.join(', ')}, or ${p.policyFile}`,
  'file.no_sheet': () => 'The XLSX file has no sheet',
  'file.sheet_expected': (p) => `a sheet named ${p.table}`,
  'file.workbook_expected': () => 'an .xlsx workbook saved by Excel',
  'file.sheet_unknown': () => 'The sheet name is not a table of the data contract; ignored',
  'file.table_by_header': (p) => `The name is not a table's: read as ${p.labelEn} (${p.table}) by its header`,
  'file.table_by_header_expected': (p) => `a file or sheet named after its table (${p.table}.csv, ${p.table}.xlsx); check that it is the table meant`,
  'file.sheet_hidden': () => 'A hidden sheet; it was not read',
  'file.sheet_hidden_expected': () => 'the data to load in a sheet that is not hidden',
  'file.sheet_unknown_expected': (p) => `a sheet named after a table (or its Chinese name): ${p.tables.map((t) => t.table).join(', ')}`,
  'file.table_twice': (p) => `The same table appears twice (already in ${p.sheet === null ? p.file : `sheet "${p.sheet}" of ${p.file}`})`,
  'file.table_twice_expected': () => 'each table in one file or sheet only',
  'file.unreadable': (p) => `The file cannot be read: ${p.reason}`,
  'file.unreadable_expected': () => 'a readable file (not moved or changed while it is read)',
  'file.garbled': () => 'The file is neither UTF-8 nor GBK/GB18030 (it has characters that cannot be read)',
  'file.garbled_expected': () => 'a CSV file in UTF-8 or GBK',
  'file.empty': () => 'The file is empty',
  'file.empty_optional': (p) => `The ${p.sheet ? 'sheet' : 'file'} is empty: loaded as not given (${p.labelEn}, optional)`,
  'file.empty_optional_expected': () => 'a header and data rows; without such data the file can be left out',
  'file.garbled_at': (p) =>
    `The file is neither UTF-8 nor GBK/GB18030: bytes no encoding reads at line ${p.line}, column ${p.column}${p.after === '' ? '' : ` (after "${p.after}")`} (readable as ${ENCODING_EN[p.encoding]} up to there)`,
  'file.sheets_not_data': (p) => `Not read, no data: ${p.sheets.map((s) => `${SHEET_KIND_EN[s.kind]} "${s.name}"`).join(', ')}; the other sheets were read`,
  'file.sheets_not_data_expected': () => 'data in ordinary worksheets',
  'file.no_rows': (p) => `A header but no data rows: loaded as no data for ${p.labelEn} (optional)`,
  'file.no_rows_expected': () => 'data rows below the header (was another sheet or an empty template exported?); without such data the file can be left out',
  'file.csv_disguise': (p) =>
    ({
      html: 'This .csv file is really a web page (HTML), not CSV text: a business system\'s web-page export of a table, or a login or error page',
      xml: 'This .csv file is really an XML file (such as an Excel 2003 "XML Spreadsheet"), not CSV text',
      zip: 'This .csv file is really a compressed package (an .xlsx workbook or a ZIP file), not CSV text (renaming a file does not convert it)',
      ole: 'This .csv file is really an old Excel workbook (.xls), a WPS Spreadsheets file (.et) or a password-protected workbook, not CSV text (renaming a file does not convert it)',
      pdf: 'This .csv file is really a PDF document, not CSV text',
      gzip: 'This .csv file is gzip-compressed, not CSV text',
      utf32: 'This .csv file is in UTF-32, which is not read',
    })[p.kind],
  'file.csv_disguise_expected': (p) =>
    ({
      html: 'open it in Excel or WPS and save it as "CSV UTF-8 (Comma delimited)"; a login or error page: export again',
      xml: 'open it in Excel or WPS and save it as "CSV UTF-8 (Comma delimited)" or "Excel Workbook (*.xlsx)"',
      zip: 'a workbook: rename it to .xlsx; a ZIP file: rename it to .zip (or unpack it and load what it holds)',
      ole: 'open it in Excel or WPS (removing its password first, if any) and save it as "CSV UTF-8 (Comma delimited)" or "Excel Workbook (*.xlsx)"',
      pdf: 'export the table again from its system as CSV or Excel (tables inside a PDF are not read)',
      gzip: 'unpack it and load the .csv file it holds',
      utf32: 'save it as CSV in UTF-8 or GBK',
    })[p.kind],
  'sheet.hidden_rows': (p) => `${grouped(p.rows.count)} row${plural(p.rows.count)} hidden in Excel (or filtered out) were read as usual: ${rowsEn(p.rows).text}`,
  'sheet.hidden_rows_expected': () => 'hidden or filtered-out rows are data too; delete a row that must not count rather than hide it',
  'sheet.cell_far_right': (p) => `Cell ${p.cell} holds something far right of the header (only ${grouped(p.limit)} columns right of it are read)`,
  'sheet.merged_down': (p) => `The merged cell ${p.range} spans ${p.rows} rows: only its first row holds the value, the others read empty`,
  'sheet.merged_down_expected': () => 'a value on every row (unmerge the cells and fill down)',
  'file.sheet_empty': () => 'The sheet is empty',
  'zip.invalid': () => 'Not a valid ZIP file (it cannot be unzipped)',
  'zip.method': (p) => `${p.path} in it is ${p.method === 'AES' ? 'encrypted (AES)' : `compressed with ${p.method}`} and cannot be unzipped: pack it again without a password, with ZIP's standard compression (Deflate; in 7-Zip choose the Deflate method, or use the system's own "Compress")`,
  'zip.encrypted': () => 'The ZIP is password-protected and cannot be unzipped: unzip it first and load the folder (or zip it again without a password)',
  'zip.entry_twice': (p) => `The ZIP holds ${p.path} more than once: which one to read cannot be told`,
  'zip.entry_damaged': (p) => `${p.path} in the ZIP is damaged: what it unpacks to does not match the checksum the ZIP's directory records (its size or content was altered); not read`,
  'zip.too_big': (p) =>
    `${p.part} in the ZIP unpacks to ${mibBeside(p.bytes, p.partLimit)}, more than can be read (${mibBeside(p.partLimit, p.bytes)} a file, ${mib(p.totalLimit)} in all, packed at most ${p.ratio} to 1); nothing was unpacked`,
  'zip.symbolic_link': (p) => `${p.path} in the ZIP is a symbolic link (to ${p.target}), not the file itself`,
  'zip.symbolic_link_expected': () => 'a ZIP of a data folder holding the files themselves, not links to them (zip without -y)',
  'zip.expected': () => 'a ZIP of a data folder (or of one folder per city)',

  'xlsx.invalid': () => 'Not a valid XLSX file (it cannot be unzipped)',
  'xlsx.too_big': (p) =>
    `The workbook's part ${p.part} unpacks to ${mibBeside(p.bytes, p.partLimit)} (${mib(p.packed)} packed), more than can be read (${mibBeside(p.partLimit, p.bytes)} a part, ${mib(p.totalLimit)} in all, packed at most ${p.ratio} to 1); nothing was unpacked`,
  'xlsx.compound_file': () => 'A workbook with an open password, or an old .xls file (it cannot be read): remove the password (File → Info → Protect Workbook) or save it as .xlsx',
  'xlsx.no_workbook': () => 'Not a valid XLSX file (no xl/workbook.xml; save an old .xls as .xlsx)',
  'xlsx.other_document': (p) =>
    ({
      xlsb: 'This file is really an Excel binary workbook (.xlsb), not an XLSX (renaming a file does not convert it): open it in Excel and save it as "Excel Workbook (*.xlsx)"',
      numbers: 'This file is really an Apple Numbers document, not an XLSX (renaming a file does not convert it): in Numbers choose File → Export To → Excel and save it as .xlsx',
      docx: 'This file is really a Word document (.docx), not a workbook: copy its table into Excel or WPS Spreadsheets and save it as .xlsx',
      pptx: 'This file is really a PowerPoint presentation (.pptx), not a workbook: provide the original Excel workbook (.xlsx)',
      ods: 'This file is really an OpenDocument spreadsheet (.ods), not an XLSX (renaming a file does not convert it): open it in LibreOffice or WPS and save it as "Excel Workbook (*.xlsx)"',
      odf: 'This file is really an OpenDocument file (not a spreadsheet), not an XLSX: provide an Excel workbook (.xlsx)',
    })[p.document],
  'xlsx.sheet_missing': (p) =>
    `The sheet "${p.sheet}" is not in the file: ${p.part === null ? `the workbook does not say where it is kept (no relationship ${p.relId})` : `the workbook says it is at ${p.part}, but the ZIP holds no such part`} (the program that wrote the file left it out, or the file was altered after it was saved)`,
  'xlsx.disguised': (p) =>
    p.content === 'html'
      ? 'This .xlsx file is really a web page (an HTML table, as business systems\' "export to Excel" write) or an XML table, not an XLSX (renaming does not convert it): open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)"'
      : 'This .xlsx file is really text (CSV), not an XLSX: rename it to .csv, or open it in Excel and save it as "Excel Workbook (*.xlsx)"',
  'xlsx.sheet_external': (p) => `The data of sheet "${p.sheet}" is not in the workbook but at an outside address, ${p.target} (never fetched)`,
  'xlsx.damaged': (p) => `The XLSX content is damaged: ${p.reason}`,
  'xlsx.part_twice': (p) => `The XLSX file is damaged: ${p.part} is in its ZIP twice, and programs differ in which copy they read (Excel refuses such a file)`,
  'xlsx.sheet_cut': (p) =>
    `The sheet "${p.sheet}" (${p.part}) is damaged (${p.reason}) ${p.lastRow === null ? 'before its first row' : `after row ${p.lastRow}`}: the file may be cut short, or its zip directory misstates the part's size`,
  'xlsx.sheet_damaged': (p) => `The sheet "${p.sheet}" (${p.part}) is damaged (${p.reason}) ${p.lastRow === null ? 'in its first row' : `after row ${p.lastRow}`}`,
  'xlsx.shared_string_missing': (p) => `Cell ${p.cell} of the sheet "${p.sheet}" refers to shared string ${p.index}, which does not exist (the shared string table holds ${p.count}, numbered from 0)`,

  'header.expected': (p) => `the header ${p.columns.join(',')} (or the Chinese column names)`,
  'header.too_wide': (p) => `The header has ${grouped(p.cells)} columns, more than ${grouped(p.limit)}: this is not that table`,
  'header.semicolons': () => 'The header is separated by semicolons (;), as Excel saves CSV under European settings: its columns cannot be read',
  'header.semicolons_expected': () => 'a comma-separated CSV: in Excel save as "CSV UTF-8 (Comma delimited)", or replace the semicolons with commas (and decimal commas in amounts with points)',
  'header.column_twice': (p) =>
    `Column "${p.column}" appears twice: ${p.cells.map((c) => `column ${c.place} "${c.name}"`).join(' and ')}${p.sheet ? ' (hidden columns count too)' : ''}`,
  'header.column_missing': (p) => `Column "${p.column}" is missing`,
  'header.column_missing_two_rows': (p) =>
    `Column "${p.column}" is missing: the header seems to span two rows (rows ${p.upper} and ${p.lower}, merged cells), and combined column by column they still do not name it`,
  'header.two_rows': (p) =>
    `The header spans two rows (rows ${p.upper} and ${p.lower}, merged cells): read as one, column by column (the lower row's name where it has one, else the upper row's); data starts at row ${p.lower + 1}`,
  'header.two_rows_expected': () => 'one header row, a name for each column; a header of two rows must name every column once combined',
  'header.units_conflict': (p) => `The header or the lines above it state different money units ("${p.text}" and others)`,
  'header.units_conflict_expected': () => 'one money unit per table: yuan, 10,000 yuan or 100 million yuan',
  'header.unit_unsupported': (p) => `The money unit in "${p.text}" cannot be converted (only yuan, 10,000 yuan and 100 million yuan are read)`,
  'header.unit_unclear': (p) => `"${p.text}" names a money unit, but not as the unit of the table's amounts (without one they are read as yuan)`,
  'header.count_unit': (p) => `"${p.text}" above the header states counts in tens of thousands (or thousands, or households): counts are read as the actual number of persons, not converted`,
  'header.count_unit_expected': () => 'counts written as the actual number (40321, not 4.03 ten-thousand persons), and the unit line removed',
  'header.unit_below': (p) => `"${p.text}" below the table states another money unit than the header and the lines above it (yuan when none): amounts are read in the unit stated above the header`,
  'header.unit_where': () => 'the money unit on a line above the header, or after the amount column\'s name, written in Chinese as the templates write it',
  'header.rows_skipped': (p) =>
    `The header is row ${p.headerRow}; the ${p.titles.length} row${plural(p.titles.length)} above it were skipped: ${p.titles.map((t) => `"${t}"`).join(', ')}`,
  'header.rows_skipped_expected': () => 'title and unit lines above the header (not data)',
  'header.unit_converted': (p) =>
    `Amounts (${p.columns.join(', ')}) converted from ${UNIT[p.unit]} ("${p.unitText ?? ''}") to yuan (×${UNIT_DIGITS[p.unit] === 4 ? '10,000' : '100,000,000'}, exact to the fen)`,
  'header.unit_expected': (p) => `at most ${2 + UNIT_DIGITS[p.unit]} decimals in ${UNIT[p.unit]}`,
  'header.columns_ignored': (p) =>
    `Columns not in the data contract were not read: ${p.columns.map((c) => (c.name === '' ? `column ${c.position + 1} (no name)` : `"${c.name}" (column ${c.position + 1})`)).join(', ')}`,
  'header.total_rows': (p) => `${Rows(p.rows)} ${rowsEn(p.rows).plural ? 'are total rows' : 'is a total row'}: not loaded as data, checked against the sum of the rows above it`,
  'header.total_rows_expected': () => 'a total row equals the sum of the rows above it',
  'header.sign_off_rows': (p) =>
    `${Rows(p.rows)} ${rowsEn(p.rows).plural ? 'are sign-off or note lines' : 'is a sign-off or note line'} below the table (filled in by, checked by, date, notes): not loaded as data`,
  'header.sign_off_rows_expected': () => 'sign-off, date and note lines below a table are not data',
  'header.subtotal_rows': (p) =>
    `${Rows(p.rows)} ${rowsEn(p.rows).plural ? 'are subtotal rows' : 'is a subtotal row'}: not loaded as data, each checked against the sum of the rows above it since the previous subtotal or total row`,
  'header.subtotal_rows_expected': () => 'a subtotal row equals the sum of the rows above it since the previous subtotal or total row',
  'header.repeated': (p) => `This row repeats the header (the same as the header in row ${p.headerRow}; two exports joined into one file?)`,
  'header.repeated_expected': () => 'delete this row: a table has one header row, above its data',
  'row.title_line': () => 'Only the first cell of this row has anything in it: a title or group line (two exports joined into one file?), not data',
  'row.title_line_expected': () => 'delete this row: titles and notes go above the header, and a row of data fills its columns',
  'header.column_number_rows': (p) => `${Rows(p.rows)} ${rowsEn(p.rows).plural ? 'number' : 'numbers'} the columns (1, 2, 3 … under the header): not loaded as data`,
  'header.column_number_rows_expected': () => 'a row numbering the columns is not data',

  'cell.expected': (p) => CELL_EXPECTED[p.kind](p),
  'cell.expected_in_unit': (p) =>
    p.signed
      ? `an amount in ${UNIT[p.unit]} with at most ${p.decimals} decimals (may be negative), e.g. -12.345678`
      : `a non-negative amount in ${UNIT[p.unit]} with at most ${p.decimals} decimals, e.g. 12.345678`,
  'cell.empty': () => 'The cell is empty',
  'cell.scientific': (p) => `"${p.value}" is in scientific notation, not an exact number`,
  'cell.unit_in_cell': (p) => `"${p.value}" has its unit in the cell: an amount is a number, and the table's one unit goes on a line above the header or after the column's name`,
  'cell.invalid': (p) => CELL_INVALID[p.kind](`"${p.value}"`),
  'cell.negative': (p) => (p.kind === 'money' ? `Amount "${p.value}" is negative` : `"${p.value}" is negative`),
  'cell.too_large': (p) => {
    if (p.kind === 'count') return `"${p.value}" is too large`;
    return p.unit === null ? `Amount "${p.value}" is too large (at most 16 integer digits)` : `Amount "${p.value}" (in ${UNIT[p.unit]}) is too large`;
  },
  'cell.too_many_decimals': (p) =>
    p.unit === null
      ? `Amount "${p.value}" has more than two decimals`
      : `Amount "${p.value}" (in ${UNIT[p.unit]}) has more than ${p.decimals} decimals: in yuan it is not a whole number of fen`,
  'cell.decimal_point': (p) => `Region code "${p.value}" has a decimal point (a spreadsheet took it for a number)`,
  'cell.excel_error': (p) => `"${p.value}" is an Excel error value (a formula that failed)`,
  'cell.formula': (p) => `"${p.value}" is a formula that was never computed (open and save the workbook in Excel or WPS, then load it again)`,
  'cell.id_scientific': (p) => `ID number "${p.value}" is in scientific notation: a spreadsheet took it for a number and kept only its first 15 digits`,
  'cell.no_such_date': (p) => `Date "${p.value}" does not exist`,
  'cell.date_not_kind': (p) => `The cell is the ${p.time ? 'time' : 'date'} ${p.value}, not ${KIND_NOUN[p.kind]}`,
  'cell.percent': (p) => `The cell is the percentage ${p.value}, not ${KIND_NOUN[p.kind]}`,
  'cell.percent_ratio': (p) => `"${p.value}" is written as a percentage: write the decimal ${p.decimal} (a percentage-formatted XLSX cell is read as it is)`,
  'cell.dash_zero': (p) => `"${p.value}" is how Excel's comma or accounting format shows 0, and saving as CSV wrote the dash: write 0, or set the column to General or Number and save again`,
  'cell.date_zoned': (p) => `"${p.value}" is a timestamp with a time zone: its day is that zone's and may be a day off China's; write the date itself (such as 2021-10-22)`,
  'cell.date_serial': (p) => `"${p.value}" is an Excel date serial number (${p.date}): the column was not formatted as a date when saved as CSV; format it as a date (yyyy-mm-dd) and save again, or load the XLSX workbook itself`,

  'parquet.no_marks': () => 'The Parquet file cannot be read: it does not begin and end with the Parquet mark (PAR1), so it is not a Parquet file',
  'parquet.no_marks_expected': () => 'a valid Parquet file',
  'roster.too_big_csv': (p) =>
    `The roster has about ${grouped(p.rows)} rows (${grouped(p.megabytes)} MB), more than the browser can process (${grouped(p.limitRows)} rows); not loaded. Process it with the command line on this computer: ${p.command} (DIR: the data folder)`,
  'roster.too_big_parquet': (p) =>
    `The roster is a Parquet file of ${grouped(p.megabytes)} MB, more than the browser can process (a Parquet file of ${grouped(p.limitMegabytes)} MB); not loaded. Process it with the command line on this computer: ${p.command} (DIR: the data folder)`,
  'roster.too_big_expected': (p, say) => `a roster of at most ${say(p.limit)} in the browser; a bigger one through the command line, ${p.command} (native DuckDB, spilling to disk beyond its memory)`,
  'roster.limit_rows': (p) => `${grouped(p.rows)} rows`,
  'roster.limit_parquet': (p) => `a Parquet file of ${grouped(p.megabytes)} MB`,
  'parquet.unreadable': (p) => `The Parquet file cannot be read: ${p.reason}`,
  'parquet.unreadable_expected': () => 'a valid Parquet file',
  'parquet.type_unreadable': (p) => `A Parquet column type cannot be read: ${p.reason}`,
  'parquet.type_unreadable_expected': () => 'text, integer, DECIMAL, date or boolean columns',
  'parquet.type_region_code': (p) => `Column type ${p.type}: region codes must be text (a number loses leading zeros)`,
  'parquet.type_money_float': (p) => `Column type ${p.type} (floating point): amounts must not be stored as floats`,
  'parquet.type_money_decimals': (p) => `Column type ${p.type}: amounts have at most two decimals`,
  'parquet.type_count_float': (p) => `Column type ${p.type} (floating point): whole numbers expected`,
  'parquet.type_decimal_float': (p) => `Column type ${p.type} (floating point): factors must be text or DECIMAL`,
  'parquet.type_expected': (p) =>
    ({
      region_code: 'six-digit region codes of type string (UTF8)',
      money: 'amounts of type string or DECIMAL(18,2)',
      decimal: 'factors of type string or DECIMAL',
      other: 'an integer type',
    })[p.kind],
  'csv.columns': (p) => `Wrong number of columns: the header has ${p.header}, this row ${p.found}`,
  'csv.unreadable': (p) => `The CSV cannot be read: ${p.reason}`,
  'csv.unterminated_quote': () => 'Unpaired quote: a cell of this row opens a double quote that never closes (or a quoted cell of more than 2 MB, whose closing quote is never reached)',
  'csv.bad_line': () => 'This line of the CSV cannot be read: it holds characters that cannot be read, or a cell of more than 2 MB',
  'csv.expected': (p) =>
    p.delimiter === ','
      ? 'comma-separated CSV, every row as many columns as the header, cells with commas, quotes or line breaks in double quotes'
      : p.delimiter === '|'
        ? 'text separated by vertical bars (|), every row as many columns as the header, cells with bars, quotes or line breaks in double quotes'
        : 'tab-separated text, every row as many columns as the header, cells with tabs, quotes or line breaks in double quotes',

  'check.sum_limit': (p) => `The column adds up to ${p.value} by this row: beyond what can be computed exactly`,
  'check.sum_limit_expected': (p) =>
    `the column's values adding up (in absolute value) to at most ${p.limit}${p.kind === 'count' ? ' (the largest exactly computed whole number)' : ' yuan'}`,
  'check.total_row': (p) => `The total row says ${p.value}${p.unit === null ? '' : ` (in ${UNIT[p.unit]})`}; the rows above it add up to ${p.sum}${p.difference === null ? '' : ` (a difference of ${p.difference})`}`,
  'check.total_row_expected': () => 'a total row equal to the sum of the rows above it',
  'check.subtotal_row': (p) =>
    `The subtotal row says ${p.value}${p.unit === null ? '' : ` (in ${UNIT[p.unit]})`}; the rows above it since the previous subtotal or total row add up to ${p.sum}${p.difference === null ? '' : ` (a difference of ${p.difference})`}`,
  'check.subtotal_row_expected': () => 'a subtotal row equal to the sum of the rows above it since the previous subtotal or total row',
  'check.region_unknown': (p) => `Region code "${p.value}" is not in regions.csv`,
  'check.region_unknown_expected': () => 'a region code listed in regions.csv',
  'check.references_unchecked': () => 'this file has errors: the region codes of the other files were not checked against it',
  'check.references_unchecked_expected': () => 'correct this file and load again; the other files\' region codes are checked then',
  'check.rows_merged': (p) =>
    `${p.merged} row${p.merged === 1 ? ' is' : 's are'} identical to an earlier row (e.g. row ${p.row} and row ${p.first}); merged into one, counted once`,
  'check.rows_merged_expected': (p) => `one row per combination of ${p.columns.join(', ')} (identical repeated rows are merged; the data still loads)`,
  'check.ids_malformed': (p) =>
    `${p.count} row${p.count === 1 ? ' has an ID' : 's have IDs'} neither 18 characters (17 digits and a digit or X) nor 15 digits (${p.rows.map((r) => `row ${r.row} ${r.id}`).join(', ')}); each counted as written, the data still loads`,
  'check.ids_malformed_expected': () => 'an 18-character ID (or an old 15-digit one, converted to 18); full-width digits, a lowercase x, spaces and hyphens are normalised',
  'check.ids_zero_filled': (p) =>
    `${p.count} of ${p.total} rows have IDs ending in 000 (${p.rows.map((r) => `row ${r.row} ${r.id}`).join(', ')}): a spreadsheet stored the IDs as numbers and kept their first 15 digits, so different persons would count as one`,
  'check.duplicate_key': (p) => `Same as row ${p.row} (${p.parts.map(or).join(' / ')})`,
  'check.duplicate_key_expected': (p) => `each combination of ${p.key.join(' + ')} once in the file`,
  'check.more_than_recipients': (p) => `${p.value} ${p.column}, more than the ${p.recipients} recipients`,
  'check.more_than_recipients_expected': (p) => `${p.column} ≤ recipients`,
  'check.income_no_source': () => 'An income row has no source level',
  'check.income_no_source_expected': () => 'one of central | province | city | county | individual | other on income rows',
  'check.expenditure_source': (p) => `An expenditure row has source level "${p.value}"`,
  'check.expenditure_source_expected': () => 'source_level empty on expenditure rows',
  'check.word_says_other': (p) => `${p.column} "${p.word}" contradicts this row's ${p.otherColumn} (${p.other})`,
  'check.word_says_other_expected': (p) => `${p.column} agreeing with the ${p.otherColumn} (or "other", the ${p.otherColumn} telling which)`,
  'check.item_direction': (p) => `Item "${p.value}" is not an ${p.direction} item`,
  'check.item_direction_expected': (p) => `${p.direction} items: ${p.items.join(' | ')}`,
  'check.received_before_issued': (p) => `Received ${p.received}, before it was issued on ${p.issued}`,
  'check.received_before_issued_expected': () => 'a received date on or after the issued date',
  'check.source_transfer_unknown': (p) => `Source transfer "${p.value}" is not in transfers.csv`,
  'check.source_transfer_unknown_expected': () => 'a transfer_id listed in transfers.csv',
  'check.transfer_loop': (p) => `The chain of source transfers loops: ${p.chain}`,
  'check.transfer_loop_expected': () => 'a chain that ends at a document without a source_transfer_id (the first document)',
  'check.opening_balance': (p) => `Opening balance does not follow from last year: ${p.value}; last year's opening balance + income − expenditure gives ${p.expected}`,
  'check.opening_balance_expected': () =>
    "opening balance = last year's opening balance + last year's income − last year's expenditure (a note only: the data loads as usual)",
  'check.opening_missing': (p) =>
    `Region ${p.region} has ${fundWord(p.fund, 'en')} flows in ${p.year} but fund_balances has no opening balance of it for ${p.year}: the accumulated balance and months payable of that account and of every region above it are not computed, and gap sharing takes the balance as unknown (0)`,
  'check.opening_missing_expected': () => "one opening balance row for each region, fund and year with flows (last year's opening balance + last year's income − last year's expenditure)",
  'check.parent_missing': (p) => `A ${p.level === 'city' ? 'city' : 'county'} has no parent region code`,
  'check.parent_missing_expected': () => 'the parent region code',
  'check.province_parent': () => 'A province has a parent region code',
  'check.province_parent_expected': () => 'parent_code empty for the province',
  'check.parent_level': (p) =>
    `This row is a ${p.own} and its parent region "${p.parent}" is a ${p.level}: the wrong level${p.prefecture ? '; a prefecture (地区, 盟 or 自治州 — Tacheng under Ili, say) is city-level: its parent is the province, and it is a pool of its own' : p.own === 'city' && p.level === 'city' ? '; a county-level city is written with level county' : ''}`,
  'check.parent_level_expected': () =>
    "a city's parent is the province, a county's parent is a city; a county-level city run by the province (Hubei's Xiantao, 429004) may have the province or its grouping (429000) as parent and is its own pool; a municipality's districts are listed under its city-level districts or counties region (110100, 500200, level city), which pools them",
  'check.factor_not_city': (p) => `Region "${p.code}" is a ${p.level}, not a city`,
  'check.factor_not_city_expected': () => 'the code of a city: the factor method allocates from the province to its cities',
  'check.obligation_not_county': (p) => `Region "${p.code}" is a ${p.level}, not a county`,
  'check.passed_down_more': (p) =>
    `Document "${p.id}" brought ${group(p.amount)} yuan, but the ${p.documents} document(s) naming it as their source pass down ${group(p.passed)} yuan in all, ${group(fixed(new Dec(p.passed).minus(p.amount), 2))} yuan more`,
  'check.passed_down_more_expected': () =>
    "pass-downs that add up to no more than their source document: check their amounts and source documents (a level's own money goes in a document of its own, with no source) (a note only: the data loads as usual)",
  'check.rows_above_counties': (p) =>
    `Region "${p.code}" (${p.name}) has counties under it, and this table is filled in by county: this row's persons count in its totals and its parent's, in no county's (not seen when drilling down to a county)`,
  'check.rows_above_counties_expected': () => "the code of a county, or of a city without counties; only persons that belong to no county are listed at a city's own code",
  'check.county_sum_repeated': (p) => `Region "${p.code}": ${p.column} ${p.value} equals the sum of the rows of the regions under it: a total row, whose persons would be counted twice`,
  'check.county_sum_repeated_expected': () => 'delete this total row: the totals above a county are the sums of the counties\' rows',
  'check.obligation_not_county_expected': () => "the code of a county, or of a city without counties (a county-level city under the province): obligations are its contributions and matching funds, its own shortfall in gap sharing",
  'check.second_province': (p) => `A second province "${p.code}": a data set holds one province (already "${p.first}")`,
  'check.second_province_expected': () => "one row of level province; load another province's data apart",
  'check.tile_overlap': (p) => `Region ${p.code} is on the same tile as region ${p.first} of row ${p.firstRow} (row ${p.row}, column ${p.column})`,
  'check.tile_overlap_expected': () => 'one tile per region under the same parent (each row + col once)',
  'check.tile_missing': (p) => `Region ${p.code} is not in region_tiles.csv: the tile map places it automatically below the layout`,
  'check.tile_missing_expected': () => 'a row in region_tiles.csv for every region under the same parent (a note only: the data loads as usual)',
  'check.province_direct': (p) => `County-level region ${p.code} ${p.name} is directly under the province: it is a pool of its own, counted and alerted beside the cities, and bears its gap itself`,
  'check.province_direct_expected': () => 'a note only: the data loads as usual',
  'check.municipal_district': (p) => `District ${p.code} ${p.name} is listed straight under the municipality: it is a pool of its own, counted and alerted beside the other districts, and bears its gap itself, with no share from the city`,
  'load.roster_partial': (p) =>
    `The roster for ${p.quarter} has ${p.covered} regions where assistance_enrollment has ${p.listed}: the quarter's recipients and enrolled persons all come from the roster, so the other ${p.missing} regions (${p.examples}) have no enrollment figures this quarter, and no enrollment alerts`,
  'load.roster_partial_expected': () => 'a roster with every region of the quarter, or none (enrollment from assistance_enrollment); a note only: the data loads as usual',
  'check.factor_cities_missing': (p) =>
    `The ${p.year} factors for the ${POT_LABEL[p.pot].en.toLowerCase()} leave out ${p.missing} of ${p.cities} cities: ${p.examples.map((c) => `${c.name} ${c.code}`.trim()).join(', ')}${p.missing > p.examples.length ? ' and more' : ''}. The factor method divides the whole total among the cities listed, so those left out get nothing and the others more`,
  'check.factor_cities_missing_expected': () => 'every city in each year and pot (factors of 0 for a city that takes no share); a note only: the data loads as usual',
  'check.quarter_gap': (p) =>
    `Region ${p.code} has no fund-flow rows for ${p.quarters}, between quarters that have some: year-to-date figures and the average monthly spending of the last four quarters count it as zero, so months payable may read too high${p.more > 0 ? ` (${p.more} more regions miss quarters)` : ''}`,
  'check.quarter_gap_expected': () => 'rows for every region in every quarter (0 where there was truly nothing); a note only: the data loads as usual',
  'check.municipal_district_expected': (p) => `for the city to share the districts' gaps, add ${p.city} (level city, under the municipality) to regions.csv and list the districts under it; otherwise a note only: the data loads as usual`,
  'check.direct_group': (p) => `${p.code} ${p.name} groups county-level regions the province administers directly and is no pool: ${englishList(p.units)} are each a pool of their own, counted and alerted beside the cities, and bear their gaps themselves`,
  'check.direct_group_expected': () => 'a note only: the data loads as usual; the grouping code itself is not shown and holds no rows',
  'check.direct_group_rows': (p) => `Region code "${p.code}" groups county-level regions the province administers directly: it is no pool and has no account`,
  'check.direct_group_rows_expected': (p) => `the code of one of its regions (${englishList(p.units)})`,

  'merge.policy_differs': (p) => `The ${p.policyFile} of submission "${p.submission}" differs from that of "${p.first}"`,
  'merge.policy_differs_expected': (p) => `the same ${p.policyFile} in every submission (or in one folder only)`,
  'merge.conflict': (p) =>
    `Submissions "${p.first}" and "${p.second}" hold the same key of ${p.table} (${p.key}) with different values: ${p.values.map((v) => `${v.column} ${or(v.a)} ≠ ${or(v.b)}`).join('; ')}`,
  'merge.conflict_expected': (p) => `each key (${p.key.join(' + ')}) in one submission only, or identical wherever it appears (identical rows are kept once)`,
  'merge.more_conflicts': (p) => `${p.count} more key${plural(p.count)} with different values in different submissions, not listed`,
  'merge.fix_rest': () => 'fix the problems above and merge again to see the rest',

  'load.write_failed': (p) => `Writing the tables failed: ${p.reason}`,
  'load.write_failed_expected': () => 'validated data can be written; please report this message to the maintainers',
  'load.policy_expected': () => 'a policy.json in the fundwatch-policy/2 (or older /1) format (see src/domain/policy/policy.default.json)',
  'load.policy_empty': () => 'The file is empty: fill in the policy parameters, or delete the file to compute with the defaults',
  'load.policy_not_json': (p) => `Not valid JSON: ${p.reason}`,
  'load.policy_key_twice': (p) => `the key "${p.key}" at column ${p.column} is already in the same object: JSON reads only the last one, so an edit of the first changes nothing; delete one of them`,
  'load.policy_province': (p) =>
    `policy.json was written for ${p.policy}, but the province in regions.csv is ${p.data}: its standards, shares and alert thresholds may be another province's`,
  'load.policy_province_expected': () => 'province_code equal to the code of the province in regions.csv',
  'load.policy_city_not_pool': (p) =>
    `policy.json's sharing.cities for ${p.year} names ${p.code}${p.name === '' ? '' : ` ${p.name}`}, ${
      p.found === 'missing' ? 'which is not in regions.csv' : p.found === 'grouping' ? `the grouping code of units the province administers directly (its units ${p.units} are each a pool of their own)` : p.found === 'county' ? 'a county under a city' : 'the province'
    }: this sharing rule applies to no pool, and every city shares by the default rule (sharing.default)`,
  'load.policy_city_not_pool_expected': () => 'sharing.cities keyed by the six-digit code of a city (or a unit the province administers directly) in regions.csv',
  'load.policy_syntax': (p) => {
    const at = `column ${p.column}`;
    switch (p.kind) {
      case 'end':
        return `Not valid JSON: the file ends early at ${at} (a }, ] or quote is missing)`;
      case 'trailing_comma':
        return `Not valid JSON: ${at} is a comma with nothing after it (no comma after the last item)`;
      case 'key':
        return `Not valid JSON: a key in double quotes is expected at ${at}`;
      case 'control':
        return `Not valid JSON: the text from ${at} holds a line break or control character (a missing quote? a line break is written \\n)`;
      case 'after':
        return `Not valid JSON: there is more after the end of the JSON at ${at}`;
      case 'token':
        return `Not valid JSON: "${p.found}" at ${at} is not JSON syntax`;
    }
  },
  'load.policy_invalid': (p, say) => `${p.policyFile} is not valid: ${say(p.issue)}`,

  'compare.tree': (p, say) => `The comparison has another region tree: ${say(p.difference)}`,
  'compare.tree_expected': () => 'the region tree of the loaded data: the same region codes, levels and parents (names and tiers may change)',
  'compare.region_added': (p) => `Region ${p.code} is in the loaded data but not in the comparison`,
  'compare.region_removed': (p) => `Region ${p.code} is in the comparison but not in the loaded data`,
  'compare.level_differs': (p) => `Region ${p.code} has another level: ${or(p.before)} in the comparison, ${or(p.after)} in the loaded data`,
  'compare.parent_differs': (p) => `Region ${p.code} has another parent: ${or(p.before)} in the comparison, ${or(p.after)} in the loaded data`,
  'compare.more_regions': () => 'More regions differ; not listed',

  'policy.issue': (p, say) => `${p.year === null ? '' : `policy for ${p.year}: `}${p.path || 'policy'}: ${say(p.reason)}`,
  'policy.not_json_object': () => 'expected a JSON object',
  'policy.not_object': () => 'expected an object',
  'policy.unknown_key': () => 'unknown key',
  'policy.missing': () => 'missing',
  'policy.number_not_text': (p) => `${p.value} must be written as a decimal string, e.g. "${p.text}"`,
  'policy.not_decimal': (p) => `${p.value} is not a decimal number`,
  'policy.not_ratio': (p) => `${p.value} is a ratio and must be between 0 and 1`,
  'policy.negative': (p) => `${p.value} must not be negative`,
  'policy.not_integer': (p) => `${p.value} is not an integer ≥ ${p.min}`,
  'policy.integer_above': (p) => `${p.value} is too large: at most ${p.max}`,
  'policy.number_overflow': () => 'a number past what can be represented (JSON reads it as infinity): write a sensible value, decimals as quoted text such as "0.99"',
  'policy.not_one_of': (p) => `${p.value} is not one of ${p.options}`,
  'policy.not_list_of': (p) => `expected a list of ${p.options}`,
  'policy.not_text': () => 'expected text',
  'policy.not_city_code': (p) => `key ${p.key} is not a six-digit city code`,
  'policy.not_band_list': () => 'expected a list of bands',
  'policy.band_not_object': () => 'expected a band object like {"severity": "red", "lt": "0.99"}',
  'policy.band_unknown_key': () => 'unknown key (expected severity, gt, gte, lt or lte)',
  'policy.band_no_bound': () => 'a band needs at least one bound (gt, gte, lt or lte)',
  'policy.band_both_lower': () => 'set gt or gte, not both',
  'policy.band_both_upper': () => 'set lt or lte, not both',
  'policy.band_empty': (p) => `no value lies between ${p.from} and ${p.to}`,
  'policy.band_order': (p) => `is listed after ${p.other} but lies below it: list a rule's bands from the lowest values up`,
  'policy.band_overlap': (p) => `overlaps ${p.other}: ${range(p)} would be in both bands (bands must not overlap)`,
  'policy.band_gap': (p) =>
    `leaves a gap after ${p.other}: ${range(p)} would be in no band ` + '(neighbouring bands must meet; only one range, the normal one, may lie outside every band)',
  'policy.coverage_no_target': () => 'needs a red band with an upper bound, e.g. {"severity": "red", "lt": "0.99"}: that bound is the enrollment target',
  'policy.target_is_band': () =>
    'is not part of fundwatch-policy/2: the enrollment target is the upper bound of the red band in thresholds.coverage; set it there',
  'policy.deadline_is_timeliness': (p) => `is not part of fundwatch-policy/2: this rule reads timeliness.${p.setting} alone; set it there`,
  'policy.coverage_target_disagrees': (p) =>
    `${p.value} disagrees with ${p.other} ${p.otherValue}: the enrollment target is the upper bound of the red ` +
    'coverage band, one setting; make them equal or remove coverage_target',
  'policy.deadline_disagrees': (p) =>
    `${p.value} disagrees with ${p.other} ${p.otherValue}: the rule reads ${p.other} alone; remove thresholds.${p.rule}`,
  'policy.schema_missing': () => 'missing; expected "fundwatch-policy/2" (the version of the file format)',
  'policy.province_code_missing': () => 'missing; expected the six-digit region code of the province, e.g. "150000"',
  'policy.schema': (p) => `${p.value} is not "fundwatch-policy/2" (or the older "fundwatch-policy/1")`,
  'policy.province_code': (p) => `${p.value} is not a six-digit region code`,
  'policy.years_empty': () => 'expected a non-empty list of year blocks',
  'policy.year_not_integer': (p) => `${p.value} is not an integer year`,
  'policy.year_order': (p) => `${p.value} does not come after ${p.previous} (years must be ascending and unique)`,
  'policy.weights_sum': (p) => `factor_weight ${p.factor} + performance_weight ${p.performance} must add up to 1`,
  'policy.emergency_weights_sum': (p) => `population_weight ${p.population} + incidence_weight ${p.incidence} must add up to 1`,
  'policy.range_order': (p) => `min ${p.min} is above max ${p.max}`,
  'policy.out_of_range': (p) => `${p.value} is outside the allowed range ${p.min} to ${p.max}`,
  'policy.not_a_number': (p) => `${p.value} is not a number: write a ratio such as ${p.example}; allowed ${p.min} to ${p.max}`,
  'policy.not_a_percent': (p) => `${p.value} is not a number: enter a percentage such as ${p.example} (${p.example}%); allowed ${p.min} to ${p.max}`,
  'policy.not_whole_quarters': (p) => `${p.value} is not a whole number of quarters (allowed ${p.min} to ${p.max})`,
  'policy.unknown_parameter': (p) => `unknown scenario parameter (expected ${p.options})`,
  'policy.duplicate_parameter': () => 'given twice',
  'policy.duplicate_id': (p) => `${p.value} is used by another preset`,
  'policy.unknown_preset': (p) => `${p.value} is not the id of a preset (${p.options})`,

  'split.amount_negative': (p, say) => `${say(p.subject)} must not be negative or non-finite: ${p.amount}`,
  'split.amount_not_fen': (p, say) => `${say(p.subject)} must be exact to the fen (at most two decimals): ${p.amount}`,
  'split.weight_negative': (p) => `A weight must not be negative or non-finite: ${p.key} = ${p.weight}`,
  'split.duplicate_recipient': (p) => `Duplicate recipient: ${p.key}`,
  'split.weights_zero': (p) => `Every weight is zero: ${p.total} yuan cannot be split in proportion`,
  'split.factor_sum_zero': (p, say) => `The regions' ${say(p.subject)} add up to zero: the factor method cannot allocate`,
  'split.value_negative': (p, say) => `${say(p.subject)} must not be negative or non-finite: ${p.value}`,
  'split.weights_not_one': (p) => `The factor and performance weights must add up to 1: ${p.factor} + ${p.performance}`,
  'split.duplicate_region': (p) => `Duplicate region: ${p.code}`,
  'split.no_region': (p) => `No region to allocate to: ${p.total} yuan cannot be allocated`,
  'split.ratio_range': (p, say) => `${say(p.subject)} must be between 0 and 1: ${p.ratio}`,
  'split.money_invalid': (p, say) => `${say(p.subject)} must be a non-negative amount exact to the fen: ${p.amount}`,
  'split.persons_invalid': (p, say) => `${say(p.subject)} must be a non-negative whole number: ${p.persons}`,
  'split.duplicate_category': (p) => `Duplicate category: ${p.category}`,
  'split.city_ratio_range': (p) => `The city ratio must be between 0 and 1: ${p.ratio}`,
  'split.duplicate_county': (p) => `Duplicate county: ${p.code}`,
  'split.basis_negative': (p) => `The sharing basis of county ${p.code} must not be negative: ${p.basis}`,
  'split.exact_money': (p, say) => `${say(p.subject)} must be an amount exact to the fen: ${p.amount}`,
  'subject.total_to_split': () => 'The total to split',
  'subject.total_by_factors': () => 'The total to allocate by factors',
  'subject.factor_weight': () => 'The factor weight',
  'subject.performance_weight': () => 'The performance weight',
  'subject.population_weight': () => 'The population weight',
  'subject.incidence_weight': () => 'The incidence weight',
  'subject.region_field': (p) => `${p.field} of ${p.code}`,
  'subject.need_tier': () => 'need × tier ratio',
  'subject.population': () => 'resident population',
  'subject.incidence': () => 'incidence',
  'subject.emergency_factors': () => 'emergency factors (population, incidence × fiscal difficulty)',
  'subject.performance_scores': () => 'performance scores',
  'subject.per_capita_subsidy': () => 'The fiscal subsidy per insured person',
  'subject.insured': () => 'The number of insured persons',
  'subject.central_share': () => 'The central share',
  'subject.province_share': (p) => `The province's share for tier ${p.tier} regions`,
  'subject.contribution': () => 'The individual contribution',
  'subject.category_persons': (p) => `The persons of ${p.category}`,
  'subject.category_ratio': (p) => `The subsidy ratio of ${p.category}`,
  'subject.income': () => 'Income',
  'subject.expenditure': () => 'Expenditure',
  'subject.opening_balance': () => 'The opening balance',
  'subject.county_shortfall': (p) => `The shortfall of county ${p.code}`,

  'alert.coverage': (p) =>
    `${p.region} recipient enrollment rate = enrolled ${formatCount(p.enrolled)} ÷ recipients ${formatCount(p.recipients)} = ${pctAt(p.rate, p)}, ` +
    crossed(p, `${p.isTarget ? 'the target ' : ''}${pct(p.threshold)}`),
  'alert.current_deficit': (p, _say, money) => {
    const [income, expenditure, balance] = money.sum([{ yuan: p.income }, { yuan: p.expenditure, minus: true }], p.balance);
    return `${subject(p)} current balance ${p.period === 'ytd' ? 'year to date' : 'this quarter'} = income ${income} − expenditure ${expenditure} = ${balance}, ${crossed(p, money.rounded(p.threshold))}`;
  },
  'alert.balance_rate': (p, _say, money) =>
    `${subject(p)} current balance rate year to date = current balance ${money.rounded(p.balance)} ÷ income ${money.rounded(p.income)} = ` +
    `${pctAt(p.rate, p)}, ${crossed(p, pct(p.threshold))}`,
  'alert.accumulated_negative': (p, _say, money) => {
    const [opening, income, expenditure, balance] = money.sum([{ yuan: p.opening }, { yuan: p.income }, { yuan: p.expenditure, minus: true }], p.balance);
    return (
      `${subject(p)} accumulated balance = opening balance ${opening} + income year to date ${income} − ` +
      `expenditure year to date ${expenditure} = ${balance}, ${crossed(p, money.rounded(p.threshold))}`
    );
  },
  'alert.months_payable': (p, _say, money, read) =>
    `${subject(p)} months payable = accumulated balance ${money.rounded(p.balance)} ÷ average monthly expenditure` +
    `${p.average === null ? '' : ` over the last ${p.window} quarter${plural(p.window)} ${money.rounded(p.average)}`} = ` +
    `${monthsAt(p.months, p, read)}, ${crossed(p, `${new Dec(p.threshold).toString()} months`)}`,
  'alert.forecast_balance': (p, _say, money) =>
    `${subject(p)} ${basis(p.seasonal)}: accumulated balance at the end of ${quarterLabel(p.quarter, 'en')} ${money.rounded(p.balance)}, ` +
    `${p.turnsNegative ? 'turning negative' : `going ${COMPARISON[p.comparison]} ${money.rounded(p.threshold)}`} (now ${money.rounded(p.current)})${severity(p)}`,
  'alert.forecast_months': (p, _say, money, read) =>
    `${subject(p)} ${basis(p.seasonal)}: months payable at the end of ${quarterLabel(p.quarter, 'en')} = accumulated balance ${money.rounded(p.balance)} ÷ ` +
    `average monthly expenditure${p.average === null ? '' : ` ${money.rounded(p.average)}`} = ${monthsAt(p.months, p, read)}, ` +
    `${COMPARISON[p.comparison]} ${new Dec(p.threshold).toString()} months (now ${p.current === null ? 'not computable' : months(p.current, read)})${severity(p)}`,
  'alert.budget_execution': (p, _say, money) => {
    const income = p.direction === 'income';
    const what = income ? 'income' : 'expenditure';
    const formula = income
      ? `time elapsed ${pct(p.elapsed)} − ${what} execution ${pct(p.execution)}`
      : `${what} execution ${pct(p.execution)} − time elapsed ${pct(p.elapsed)}`;
    return (
      `${subject(p)} ${what} year to date ${money.rounded(p.actual)} ÷ annual budget ${money.rounded(p.budget)} = execution ${pct(p.execution)}; ` +
      `${income ? 'behind' : 'ahead of'} schedule = ${formula} = ${pointsAt(p.value, p)}, ${crossed(p, points(p.threshold))}`
    );
  },
  'alert.growth_gap': (p, _say, money) =>
    `${subject(p)} growth gap = expenditure growth year on year, year to date, ${pct(p.expenditureGrowth)}` +
    ` (${money.rounded(p.expenditure)} ÷ same period last year ${money.rounded(p.expenditureBefore)} − 1) − income growth ${pct(p.incomeGrowth)}` +
    ` (${money.rounded(p.income)} ÷ same period last year ${money.rounded(p.incomeBefore)} − 1) = ${pointsAt(p.gap, p)}, ${crossed(p, points(p.threshold))}`,
  'alert.reconciliation': (p, _say, money) => {
    const share = p.share === null ? '' : ` (${pct(p.share)} of received)`;
    const bound = new Dec(p.received).isZero()
      ? `nothing received but money booked${severity(p)}`
      : `|difference| ${money.exact(new Dec(p.difference).abs().toString(), [p.threshold])} ${crossed(p, `${money.exact(p.threshold, [p.difference])}${share}`)}`;
    return (
      `${subject(p)} (pool), ${p.level} money for ${p.year}, year to date: ` +
      `booked ${money.rounded(p.booked)} − received ${money.rounded(p.received)} = difference ${money.exact(p.difference, [p.threshold])}, ${bound}; ` +
      (p.documents.length > 0 ? `documents received: ${p.documents.join(', ')}` : 'no document received by the quarter end')
    );
  },
  'alert.transfer_late': (p, _say, money) =>
    `${subject(p)} ${p.transfer} (${money.rounded(p.amount)}) days to pass on = issued ${p.issued} − source document ${p.source} received ${p.received} = ` +
    `${p.days} days, ${crossed(p, `${new Dec(p.threshold).toString()} days`)}`,
  'alert.transfer_not_received': (p, _say, money) =>
    `${subject(p)} ${p.transfer} issued ${p.issued}: ${money.rounded(p.amount)}, at quarter end ${p.quarterEnd} ` +
    `${p.received === null ? 'not yet received' : `not received until ${p.received}`}: amount outstanding ${money.rounded(p.amount)}, ${crossed(p, money.rounded(p.threshold))}`,
  'alert.advance_ratio': (p, _say, money) =>
    `${subject(p)} advance notice ratio = advance notices for ${p.year + 1} ${money.rounded(p.advance)} ÷ allocated for ${p.year} ${money.rounded(p.allocated)} = ` +
    `${pctAt(p.ratio, p)}, ${crossed(p, pct(p.threshold))}`,

  'builtin.file_unreadable': (p) => `The built-in data file ${p.file} cannot be read (HTTP ${p.status})`,
  'builtin.unloadable': (p, say) => `The built-in data cannot be loaded: ${p.problems.map(say).join('; ')}`,
};
