// Person IDs (身份证号) never stay in the loaded tables. On load, the roster's
// `person_id` is replaced by sha256(salt ‖ id), with a random salt drawn for
// each load: the same person still matches across sources within a load
// (that is all the deduplication needs), but a hash cannot be reversed by
// enumerating the ~10^9 plausible IDs of a county without the salt, which is
// never stored. For follow-up lists, a masked form (first 6 + **** + last 4,
// the region and the last digits an official checks against their own list)
// is computed at load into `person_masked`. The raw ID exists only in the
// staged text table during validation, which is dropped after every load.
import { literal } from './sql';

export const PERSON_ID_COLUMN = 'person_id';
export const MASKED_ID_COLUMN = 'person_masked';

/** A fresh 128-bit salt as hex. */
export function newSalt(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SQL for the stored (hashed) ID of the raw text `v`. */
export function hashedIdSql(v: string, salt: string): string {
  return `sha256(${literal(salt).text} || ${v})`;
}

/** SQL for the masked ID: 18-digit IDs as 150102****1234; shorter ones keep only their first character. */
export function maskedIdSql(v: string): string {
  return `CASE WHEN length(${v}) >= 11 THEN left(${v}, 6) || '****' || right(${v}, 4) ELSE left(${v}, 1) || '****' END`;
}
