// What a valid cell of each column kind looks like: as a SQL predicate (run
// over every row of a staged table) and, for the rows that fail, a message
// that says what is wrong and what was expected.
import { message, type Message } from '../../domain/messages/codes';
import type { ColumnSpec } from './contract';
import type { MoneyUnit } from '../formats/csvHeader';
import { EXCEL_ERRORS, excelErrorSql, scientificIdSql } from './personId';
import { excelSerialDate } from '../formats/xlsx';
import { Dec } from '../../domain/money';

/**
 * A time of day after a date, as business systems export a date field
 * (2021-10-22 00:00:00) and Excel saves a date-and-time cell to CSV
 * (2021/10/22 0:00): a real time, 00:00 to 23:59:59 and fractions of a second.
 * The day is the date, as a date cell of a workbook with a time reads
 * (xlsx.ts, excelSerialDate).
 */
const TIME_OF_DAY = '[ T]([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9]([.][0-9]{1,9})?)?';

/** A zero written with a minus (-0, -0.00): zero, never a negative amount. */
const NEGATIVE_ZERO = '-0+([.]0+)?';

/** RE2 patterns for `regexp_full_match`; `[0-9]` rather than `\d` so no escaping is involved. */
const PATTERN = {
  region_code: '[0-9]{6}',
  quarter: '[0-9]{4}Q[1-4]',
  year: '[0-9]{4}',
  // Year first, as ISO and as Excel on Chinese Windows saves a date (2024/3/5, 2024年3月5日): never ambiguous.
  // Also eight digits (20240305), as finance and civil-affairs systems export a date field: a day written
  // month or day first (05032024) never passes as one, its "month" being 20 or more.
  // A time of day may follow (TIME_OF_DAY): the date is its day.
  date: `[0-9]{4}(-[0-9]{1,2}-[0-9]{1,2}|/[0-9]{1,2}/[0-9]{1,2}|[.][0-9]{1,2}[.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4})(${TIME_OF_DAY})?`,
  // Safe integers only: counts arrive in JavaScript as numbers. A point and zeros after it (41216.0, as pandas
  // writes a count column that has an empty cell) are the same whole number.
  count: '[0-9]{1,15}([.]0+)?',
  // DECIMAL(18,2): up to 16 integer digits. Zeros after the second decimal are the same amount (603160.5900, as
  // SQL Server writes its money type and databases a DECIMAL(18,4)); -0.00 (Excel's display of a tiny negative
  // difference, saved to CSV) is zero.
  money: `${NEGATIVE_ZERO}|[0-9]{1,16}([.][0-9]{1,2}0*)?`,
  signedMoney: '-?[0-9]{1,16}([.][0-9]{1,2}0*)?',
  // DECIMAL(18,6).
  decimal: '[0-9]{1,12}([.][0-9]{1,6}0*)?',
} as const;

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The formats PATTERN.date allows (one- or two-digit month and day each, but in the eight-digit form). */
const DATE_FORMATS = ['%Y-%m-%d', '%Y/%m/%d', '%Y.%m.%d', '%Y年%m月%d日', '%Y%m%d'];

/** The date the text `v` writes, its day where a time follows; NULL when it is none (2024-02-30). */
function dateSql(v: string): string {
  const day = `CASE WHEN strpos(${v}, ':') = 0 THEN ${v} ELSE regexp_replace(${v}, '[ T][0-9]{1,2}:[0-9:.]*$', '') END`;
  return `CAST(try_strptime(${day}, [${DATE_FORMATS.map(sqlString).join(', ')}]) AS DATE)`;
}

/**
 * Booleans as exported (true/false, TRUE/FALSE, 1/0, Y/N, yes/no), as
 * Chinese tables write them (是/否, √/×) and as an enrolment column says it
 * in words (已参保/未参保): each unambiguous in a yes/no column.
 */
const BOOLEAN_TEXT = {
  true: ['true', '是', '1', 'y', 'yes', '√', '✓', '已参保', '参保'],
  false: ['false', '否', '0', 'n', 'no', '×', '✗', '未参保', '不参保'],
} as const;

/** Money in 万元 or 亿元: `digits` fewer integer digits and `digits` more decimals, so that in yuan it fits DECIMAL(18,2) to the fen. */
function moneyPattern(signed: boolean, unit: MoneyUnit | null): string {
  const k = unit?.digits ?? 0;
  const pattern = `${signed ? '-?' : ''}[0-9]{1,${16 - k}}([.][0-9]{1,${2 + k}}0*)?`;
  return signed ? pattern : `${NEGATIVE_ZERO}|${pattern}`;
}

/** SQL that is true when the non-NULL text `v` is NOT a valid value of the column (money in `unit` when given). */
export function invalidValueSql(column: ColumnSpec, v: string, unit: MoneyUnit | null = null): string {
  const mismatch = (pattern: string): string => `NOT regexp_full_match(${v}, ${sqlString(pattern)})`;
  switch (column.kind) {
    case 'region_code':
    case 'quarter':
    case 'year':
    case 'count':
    case 'decimal':
      return mismatch(PATTERN[column.kind]);
    case 'date':
      return `(${mismatch(PATTERN.date)} OR ${dateSql(v)} IS NULL)`;
    case 'money':
      return mismatch(unit && unit.digits > 0 ? moneyPattern(column.signed === true, unit) : column.signed ? PATTERN.signedMoney : PATTERN.money);
    case 'boolean':
      return `lower(${v}) NOT IN (${[...BOOLEAN_TEXT.true, ...BOOLEAN_TEXT.false].map(sqlString).join(', ')})`;
    case 'enum':
      return `${v} NOT IN (${(column.values ?? []).map(sqlString).join(', ')})`;
    case 'person_id':
      // `v` is the masked ID: the ID itself is hashed as it is read (personId.ts).
      return scientificIdSql(v);
    case 'text':
      // Any text is a valid name, so an Excel error value a failed lookup left in a CSV (#N/A) would load as one.
      return excelErrorSql(v);
  }
}

/** SQL that turns the text `v` into the column's table type `type`; NULL where the text is not a valid value (validation then refuses the table). */
export function typedSql(column: ColumnSpec, v: string, type: string): string {
  if (column.kind === 'boolean') {
    const listed = (texts: readonly string[]): string => texts.map(sqlString).join(', ');
    return `CASE WHEN lower(${v}) IN (${listed(BOOLEAN_TEXT.true)}) THEN true WHEN lower(${v}) IN (${listed(BOOLEAN_TEXT.false)}) THEN false END`;
  }
  if (column.kind === 'date') return dateSql(v);
  return type === 'VARCHAR' ? v : `TRY_CAST(${v} AS ${type})`;
}

/**
 * A true/false column as a big file's reader can type it (stage.ts, fastSql):
 * an ENUM of the spellings office tools write for the values typedSql reads
 * (true, TRUE, True, 是…), so that the reader refuses anything else (then the
 * file is read the general way) and no cell is kept as text or lowered.
 */
export function readerBoolean(): { type: string; isTrue: (cell: string) => string } {
  const spellings = (texts: readonly string[]): string[] =>
    [...new Set(texts.flatMap((t) => [t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)]))];
  const all = spellings([...BOOLEAN_TEXT.true, ...BOOLEAN_TEXT.false]);
  const trueOnes = spellings(BOOLEAN_TEXT.true);
  return {
    type: `ENUM(${all.map(sqlString).join(', ')})`,
    isTrue: (cell) => `(${cell} IN (${trueOnes.map(sqlString).join(', ')}))`,
  };
}

/** What a valid cell of the column looks like (money in `unit` when given). */
export function expectedValue(column: ColumnSpec, unit: MoneyUnit | null = null): Message {
  if (column.kind === 'money' && unit && unit.digits > 0) {
    return message('cell.expected_in_unit', { unit: unit.label, decimals: 2 + unit.digits, signed: column.signed === true });
  }
  const values = column.values ?? [];
  const words = column.words;
  return message('cell.expected', { kind: column.kind, signed: column.signed === true, values, ...(words ? { names: values.map((v) => words[v]?.[0] ?? '') } : {}) });
}

/** A negative number, not a lone dash (what office tables write for "nothing") or other text after a minus. */
function isNegative(value: string): boolean {
  return /^-(\d|\.\d)/.test(value);
}

/**
 * A date with or without a time of day, year first, as xlsxTable.ts writes a
 * cell shown as a date and as people type one. Not 2024.1.5, which in an
 * amount is as likely a mistyped number.
 */
const DATE_TIME = /^[0-9]{4}(-[0-9]{1,2}-[0-9]{1,2}|\/[0-9]{1,2}\/[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)([ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?$/;
const TIME = /^[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$/;
const PERCENT = /^-?[0-9]+([.][0-9]+)?%$/;

/**
 * A value that is a date, a time or a percentage, which the user sees in
 * their spreadsheet (xlsxTable.ts writes a date cell so) where the column
 * holds none: said as what it is. A quarter is never taken from a date: the
 * contract's quarter is YYYYQn (DESIGN.md), and a date could be the quarter's
 * end as much as the day a report was made.
 */
function shownAs(kind: ColumnSpec['kind'], value: string): 'date' | 'time' | 'percent' | null {
  if (kind === 'text' || kind === 'date' || kind === 'person_id') return null;
  if (DATE_TIME.test(value)) return 'date';
  if (TIME.test(value)) return 'time';
  return (kind === 'money' || kind === 'count') && PERCENT.test(value) ? 'percent' : null;
}

/** A bad cell is quoted up to this many characters; the row and column find the rest. */
const QUOTED_CHARS = 40;

/**
 * Why the text `value` (or an empty cell, null) is not a valid cell of the
 * column. The column's label is quoted for the Chinese, which names it. The
 * cell is judged whole and quoted by its start: a hostile file's cell of
 * megabytes made a line of megabytes on the page and the command line.
 */
export function describeInvalid(column: ColumnSpec, value: string | null, unit: MoneyUnit | null = null): Message {
  const said = invalidCell(column, value, unit);
  const params = said.params as { value?: unknown };
  if (typeof params.value !== 'string' || params.value.length <= QUOTED_CHARS) return said;
  // Not half of a character outside the BMP (𠀀 is two UTF-16 units).
  const start = params.value.slice(0, /[\uD800-\uDBFF]/.test(params.value[QUOTED_CHARS - 1] ?? '') ? QUOTED_CHARS - 1 : QUOTED_CHARS);
  return { ...said, params: { ...params, value: `${start}…` } } as Message;
}

function invalidCell(column: ColumnSpec, value: string | null, unit: MoneyUnit | null): Message {
  const { label, kind } = column;
  if (value === null) return message('cell.empty', { label });
  if (value.startsWith('=') && value.length > 1) return message('cell.formula', { label, value });
  // Whatever the column, a failed formula is said as one (the pattern would call #N/A a badly written quarter).
  if ((EXCEL_ERRORS as readonly string[]).includes(value)) return message('cell.excel_error', { label, value });
  // Excel's comma and accounting formats show 0 as a dash, and a CSV saved "as shown" keeps it: said so, not read
  // as 0 (a dash alone may as well mean "nothing", data/README.md), with how to save the file.
  if ((kind === 'money' || kind === 'count' || kind === 'decimal') && /^[-－—–]$/.test(value)) return message('cell.dash_zero', { label, value });
  // A ratio written as a percentage (80% in tier_ratio): which decimal to write instead.
  if (kind === 'decimal' && PERCENT.test(value)) return message('cell.percent_ratio', { label, value, decimal: new Dec(value.slice(0, -1)).div(100).toString() });
  // A date column saved to CSV while formatted as a number: Excel's day count, with the day it stands for.
  const serialDay = kind === 'date' && /^\d{5}(\.\d+)?$/.test(value) ? excelSerialDate(value) : null;
  if (serialDay !== null) return message('cell.date_serial', { value, date: serialDay });
  // A timestamp with its zone (2021-10-21T16:00:00.000Z, as JavaScript and JSON exports write one): its day is
  // the zone's, which may not be the day in China; said so rather than read as a day that could be one off.
  if (kind === 'date' && new RegExp(`^${PATTERN.date}(Z|[+-][0-9]{2}(:?[0-9]{2})?)$`).test(value)) return message('cell.date_zoned', { label, value });
  const shown = shownAs(kind, value);
  if (shown) return shown === 'percent' ? message('cell.percent', { kind: kind as 'money' | 'count', label, value }) : message('cell.date_not_kind', { kind, label, value, time: shown === 'time' });
  // One way to split the mantissa's digits: `\d+\.?\d*` had as many as digits, and a
  // 3 MB cell of digits took the page (and the command line) hours to refuse.
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)[eE][-+]?\d+$/.test(value) && (kind === 'count' || kind === 'money' || kind === 'decimal')) {
    // Excel writes a number of 16 digits or more so whatever the cell's format (1E+20): too large is what is wrong with it.
    if ((kind === 'count' || kind === 'money') && Math.abs(Number(value)) >= 1e16) return message('cell.too_large', { kind, label, value, unit: null });
    return message('cell.scientific', { label, value });
  }
  // 12.5万元 in a cell: the unit belongs above the header or after the column's name, once for the table.
  if (kind === 'money' && /^-?[0-9.,]+\s*(万元|亿元|万|亿)$/.test(value)) return message('cell.unit_in_cell', { label, value });
  if (kind === 'money' && unit && unit.digits > 0) {
    const decimals = 2 + unit.digits;
    if (isNegative(value) && !column.signed) return message('cell.negative', { kind, label, value });
    if (new RegExp(`^-?\\d+\\.\\d{${decimals + 1},}$`).test(value)) return message('cell.too_many_decimals', { value, unit: unit.label, decimals });
    if (/^-?\d+(\.\d+)?$/.test(value)) return message('cell.too_large', { kind, label, value, unit: unit.label });
    return message('cell.invalid', { kind, label, value });
  }
  switch (kind) {
    case 'person_id':
      return message('cell.id_scientific', { value });
    case 'region_code':
      return /^\d+\.0+$/.test(value) ? message('cell.decimal_point', { value }) : message('cell.invalid', { kind, label, value });
    case 'date':
      return new RegExp(`^${PATTERN.date}$`).test(value) ? message('cell.no_such_date', { value }) : message('cell.invalid', { kind, label, value });
    case 'count':
      if (isNegative(value)) return message('cell.negative', { kind, label, value });
      return /^\d+$/.test(value) ? message('cell.too_large', { kind, label, value, unit: null }) : message('cell.invalid', { kind, label, value });
    case 'money':
      if (isNegative(value) && !column.signed) return message('cell.negative', { kind, label, value });
      if (/^-?\d+\.\d{3,}$/.test(value)) return message('cell.too_many_decimals', { value, unit: null, decimals: 2 });
      if (/^-?\d{17,}(\.\d{1,2})?$/.test(value)) return message('cell.too_large', { kind, label, value, unit: null });
      return message('cell.invalid', { kind, label, value });
    default:
      return message('cell.invalid', { kind, label, value });
  }
}
