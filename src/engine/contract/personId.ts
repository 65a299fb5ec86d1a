// Person IDs (身份证号) never stay in the loaded tables, and since issue 6
// not even in the staged ones: as the roster is read, its `person_id` is
// replaced by the keyed 128-bit hash md5(salt ‖ id) as a UHUGEINT
// (DuckDB's md5_number: the digest read as a little-endian integer), with
// a random 128-bit salt drawn for each load and never stored. The same
// person still matches across sources within a load (that is all the
// deduplication needs), but a hash cannot be reversed by enumerating the
// ~10^9 plausible IDs of a county without the salt.
//
// What was weighed (issue 6, and issue 17 for the province's 20 M rows):
// - Collisions: two persons sharing a hash would silently be merged. With
//   128 bits that has probability about n²/2^129: 10^-23 for 100 million
//   persons. 64 bits (DuckDB's hash(), or half a digest) would give
//   1.7·10^-7 for the benchmark's 2.5 million persons and about 5% for 1.4
//   billion: not taken.
// - Reversal: what protects an ID is the secret salt: without it no
//   candidate ID can be tested. DuckDB's hash() is a mixing function, not
//   built to be one-way.
// - SHA-256 or MD5. Issue 6 took the first 128 bits of sha256(salt ‖ id):
//   DuckDB's sha256() returns 64 hex characters a row, which had to be cut
//   and parsed back into two integers. md5_number() hands over the 128-bit
//   integer itself. Measured on the 2-core machine (issue 17): 2,000,000
//   roster IDs, SHA-256 hex alone 364 ms, the issue-6 SHA-256 integer 685 ms,
//   md5_number 124 ms; ten times that difference, ~5.6 s, on the
//   20,000,000-row roster, whose floor (bare DuckDB reading the file and
//   deduplicating) is ~8 s. MD5's known weakness is collisions between inputs an attacker
//   chooses under a known prefix: here the prefix is a secret salt drawn
//   per load, the inputs are the province's own ID lists, and preimages
//   (what reversal would need) are as hard as ever. So MD5, keyed.
// As an integer the ID takes 16 bytes in every table, hash table and sort,
// where the 64 hex digits of issue 4 took 64 bytes and more.
//
// For follow-up lists, a masked form (first 6 + **** + last 4, the region
// and the last digits an official checks against their own list) is
// computed as the file is read into `person_masked`.
import type { TableSpec } from './contract';
import { literal } from '../queries/sqlText';

export const PERSON_ID_COLUMN = 'person_id';
export const MASKED_ID_COLUMN = 'person_masked';
/** The stored ID's type, in staged and loaded tables. */
export const PERSON_ID_TYPE = 'UHUGEINT';

/** The tables whose `person_id` is hashed as it is read (the roster). */
export function hasPersonIds(spec: TableSpec): boolean {
  return spec.columns.some((c) => c.name === PERSON_ID_COLUMN);
}

/** A fresh 128-bit salt as hex. */
export function newSalt(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SQL for the stored ID (UHUGEINT) of the raw text `v`: md5(salt ‖ v) as a little-endian 128-bit integer; NULL for NULL. */
export function hashedIdSql(v: string, salt: string): string {
  return `CAST(md5_number(${literal(salt).text} || ${v}) AS UHUGEINT)`;
}

/**
 * An ID a spreadsheet took for a number, as it saves it: "1.50102E+17" in a
 * CSV, 1.50102199001011E+17 in an XLSX (xlsx.ts keeps such a number's
 * text). At most 15 digits are left, so two persons can become one.
 */
export const SCIENTIFIC_ID = '[0-9]([.][0-9]+)?[eE][+]?[0-9]+';
/** Its masked form (maskedIdSql), the only form validation sees: "1.50****E+17". */
const SCIENTIFIC_MASKED = '[0-9]([.][0-9]{0,2})?[*]{4}[eE][+]?[0-9]+';

/**
 * SQL for the masked ID: 18-digit IDs as 150102****1234; shorter ones keep
 * only their first character; one in scientific notation its first digits
 * and its exponent ("1.50****E+17"), so that validation can refuse it.
 */
export function maskedIdSql(v: string): string {
  // Each rare case is first told by a character it must have ('#', an 'E'): the list and the regular
  // expression then run on those rows only (DuckDB's AND skips the rest), ~0.3 s of a 20,000,000-row read.
  return (
    `CASE WHEN starts_with(${v}, '#') AND ${excelErrorSql(v)} THEN ${v} ` +
    `WHEN (contains(${v}, 'E') OR contains(${v}, 'e')) AND regexp_full_match(${v}, '${SCIENTIFIC_ID}') THEN regexp_extract(${v}, '^[0-9]([.][0-9]{0,2})?') || '****' || regexp_extract(${v}, '[eE][+]?[0-9]+$') ` +
    `WHEN length(${v}) >= 11 THEN left(${v}, 6) || '****' || right(${v}, 4) ELSE left(${v}, 1) || '****' END`
  );
}

/**
 * Excel's error values, which a spreadsheet saves as text in place of an ID
 * that a formula (a lookup) failed to find: every row of one would be one
 * person. Kept unmasked (they are not IDs), so that validation refuses them.
 */
export const EXCEL_ERRORS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'] as const;

/**
 * SQL true when `v` is one of Excel's error values. `IN (…)`, which DuckDB
 * plans as a join every row is probed against, measured faster than the
 * list function `list_contains([…], v)` that skips the join: reading a
 * province's 20,000,000-row roster natively took 3.7 s longer (5.7 s of
 * CPU) with the list, the browser's 5,000,000 rows the same time.
 */
export function excelErrorSql(v: string): string {
  return `${v} IN (${EXCEL_ERRORS.map((e) => `'${e}'`).join(', ')})`;
}

/** SQL that is true when the masked ID `masked` stands for an ID in scientific notation or is an Excel error value. */
export function scientificIdSql(masked: string): string {
  return `(regexp_full_match(${masked}, '${SCIENTIFIC_MASKED}') OR ${excelErrorSql(masked)})`;
}
