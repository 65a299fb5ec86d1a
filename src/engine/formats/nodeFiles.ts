// Node only (CLI, tests): a dataset folder as the same list a browser drop
// produces: {name, bytes} read into memory, or {name, blob} backed by the
// file (the command line: a CSV Blob is read piece by piece, as the page
// reads a picked File, so a roster of millions of rows is never held whole).
import { openAsBlob } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetFile } from './files';

async function datasetNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

/** Every regular file directly in `dir` (hidden files skipped), sorted by name, read into memory. */
export async function readDatasetDir(dir: string): Promise<DatasetFile[]> {
  const names = await datasetNames(dir);
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

/** The same files as readDatasetDir, as Blobs backed by the files (not read yet; they must not change until loaded). */
export async function openDatasetDir(dir: string): Promise<DatasetFile[]> {
  const names = await datasetNames(dir);
  return Promise.all(names.map(async (name) => ({ name, blob: await openAsBlob(join(dir, name)) })));
}
