// Node only (CLI, tests): a dataset folder as the same {name, bytes} list a
// browser drop produces.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetFile } from './files';

/** Every regular file directly in `dir` (hidden files skipped), sorted by name. */
export async function readDatasetDir(dir: string): Promise<DatasetFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}
