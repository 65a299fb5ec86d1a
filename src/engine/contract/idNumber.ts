// ID card numbers (身份证号) as the offices' lists write them. The roster is
// deduplicated by the hash of the ID (personId.ts), so one person written
// two ways would be two persons: the civil-affairs list types 123X where
// agriculture's has 123x, a Chinese input method gives full-width digits
// (１５０１…), a list groups the digits with spaces or hyphens, an old list
// keeps the first-generation 15-digit ID of a person another list has with
// 18 digits. Each is read as the one 18-character form before it is hashed
// and masked: half-width, an uppercase X, no separators, and a 15-digit ID
// converted as the standard does (GB 11643: "19" before its year, the ISO
// 7064 MOD 11-2 check character appended).
//
// An ID of neither form after that (a foreign resident's permit, a typing
// error) is still a person's key as written: counted in a notice
// (validate.ts), never refused, as the roster's other rows are the
// quarter's recipients. The check character of an 18-character ID is not
// tested: computed per row (17 digits weighted, mod 11) it took 650 ms of
// CPU for 2,000,000 IDs in DuckDB, a third of staging that roster (~2.0 s
// of CPU), where 5% was the budget.
import { literal } from '../queries/sqlText';
import { excelErrorSql, SCIENTIFIC_ID } from './personId';

/** An ID in the 18-character form: 17 digits and a digit or X. */
export const ID_18 = '[0-9]{17}[0-9X]';

/**
 * SQL true for the raw cell `v` already in the 18-character form (no
 * spaces to trim, nothing to normalise): almost every cell. Told by
 * DuckDB's integer reading (a third of the time of a regular expression,
 * ~0.1 s of 2,000,000 rows): 18 characters that read as an integer of 18
 * digits (17 before an X) can only be digits, once the reader's other
 * forms are ruled out — a sign, a space, `_` or a decimal point leave fewer
 * digits; an exponent (e) is excluded, and so are hex and binary (0x, 0b)
 * with every leading 0, which no region code has. NULL (not plain) where
 * the text is no such number.
 */
export function plainIdSql(v: string): string {
  const readAs = (text: string, digits: number): string => `TRY_CAST(${text} AS UBIGINT) >= 1${'0'.repeat(digits - 1)}`;
  return (
    `CASE WHEN strlen(${v}) <> 18 OR starts_with(${v}, '0') OR contains(${v}, 'e') OR contains(${v}, 'E') THEN false ` +
    `WHEN ends_with(${v}, 'X') THEN ${readAs(`left(${v}, 17)`, 17)} ELSE ${readAs(v, 18)} END`
  );
}

/** Characters read as others: full-width digits, x, Ｘ and the multiplication sign × typed for X; and separators, deleted (no counterpart). */
const READ_AS = { from: '０１２３４５６７８９xｘＸ×', to: '0123456789XXXX' };
/**
 * …and what a copy from a web page or a chat brings along unseen (zero-width
 * spaces and joiners, a BOM) and the apostrophe that kept a number as text
 * in Excel ('150102…, ’ as a word processor curls it), quotes an export
 * left inside the cell ("150102…"): each made one person two, counted
 * twice, where no ID has them.
 */
const SEPARATORS = [' ', '\u3000', '\u00a0', '\t', '\n', '\r', '-', '－', '‐', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', "'", '‘', '’', '"', '＂'];

/** The ISO 7064 MOD 11-2 weights of an 18-digit ID's first 17 digits (2^(17−i) mod 11), and the check character of each remainder. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * SQL for the 18-digit ID of the 15-digit ID `s` (region, YYMMDD,
 * sequence): "19" inserted before the year, the check character computed
 * over the 17 digits.
 */
export function eighteenDigitSql(s: string): string {
  // The 17 digits: s's first 6, then 1 and 9, then s's last 9.
  const digit = (i: number): string => (i < 6 ? `CAST(substr(${s}, ${i + 1}, 1) AS INTEGER)` : i === 6 ? '1' : i === 7 ? '9' : `CAST(substr(${s}, ${i - 1}, 1) AS INTEGER)`);
  const sum = WEIGHTS.map((w, i) => `${w} * ${digit(i)}`).join(' + ');
  return `left(${s}, 6) || '19' || right(${s}, 9) || substr(${literal(CHECK_CHARACTERS).text}, (${sum}) % 11 + 1, 1)`;
}

/**
 * SQL for the ID the trimmed text `v` writes (`v` already freed of an
 * export's `="…"`, keptAsText.ts: else the same person under two spellings
 * would hash to two persons): full-width digits and x as ASCII and X, spaces,
 * line breaks and hyphens taken out, a 15-digit ID (pandas' 150103550607012.0 too) as its 18-digit form. For the few cells
 * plainIdSql does not pass; any other text is returned with only those
 * characters changed.
 */
export function normalizedIdSql(v: string): string {
  const translated = `translate(${v}, ${literal(READ_AS.from + SEPARATORS.join('')).text}, ${literal(READ_AS.to).text})`;
  // A 15-digit ID as pandas writes a number column with an empty cell (150103550607012.0): the ID itself.
  const s = `regexp_replace(${translated}, '^([0-9]{15})[.]0+$', '\\1')`;
  return `CASE WHEN strlen(${s}) = 15 AND regexp_full_match(${s}, '[0-9]{15}') THEN ${eighteenDigitSql(s)} ELSE ${s} END`;
}

/**
 * SQL true for the normalised ID `id` that is not in the 18-character form
 * (`plain`: the raw cell was, plainIdSql). An ID in scientific notation
 * and an Excel error value are not: validation refuses them.
 */
export function malformedIdSql(id: string, plain: string): string {
  const refused = `regexp_full_match(${id}, '${SCIENTIFIC_ID}') OR ${excelErrorSql(id)}`;
  return `CASE WHEN ${plain} THEN false ELSE ${id} IS NOT NULL AND NOT regexp_full_match(${id}, '${ID_18}') AND NOT (${refused}) END`;
}
