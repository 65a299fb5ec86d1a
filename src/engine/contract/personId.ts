// Person IDs (身份证号) never stay in the loaded tables, and since issue 6
// not even in the staged ones: as the roster is read, its `person_id` is
// replaced by the first 128 bits of sha256(salt ‖ id) as a UHUGEINT, with a
// random 128-bit salt drawn for each load and never stored. The same person
// still matches across sources within a load (that is all the
// deduplication needs), but a hash cannot be reversed by enumerating the
// ~10^9 plausible IDs of a county without the salt.
//
// What was weighed (issue 6):
// - Collisions: two persons sharing a hash would silently be merged. With
//   128 bits that has probability about n²/2^129: 10^-23 for 100 million
//   persons. 64 bits (DuckDB's hash(), or half a digest) would give
//   1.7·10^-7 for the benchmark's 2.5 million persons and about 5% for 1.4
//   billion: not taken.
// - Reversal: what protects an ID is the secret salt: without it no
//   candidate ID can be tested. DuckDB's hash() is a mixing function, not
//   built to be one-way.
// - MD5 (DuckDB's md5_number(), already a 128-bit integer) would do as
//   well here (its weakness is collisions between inputs an attacker
//   chooses, with a known prefix) and is cheaper in wasm: sha256() returns
//   64 hex characters a row that have to be parsed back, 345 ms per 550,000
//   rows against 29 ms. For the 5,000,000-row benchmark roster, back to
//   back: browser 11.8 s with SHA-256 and 9.8 s with MD5, native 6.2 s and
//   5.2 s, ratio 1.88–1.93 and 1.87–1.88. Kept SHA-256: the ratio is the
//   same, and MD5 is refused by security reviews as a rule.
// As an integer the ID takes 16 bytes in every table, hash table and sort,
// where the 64 hex digits of issue 4 took 64 bytes and more.
//
// For follow-up lists, a masked form (first 6 + **** + last 4, the region
// and the last digits an official checks against their own list) is
// computed as the file is read into `person_masked`.
import type { TableSpec } from './contract';
import { literal } from '../queries/sql';

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

/** SQL for the stored ID (UHUGEINT) of the raw text `v`: the first 32 hex digits of sha256(salt ‖ v); NULL for NULL. */
export function hashedIdSql(v: string, salt: string): string {
  const hex = `sha256(${literal(salt).text} || ${v})`;
  const half = (from: number): string => `CAST(CAST('0x' || substr(${hex}, ${from}, 16) AS UBIGINT) AS UHUGEINT)`;
  return `((${half(1)} << 64) | ${half(17)})`;
}

/** SQL for the masked ID: 18-digit IDs as 150102****1234; shorter ones keep only their first character. */
export function maskedIdSql(v: string): string {
  return `CASE WHEN length(${v}) >= 11 THEN left(${v}, 6) || '****' || right(${v}, 4) ELSE left(${v}, 1) || '****' END`;
}
