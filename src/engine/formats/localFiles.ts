// Files of the dataset that lie on the machine's own disk (the command
// line's folder): native DuckDB can read such a file where it lies instead
// of being handed a copy. Which Blob is which file is recorded here, where
// the loader (browser-safe code) can ask without importing anything of
// Node's; nodeFiles.ts records, the native engine asks.
const PATHS = new WeakMap<Blob, string>();

/** Records that `blob` is the whole file at `path` (which must not change until loaded). */
export function markLocalFile(blob: Blob, path: string): Blob {
  PATHS.set(blob, path);
  return blob;
}

/** The path of the file `blob` is, when it is a whole file on this machine's disk. */
export function localFilePath(blob: Blob): string | undefined {
  return PATHS.get(blob);
}
