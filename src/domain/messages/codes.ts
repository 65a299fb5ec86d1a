// Every message the product can say about a user's data, a policy file, a
// refused computation or an alert, as a code and the values it quotes. The
// code that detects a problem or raises an alert returns one of these; the edges (page, command line,
// report) say it in Chinese or English through the catalogues (zh.ts, en.ts).
// Values quoted from the user's file are params and are shown as they are.
import type { Fund, Quarter, Severity } from '../vocabulary';

/** A table's name in the data contract, with its Chinese label and English words (contract vocabulary, not a sentence). */
export interface TableNames {
  label: string;
  labelEn: string;
}

/** A value a policy file holds, quoted as it is written. */
export type Quoted = string | number;

/** What a sharing rule's code is in the data when it is no pool (load.ts, policyCities): absent, a grouping of directly administered units, a county under a city, the province. */
export type PolicyCityFound = 'missing' | 'grouping' | 'county' | 'province';

/** A format an office saves a table in that is not read (files.ts): each is said with what to save it as. */
/** An office format not read; `xls_html`, `xls_text`, `xls_zip`: an .xls or .et whose bytes are a web page, CSV text or an .xlsx. */
export type OtherFormat = 'xls' | 'et' | 'xlsm' | 'xlsb' | 'ods' | 'numbers' | 'txt' | 'xls_html' | 'xls_text' | 'xls_zip';

/** A ZIP-packed document that is no XLSX, told by its parts (formats/xlsx.ts): Excel's binary workbook, Apple Numbers, Word, PowerPoint, an OpenDocument spreadsheet or another OpenDocument file. */
export type ZipDocument = 'xlsb' | 'numbers' | 'docx' | 'pptx' | 'ods' | 'odf';

/** The delimiters a CSV file is read with, told from its header (stage.ts, csvLayout): comma, tab (Excel's "Unicode text"), or a database export's vertical bar. */
export type CsvDelimiter = ',' | '\t' | '|';

/** What a file named .csv really holds when its first bytes say it is no text table (csvScan.ts, csvDisguise). */
export type CsvDisguise = 'html' | 'xml' | 'zip' | 'ole' | 'pdf' | 'gzip' | 'utf32';

/** First and last row of a run of consecutive rows (the same row when it stands alone). */
export type RowRun = readonly [first: number, last: number];

/**
 * The rows a notice lists (rowList.ts): the first runs of consecutive rows,
 * and how many rows there are in all, listed or not. Kept this small in the
 * message so that a sheet with a million hidden rows does not carry a
 * million numbers to the page.
 */
export interface RowList {
  readonly runs: readonly RowRun[];
  readonly count: number;
}

/** A money unit a sheet may state (`单位：万元`). */
export type UnitName = '元' | '万元' | '亿元';

/** The kinds of value a column of the data contract holds (engine/contract); each has its own wording of a bad cell. */
export type CellKind =
  | 'region_code' // six-digit text
  | 'text'
  | 'person_id' // an ID number as text, never a spreadsheet's number
  | 'quarter' // YYYYQn
  | 'year' // four-digit integer
  | 'date' // YYYY-MM-DD
  | 'count' // non-negative integer
  | 'money' // yuan, at most two decimals
  | 'decimal' // a non-negative factor or ratio
  | 'boolean' // true|false
  | 'enum';

/**
 * A figure the domain computed, as exact decimal text (a Decimal's
 * toString): money in yuan, a ratio (0.9899 = 98.99%), months. The catalogues
 * format it for the reader (万元 / million yuan, a percentage); never a float.
 */
export type Figure = string;

/** Where an alert's value lies against the bound it crossed (bands.ts BoundKey). */
export type Comparison = 'lt' | 'lte' | 'gt' | 'gte';

/** How every alert sentence ends: the value against the crossed bound, and the band's severity. */
export interface AlertBand {
  comparison: Comparison;
  severity: Severity;
}

/** The region an alert is about (its name as loaded: user data) and the fund. */
export interface AlertSubject extends AlertBand {
  region: string;
  fund: Fund;
}

/** The code of each message and the values it quotes. */
export interface MessageParams {
  // A problem line: `file · [sheet ·] 第N行 · column · problem · expected`.
  /** After a problem whose value more rows share: how many. */
  'problem.same_rows': { count: number };
  'problem.line': { source: string; row: number | null; /** Rows with the same value, `row` the first. */ sameRows?: number; column: string | null; problem: Message; expected: Message };
  'problem.more': { count: number };
  'problem.fix_rest': Record<never, never>;

  // Reading files (formats/files.ts, submissionFiles.ts).
  'file.required_missing': TableNames;
  'file.required_expected': { table: string };
  'file.required_no_rows': TableNames;
  'file.required_rows_expected': { table: string };
  'file.format_unsupported': Record<never, never>;
  'file.format_save_as': { format: OtherFormat };
  'file.not_in_contract': Record<never, never>;
  'file.not_in_contract_more': { count: number };
  'file.format_expected': { table: string };
  'file.contract_expected': { tables: readonly string[]; policyFile: string };
  'file.no_sheet': Record<never, never>;
  'file.sheet_expected': { table: string };
  'file.workbook_expected': Record<never, never>;
  'file.sheet_unknown': Record<never, never>;
  'file.table_by_header': { table: string; label: string; labelEn: string };
  'file.table_by_header_expected': { table: string };
  'file.sheet_hidden': Record<never, never>;
  'file.sheet_hidden_expected': Record<never, never>;
  'file.sheet_unknown_expected': { tables: readonly { table: string; label: string }[] };
  'file.table_twice': { file: string; sheet: string | null };
  'file.table_twice_expected': Record<never, never>;
  'file.unreadable': { reason: string };
  'file.unreadable_expected': Record<never, never>;
  'file.garbled': Record<never, never>;
  'file.garbled_expected': Record<never, never>;
  'file.empty': Record<never, never>;
  /** An optional table's file (or sheet) empty, 0 bytes or white space only: loaded as if it were absent, said. */
  'file.empty_optional': { label: string; labelEn: string; sheet: boolean };
  'file.empty_optional_expected': Record<never, never>;
  /** A CSV file neither UTF-8 nor GBK/GB18030: where the first bytes no encoding reads are (line and field, 1-based), read as `encoding` up to there; `after`: the text before them on that line. */
  'file.garbled_at': { line: number; column: number; encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'; after: string };
  /** Sheets of a workbook that hold no cells (chart, dialog and macro sheets), skipped; said once per workbook that has data sheets too. */
  'file.sheets_not_data': { sheets: readonly { name: string; kind: 'chart' | 'dialog' | 'macro' }[] };
  'file.sheets_not_data_expected': Record<never, never>;
  /** An optional table's file of a header alone: loaded as no data, said. */
  'file.no_rows': { label: string; labelEn: string };
  'file.no_rows_expected': Record<never, never>;
  'file.csv_disguise': { kind: CsvDisguise };
  'file.csv_disguise_expected': { kind: CsvDisguise };
  'sheet.cell_far_right': { cell: string; limit: number };
  'sheet.hidden_rows': { rows: RowList };
  'sheet.hidden_rows_expected': Record<never, never>;
  'sheet.merged_down': { range: string; rows: number };
  'sheet.merged_down_expected': Record<never, never>;
  'file.sheet_empty': Record<never, never>;
  'zip.invalid': Record<never, never>;
  'zip.method': { path: string; method: string };
  'zip.encrypted': Record<never, never>;
  'zip.entry_twice': { path: string };
  'zip.entry_damaged': { path: string };
  'zip.too_big': { part: string; bytes: number; partLimit: number; totalLimit: number; ratio: number };
  'zip.symbolic_link': { path: string; target: string };
  'zip.symbolic_link_expected': Record<never, never>;
  'zip.expected': Record<never, never>;

  // Workbooks (formats/xlsx.ts).
  'xlsx.invalid': Record<never, never>;
  'xlsx.too_big': { part: string; bytes: number; packed: number; partLimit: number; totalLimit: number; ratio: number };
  'xlsx.compound_file': Record<never, never>;
  'xlsx.no_workbook': Record<never, never>;
  'xlsx.other_document': { document: ZipDocument };
  'xlsx.disguised': { content: 'html' | 'text' };
  'xlsx.sheet_missing': { sheet: string; part: string | null; relId: string };
  'xlsx.sheet_external': { sheet: string; target: string };
  'xlsx.damaged': { reason: string };
  /** The same part twice in the ZIP: which copy a reader takes differs (Excel refuses the file). */
  'xlsx.part_twice': { part: string };
  /** A sheet part that breaks off: its name, its part, why, and the last row read whole (null: none). */
  'xlsx.sheet_cut': { sheet: string; part: string; reason: string; lastRow: number | null };
  'xlsx.sheet_damaged': { sheet: string; part: string; reason: string; lastRow: number | null };
  'xlsx.shared_string_missing': { index: string; sheet: string; cell: string; count: number };

  // The header and what the lines above it say (csvHeader.ts, stage.ts).
  'header.expected': { columns: readonly string[]; labels: readonly string[] };
  'header.too_wide': { cells: number; limit: number };
  'header.semicolons': Record<never, never>;
  'header.semicolons_expected': Record<never, never>;
  /** `place`: the column's number in a CSV (7), its letter in a sheet (G). */
  'header.column_twice': { column: string; cells: readonly { place: string; name: string }[]; sheet: boolean };
  'header.column_missing': { column: string; label: string };
  /** A column missing from a header of two rows (`upper`, `lower`: their row numbers) read combined column by column. */
  'header.column_missing_two_rows': { column: string; label: string; upper: number; lower: number };
  /** A header over two rows (merged cells), read combined column by column; data starts below `lower`. */
  'header.two_rows': { upper: number; lower: number };
  'header.two_rows_expected': Record<never, never>;
  'header.units_conflict': { text: string };
  'header.units_conflict_expected': Record<never, never>;
  'header.unit_unsupported': { text: string };
  'header.unit_unclear': { text: string };
  'header.unit_below': { text: string };
  'header.count_unit': { text: string };
  'header.count_unit_expected': Record<never, never>;
  'header.unit_where': Record<never, never>;
  'header.rows_skipped': { headerRow: number; titles: readonly string[] };
  'header.rows_skipped_expected': Record<never, never>;
  'header.unit_converted': { unit: UnitName; unitText: string | null; columns: readonly string[] };
  'header.unit_expected': { unit: UnitName };
  'header.columns_ignored': { columns: readonly { position: number; name: string }[] };
  'header.total_rows': { rows: RowList };
  'header.total_rows_expected': Record<never, never>;
  'header.sign_off_rows': { rows: RowList };
  'header.sign_off_rows_expected': Record<never, never>;
  'header.subtotal_rows': { rows: RowList };
  'header.subtotal_rows_expected': Record<never, never>;
  /** A data row that is the header again (two exports joined into one file). */
  'header.repeated': { headerRow: number };
  'header.repeated_expected': Record<never, never>;
  'row.title_line': Record<never, never>;
  'row.title_line_expected': Record<never, never>;
  'header.column_number_rows': { rows: RowList };
  'header.column_number_rows_expected': Record<never, never>;

  // A cell that is not a valid value of its column (contract/columnRules.ts).
  'cell.expected': { kind: CellKind; signed: boolean; values: readonly string[]; /** Each value's Chinese name, '' where it has none. */ names?: readonly string[] };
  'cell.expected_in_unit': { unit: UnitName; decimals: number; signed: boolean };
  'cell.empty': { label: string };
  'cell.scientific': { label: string; value: string };
  'cell.unit_in_cell': { label: string; value: string };
  'cell.invalid': { kind: CellKind; label: string; value: string };
  'cell.negative': { kind: 'count' | 'money'; label: string; value: string };
  'cell.too_large': { kind: 'count' | 'money'; label: string; value: string; unit: UnitName | null };
  'cell.too_many_decimals': { value: string; unit: UnitName | null; decimals: number };
  'cell.decimal_point': { value: string };
  'cell.id_scientific': { value: string };
  'cell.excel_error': { label: string; value: string };
  'cell.formula': { label: string; value: string };
  'cell.no_such_date': { value: string };
  /** A date or a time (a spreadsheet's date cell, or typed as one) in a column that holds none: `value` as the user sees it. */
  'cell.date_not_kind': { kind: CellKind; label: string; value: string; time: boolean };
  /** A percentage (a cell shown as 5%) where an amount or a count belongs. */
  'cell.percent': { kind: 'count' | 'money'; label: string; value: string };
  'cell.percent_ratio': { label: string; value: string; decimal: string };
  'cell.dash_zero': { label: string; value: string };
  'cell.date_serial': { value: string; date: string };
  /** A timestamp with a time zone (Z, +08:00): its day is that zone's. */
  'cell.date_zoned': { label: string; value: string };

  // Parquet and CSV readers (stage.ts).
  'parquet.unreadable': { reason: string };
  /** A roster beyond the browser's bound (engine/ingest/browserBound.ts); `command` is the CLI line to use instead. */
  'roster.too_big_csv': { rows: number; megabytes: number; limitRows: number; command: string };
  'roster.too_big_parquet': { megabytes: number; limitMegabytes: number; command: string };
  'roster.too_big_expected': { limit: Message; command: string };
  'roster.limit_rows': { rows: number };
  'roster.limit_parquet': { megabytes: number };
  /** Neither begins nor ends with PAR1: said the same on every engine (parquet-wasm and DuckDB word it differently). */
  'parquet.no_marks': Record<never, never>;
  'parquet.no_marks_expected': Record<never, never>;
  'parquet.unreadable_expected': Record<never, never>;
  'parquet.type_unreadable': { reason: string };
  'parquet.type_unreadable_expected': Record<never, never>;
  'parquet.type_region_code': { type: string };
  'parquet.type_money_float': { type: string };
  'parquet.type_money_decimals': { type: string };
  'parquet.type_count_float': { type: string };
  'parquet.type_decimal_float': { type: string };
  'parquet.type_expected': { kind: 'region_code' | 'money' | 'decimal' | 'other' };
  'csv.columns': { header: string; found: string };
  'csv.unreadable': { reason: string };
  'csv.unterminated_quote': Record<never, never>;
  'csv.bad_line': Record<never, never>;
  'csv.expected': { delimiter: CsvDelimiter };

  // The rules validation runs over the staged tables (ingest/validate.ts).
  'check.sum_limit': { label: string; value: string };
  'check.sum_limit_expected': { kind: 'count' | 'money'; limit: string };
  'check.total_row': { label: string; value: string; sum: string; difference: string | null; unit: UnitName | null };
  'check.total_row_expected': Record<never, never>;
  'check.subtotal_row': { label: string; value: string; sum: string; difference: string | null; unit: UnitName | null };
  'check.subtotal_row_expected': Record<never, never>;
  'check.region_unknown': { value: string };
  'check.region_unknown_expected': Record<never, never>;
  'check.references_unchecked': Record<never, never>;
  'check.references_unchecked_expected': Record<never, never>;
  'check.rows_merged': { merged: number; row: number; first: number };
  'check.rows_merged_expected': { columns: readonly string[] };
  'check.ids_malformed': { count: number; rows: readonly { row: number; id: string }[] };
  'check.ids_malformed_expected': Record<never, never>;
  'check.ids_zero_filled': { count: number; total: number; rows: readonly { row: number; id: string }[] };
  'check.duplicate_key': { row: string; parts: readonly (string | null)[] };
  'check.duplicate_key_expected': { key: readonly string[] };
  'check.more_than_recipients': { column: 'enrolled' | 'subsidized'; value: string; recipients: string };
  'check.more_than_recipients_expected': { column: 'enrolled' | 'subsidized' };
  'check.income_no_source': Record<never, never>;
  'check.income_no_source_expected': Record<never, never>;
  'check.expenditure_source': { value: string };
  'check.expenditure_source_expected': Record<never, never>;
  'check.item_direction': { value: string; direction: 'income' | 'expenditure' };
  'check.item_direction_expected': { direction: 'income' | 'expenditure'; items: readonly string[] };
  'check.word_says_other': { label: string; column: string; word: string; otherLabel: string; otherColumn: string; other: string };
  'check.word_says_other_expected': { label: string; column: string; otherLabel: string; otherColumn: string };
  'check.received_before_issued': { received: string; issued: string };
  'check.received_before_issued_expected': Record<never, never>;
  'check.source_transfer_unknown': { value: string };
  'check.source_transfer_unknown_expected': Record<never, never>;
  'check.transfer_loop': { chain: string };
  'check.transfer_loop_expected': Record<never, never>;
  'check.opening_balance': { value: string; expected: string };
  'check.opening_balance_expected': Record<never, never>;
  /** An account with flows in `year` and no opening balance for it; `fund` as the data names it (assistance, resident). */
  'check.opening_missing': { region: string; fund: string; year: string };
  'check.opening_missing_expected': Record<never, never>;
  'check.parent_missing': { level: string };
  'check.parent_missing_expected': Record<never, never>;
  'check.province_parent': Record<never, never>;
  'check.province_parent_expected': Record<never, never>;
  'check.parent_level': { parent: string; level: 'province' | 'city' | 'county'; own: 'province' | 'city' | 'county'; prefecture?: boolean };
  'check.parent_level_expected': Record<never, never>;
  'check.factor_not_city': { code: string; level: string };
  'check.second_province': { code: string; first: string };
  'check.second_province_expected': Record<never, never>;
  'check.factor_not_city_expected': Record<never, never>;
  'check.obligation_not_county': { code: string; level: string };
  'check.obligation_not_county_expected': Record<never, never>;
  'check.rows_above_counties': { code: string; name: string };
  /** A document whose pass-downs (rows naming it as their source) add up to more than it brought; amounts in yuan. */
  'check.passed_down_more': { id: string; amount: string; passed: string; documents: string };
  'check.passed_down_more_expected': Record<never, never>;
  'check.rows_above_counties_expected': Record<never, never>;
  /** `label` the column's Chinese label, `column` its contract name (the English says it). */
  'check.county_sum_repeated': { code: string; label: string; column: string; value: string };
  'check.county_sum_repeated_expected': Record<never, never>;
  'check.tile_overlap': { code: string; first: string; firstRow: string; row: string; column: string };
  'check.tile_overlap_expected': Record<never, never>;
  'check.tile_missing': { code: string };
  'check.tile_missing_expected': Record<never, never>;
  'check.province_direct': { code: string; name: string };
  'check.province_direct_expected': Record<never, never>;
  /** A district straight under a municipality (北京 110000): a pool of its own, which the city then does not share in. */
  'check.municipal_district': { code: string; name: string };
  'check.municipal_district_expected': { city: string };
  /** Quarters without a fund-flow row for a region between quarters with some: counted as zero spending. `more`: regions not listed. */
  'check.quarter_gap': { code: string; quarters: string; more: number };
  'check.factor_cities_missing': { year: number; pot: 'assistance' | 'emergency'; cities: number; missing: number; examples: readonly { code: string; name: string }[] };
  'check.factor_cities_missing_expected': Record<never, never>;
  'check.quarter_gap_expected': Record<never, never>;
  /** A quarter's roster that leaves out regions assistance_enrollment has: the roster is that quarter's only source. */
  'load.roster_partial': { quarter: string; covered: number; listed: number; missing: number; examples: string };
  'load.roster_partial_expected': Record<never, never>;
  'check.direct_group': { code: string; name: string; units: string };
  'check.direct_group_expected': Record<never, never>;
  'check.direct_group_rows': { code: string; units: string };
  'check.direct_group_rows_expected': { units: string };

  // Merging submissions (ingest/submissions.ts).
  'merge.policy_differs': { policyFile: string; submission: string; first: string };
  'merge.policy_differs_expected': { policyFile: string };
  'merge.conflict': { first: string; second: string; table: string; key: string; values: readonly { column: string; a: string | null; b: string | null }[] };
  'merge.conflict_expected': { key: readonly string[] };
  'merge.more_conflicts': { count: number };
  'merge.fix_rest': Record<never, never>;

  // The load itself and its policy.json (ingest/load.ts).
  'load.write_failed': { reason: string };
  'load.write_failed_expected': Record<never, never>;
  'load.policy_expected': Record<never, never>;
  'load.policy_not_json': { reason: string };
  'load.policy_empty': Record<never, never>;
  'load.policy_key_twice': { key: string; column: number };
  'load.policy_province': { policy: string; data: string };
  'load.policy_province_expected': Record<never, never>;
  /** A city's sharing rule in policy.json keyed at a code that is no pool of the data: it would apply to no one. */
  'load.policy_city_not_pool': { code: string; year: number; found: PolicyCityFound; name: string; units: string };
  'load.policy_city_not_pool_expected': Record<never, never>;
  /** Where a hand-edited policy.json breaks (engine/formats/jsonSyntax.ts); the line is the problem's row. */
  'load.policy_syntax': { kind: 'end' | 'trailing_comma' | 'key' | 'token' | 'control' | 'after'; column: number; found: string };
  'load.policy_invalid': { policyFile: string; issue: Message };

  // Comparing with an earlier submission (queries/revisions.ts).
  'compare.tree': { difference: Message };
  'compare.tree_expected': Record<never, never>;
  'compare.region_added': { code: string };
  'compare.region_removed': { code: string };
  'compare.level_differs': { code: string; before: string | null; after: string | null };
  'compare.parent_differs': { code: string; before: string | null; after: string | null };
  'compare.more_regions': Record<never, never>;

  // policy.json (policy.ts, stressScenario.ts): an issue at a path, and its reason.
  'policy.issue': { path: string; year: number | null; reason: Message<PolicyReasonCode> };
  'policy.not_json_object': Record<never, never>;
  'policy.not_object': Record<never, never>;
  'policy.unknown_key': Record<never, never>;
  'policy.missing': Record<never, never>;
  'policy.number_not_text': { value: Quoted; text: Quoted };
  'policy.not_decimal': { value: Quoted };
  'policy.not_ratio': { value: Quoted };
  'policy.negative': { value: Quoted };
  'policy.not_integer': { value: Quoted; min: Quoted };
  'policy.integer_above': { value: Quoted; max: Quoted };
  'policy.number_overflow': Record<never, never>;
  'policy.not_one_of': { value: Quoted; options: string };
  'policy.not_list_of': { options: string };
  'policy.not_text': Record<never, never>;
  'policy.not_city_code': { key: string };
  'policy.not_band_list': Record<never, never>;
  'policy.band_not_object': Record<never, never>;
  'policy.band_unknown_key': Record<never, never>;
  'policy.band_no_bound': Record<never, never>;
  'policy.band_both_lower': Record<never, never>;
  'policy.band_both_upper': Record<never, never>;
  'policy.band_empty': { from: Quoted; to: Quoted };
  'policy.band_order': { other: string };
  'policy.band_overlap': { other: string; from: Quoted; to: Quoted };
  'policy.band_gap': { other: string; from: Quoted; to: Quoted };
  'policy.coverage_no_target': Record<never, never>;
  'policy.target_is_band': Record<never, never>;
  'policy.deadline_is_timeliness': { setting: string };
  'policy.coverage_target_disagrees': { value: Quoted; other: string; otherValue: Quoted };
  'policy.deadline_disagrees': { value: Quoted; other: string; otherValue: Quoted; rule: string };
  'policy.schema': { value: Quoted };
  'policy.schema_missing': Record<never, never>;
  'policy.province_code_missing': Record<never, never>;
  'policy.province_code': { value: Quoted };
  'policy.years_empty': Record<never, never>;
  'policy.year_not_integer': { value: Quoted };
  'policy.year_order': { value: Quoted; previous: Quoted };
  'policy.weights_sum': { factor: Quoted; performance: Quoted };
  'policy.emergency_weights_sum': { population: Quoted; incidence: Quoted };
  'policy.range_order': { min: Quoted; max: Quoted };
  'policy.out_of_range': { value: Quoted; min: Quoted; max: Quoted };
  'policy.not_a_number': { value: Quoted; example: string; min: Quoted; max: Quoted };
  /** The stress page's fields take percentages (10 is 10%), where the address and the CLI write ratios. */
  'policy.not_a_percent': { value: Quoted; example: string; min: Quoted; max: Quoted };
  'policy.not_whole_quarters': { value: Quoted; min: Quoted; max: Quoted };
  'policy.unknown_parameter': { options: string };
  'policy.duplicate_parameter': Record<never, never>;
  'policy.duplicate_id': { value: Quoted };
  'policy.unknown_preset': { value: Quoted; options: string };

  // Exact splits refused (largestRemainder.ts, allocateByFactors.ts, splitSubsidy.ts, shareGap.ts).
  'split.amount_negative': { subject: Message; amount: string };
  'split.amount_not_fen': { subject: Message; amount: string };
  'split.weight_negative': { key: string; weight: string };
  'split.duplicate_recipient': { key: string };
  'split.weights_zero': { total: string };
  'split.factor_sum_zero': { subject: Message };
  'split.value_negative': { subject: Message; value: string };
  'split.weights_not_one': { factor: string; performance: string };
  'split.duplicate_region': { code: string };
  'split.no_region': { total: string };
  'split.ratio_range': { subject: Message; ratio: string };
  'split.money_invalid': { subject: Message; amount: string };
  'split.persons_invalid': { subject: Message; persons: string };
  'split.duplicate_category': { category: string };
  'split.city_ratio_range': { ratio: string };
  'split.duplicate_county': { code: string };
  'split.basis_negative': { code: string; basis: string };
  'split.exact_money': { subject: Message; amount: string };
  // What a refused split is about: the subject of the sentences above.
  'subject.total_to_split': Record<never, never>;
  'subject.total_by_factors': Record<never, never>;
  'subject.factor_weight': Record<never, never>;
  'subject.performance_weight': Record<never, never>;
  'subject.population_weight': Record<never, never>;
  'subject.incidence_weight': Record<never, never>;
  'subject.region_field': { code: string; field: string };
  'subject.need_tier': Record<never, never>;
  'subject.population': Record<never, never>;
  'subject.incidence': Record<never, never>;
  'subject.emergency_factors': Record<never, never>;
  'subject.performance_scores': Record<never, never>;
  'subject.per_capita_subsidy': Record<never, never>;
  'subject.insured': Record<never, never>;
  'subject.central_share': Record<never, never>;
  'subject.province_share': { tier: number };
  'subject.contribution': Record<never, never>;
  'subject.category_persons': { category: string };
  'subject.category_ratio': { category: string };
  'subject.income': Record<never, never>;
  'subject.expenditure': Record<never, never>;
  'subject.opening_balance': Record<never, never>;
  'subject.county_shortfall': { code: string };

  // Alerts (alerts/*.ts): each rule's formula with its figures filled in, the crossed bound and the severity.
  'alert.coverage': AlertBand & { region: string; enrolled: number; recipients: number; rate: Figure; threshold: Figure; isTarget: boolean };
  'alert.current_deficit': AlertSubject & { period: 'ytd' | 'quarter'; income: Figure; expenditure: Figure; balance: Figure; threshold: Figure };
  'alert.balance_rate': AlertSubject & { balance: Figure; income: Figure; rate: Figure; threshold: Figure };
  'alert.accumulated_negative': AlertSubject & { opening: Figure; income: Figure; expenditure: Figure; balance: Figure; threshold: Figure };
  /** `average` null: the history passed in does not reproduce the months, so the sentence leaves the average out. */
  'alert.months_payable': AlertSubject & { balance: Figure; window: number; average: Figure | null; months: Figure; threshold: Figure };
  /** The projected balance at the end of `quarter` enters a worse band; `turnsNegative`: the band is "below 0" and the balance is not negative now. */
  'alert.forecast_balance': AlertSubject & { seasonal: boolean; quarter: Quarter; balance: Figure; turnsNegative: boolean; threshold: Figure; current: Figure };
  /** Months payable at the end of `quarter`; `average` null when the months are 0 (the balance does not tell it); `current` null: not computable now. */
  'alert.forecast_months': AlertSubject & {
    seasonal: boolean;
    quarter: Quarter;
    balance: Figure;
    average: Figure | null;
    months: Figure;
    threshold: Figure;
    current: Figure | null;
  };
  'alert.budget_execution': AlertSubject & {
    direction: 'income' | 'expenditure';
    actual: Figure;
    budget: Figure;
    execution: Figure;
    elapsed: Figure;
    value: Figure;
    threshold: Figure;
  };
  'alert.growth_gap': AlertSubject & {
    expenditureGrowth: Figure;
    expenditure: Figure;
    expenditureBefore: Figure;
    incomeGrowth: Figure;
    income: Figure;
    incomeBefore: Figure;
    gap: Figure;
    threshold: Figure;
  };
  /** `threshold` is the crossed bound in money (bound × received), `share` the bound as a share of received (null: a bound of 0). */
  'alert.reconciliation': AlertSubject & {
    year: number;
    level: 'central' | 'province';
    /** What the dataset's Chinese calls the provincial level as a payer (LevelWords.province: 自治区 / 省级); English says province everywhere. */
    provinceWord: string;
    booked: Figure;
    received: Figure;
    difference: Figure;
    threshold: Figure;
    share: Figure | null;
    documents: readonly string[];
  };
  'alert.transfer_late': AlertSubject & { transfer: string; amount: Figure; issued: string; source: string; received: string; days: number; threshold: Figure };
  'alert.transfer_not_received': AlertSubject & { transfer: string; issued: string; amount: Figure; quarterEnd: string; received: string | null; threshold: Figure };
  /** `year` is the year allocated; the advance notices are for the year after. */
  'alert.advance_ratio': AlertSubject & { year: number; advance: Figure; allocated: Figure; ratio: Figure; threshold: Figure };

  // The page's own data (app/data).
  'builtin.file_unreadable': { file: string; status: number };
  'builtin.unloadable': { problems: readonly Message[] };
}

export type MessageCode = keyof MessageParams;

export type AlertCode = Extract<MessageCode, `alert.${string}`>;

export type PolicyReasonCode = Exclude<Extract<MessageCode, `policy.${string}`>, 'policy.issue'>;

/** A message as data: its code and the values it quotes, never a sentence. */
export type Message<C extends MessageCode = MessageCode> = { [K in C]: { readonly code: K; readonly params: MessageParams[K] } }[C];

/** Renders a nested message in the same language. */
export type Say = (message: Message) => string;

/**
 * How a sentence writes an amount of money (a Figure in yuan): the renderer
 * decides the unit (render.ts MoneyStyle), the catalogue where it goes.
 */
export interface MoneyWords {
  /** To 100 yuan: 万元 with two decimals (million yuan with four), or in the sentence's one unit. */
  rounded(yuan: Figure): string;
  /**
   * An amount compared with others (a reconciliation difference and its threshold): as `rounded`,
   * with more decimals (to the fen at most) only where those would read it as zero or not on its
   * own side of one of `beside` (render.ts recordPlaces).
   */
  exact(yuan: Figure, beside?: readonly Figure[]): string;
  /**
   * The terms of a sum written out (收入 a − 支出 b = c), each part then the
   * total, as `rounded` says them, balanced so that the written terms add up
   * (render.ts balancedTerms): rounded on their own, 20,444.70 − 24,077.00
   * read as = -3,632.29, which no reader can redo.
   */
  sum(parts: readonly Term[], total: Figure): string[];
}

/** A part of a written sum: an amount, subtracted when `minus`. */
export interface Term {
  yuan: Figure;
  minus?: boolean;
}

/**
 * How a sentence writes months payable, given the figure and its words
 * ("-0.60 个月"): the record keeps them; a reader sees 已透支 below zero, the
 * figure in brackets (render.ts MoneyStyle, domain/monthsPayableText).
 */
export type MonthsWords = (months: Figure, shown: string) => string;

/** One language's sentence for each code. */
export type Catalogue = { readonly [K in MessageCode]: (params: MessageParams[K], say: Say, money: MoneyWords, months: MonthsWords) => string };

export type ParamsArg<C extends MessageCode> = Record<never, never> extends MessageParams[C] ? [params?: MessageParams[C]] : [params: MessageParams[C]];

/** A message of `code`; its params may be left out when it quotes nothing. */
export function message<C extends MessageCode>(code: C, ...params: ParamsArg<C>): Message<C> {
  return { code, params: params[0] ?? {} } as Message<C>;
}
