// The built-in dataset's fingerprints: SHA-256 over its files (names and
// bytes, by name). The build writes it into the snapshot (scripts/snapshot)
// from the very files it analyzed; the page computes it again over the files
// it fetched and loaded into the engine. Equal, the snapshot's numbers are
// the engine's for these data (test/scripts/snapshot.test.ts holds the
// computations equal), so the first quarter is not computed again
// (seedFirstScreen.ts, confirmFirstScreen).

export interface HashedFile {
  name: string;
  bytes: Uint8Array;
}

/** Hex SHA-256 of every file as `name NUL length NUL bytes`, in name order. */
export async function datasetSha256(files: readonly HashedFile[]): Promise<string> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    parts.push(encoder.encode(`${file.name}\0${file.bytes.length}\0`), file.bytes);
  }
  const whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return sha256Hex(whole);
}

/** Hex SHA-256 of bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export type Verified = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** The bytes, if their SHA-256 is `expected`. */
export async function verifyPrebuilt(bytes: Uint8Array, expected: string): Promise<Verified> {
  const actual = await sha256Hex(bytes);
  return actual === expected
    ? { ok: true, bytes }
    : { ok: false, message: `the prebuilt dataset's SHA-256 is ${actual}, the build's ${expected}: loading its CSV files instead` };
}
