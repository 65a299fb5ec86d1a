// Node only (CLI, tests): a dataset folder as the same list a browser drop
// produces: {name, bytes} read into memory, or {name, blob} backed by the
// file (the command line: a CSV Blob is read piece by piece, as the page
// reads a picked File, so a roster of millions of rows is never held whole).
import { openAsBlob } from 'node:fs';
import type { Dirent } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { basename, join, resolve } from 'node:path';
import { isFolderClutter, type DatasetFile } from './files';
import { markLocalFile } from './localFiles';

/**
 * A directory entry that is a regular file, or a symbolic link to one (a data
 * folder assembled with `ln -s`: it was skipped, and regions.csv said missing
 * while `ls` showed it). A link to a folder, or a broken one, is not a file;
 * folders reached through links are never walked (a link to a parent would loop).
 */
async function isFileEntry(folder: string, e: Dirent): Promise<boolean> {
  if (e.isFile()) return true;
  if (!e.isSymbolicLink()) return false;
  return stat(join(folder, e.name)).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** Names of what a dataset is made of: a table's file, a ZIP of them, the policy. */
const DATA_NAME = /\.(csv|xlsx|parquet|zip|json)$/i;

/** What a data file's name stands for when it is not a file: a broken link, a folder, a pipe or a device. */
export type NotAFile = 'broken_link' | 'folder' | 'special';

/**
 * A data file's name (fund_flows.csv) on something that is no regular file:
 * a link to a file that was moved, a folder, a pipe or a device. Left out,
 * its table read as missing with no word of it (a broken link to the
 * city's fund_flows.csv gave a dataset with no fund figures, exit 0);
 * refused instead, naming it.
 */
export class NotAFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: NotAFile,
  ) {
    super(`${path}: ${kind}`);
  }
}

/** Throws NotAFileError for an entry named as data that is not a file (isFileEntry said no). */
async function refuseNotAFile(folder: string, e: Dirent, path: string): Promise<void> {
  if (!DATA_NAME.test(e.name)) return;
  if (e.isDirectory()) throw new NotAFileError(path, 'folder');
  const target = e.isSymbolicLink() ? await stat(join(folder, e.name)).catch(() => null) : null;
  if (e.isSymbolicLink() && target === null) throw new NotAFileError(path, 'broken_link');
  if (target?.isDirectory()) throw new NotAFileError(path, 'folder');
  throw new NotAFileError(path, 'special');
}

async function datasetNames(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !isFolderClutter(e.name));
  const files = await Promise.all(
    entries.map(async (e) => {
      if (await isFileEntry(dir, e)) return [e.name];
      await refuseNotAFile(dir, e, e.name);
      return [];
    }),
  );
  return files.flat().sort();
}

/** Every regular file directly in `dir` (folder clutter skipped: isFolderClutter), sorted by name, read into memory. */
export async function readDatasetDir(dir: string): Promise<DatasetFile[]> {
  const names = await datasetNames(dir);
  return Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

/** The same files as readDatasetDir, as Blobs backed by the files (not read yet; they must not change until loaded). */
export async function openDatasetDir(dir: string): Promise<DatasetFile[]> {
  const names = await datasetNames(dir);
  return Promise.all(names.map(async (name) => ({ name, blob: markLocalFile(await openAsBlob(join(dir, name)), resolve(dir, name)) })));
}

/**
 * Every regular file under `dir`, as openDatasetDir, named by its path below
 * `dir` (`150100/fund_flows.csv`): the list a picked folder gives the page,
 * which then unpacks ZIPs and splits it into submissions
 * (submissionFiles.ts). Folder clutter skipped; a symbolic link read as the file it
 * points to, never walked as a folder (isFileEntry).
 */
export async function openDatasetTree(dir: string): Promise<DatasetFile[]> {
  const out: DatasetFile[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = `${prefix}${e.name}`;
      if (isFolderClutter(path)) continue;
      if (e.isDirectory() && !DATA_NAME.test(e.name)) await walk(join(folder, e.name), `${path}/`);
      else if (await isFileEntry(folder, e)) out.push({ name: path, blob: markLocalFile(await openAsBlob(join(folder, e.name)), resolve(folder, e.name)) });
      else await refuseNotAFile(folder, e, path);
    }
  };
  await walk(dir, '');
  return out;
}

/**
 * A path given as the data: a folder's files (openDatasetTree), or a file
 * itself (a city's ZIP as it was sent), named by its own name — what the
 * page gets when that one file is dropped.
 */
export async function openDatasetPath(path: string): Promise<DatasetFile[]> {
  if (!(await stat(path)).isFile()) return openDatasetTree(path);
  return [{ name: basename(path), blob: markLocalFile(await openAsBlob(path), resolve(path)) }];
}

const CHUNK = 64 * 2 ** 20;

/**
 * True when the file is UTF-8 with no `\r` anywhere: what csvScan.ts hands
 * DuckDB as it is. Read in 64 MiB chunks with Node's own UTF-8 check (SIMD)
 * and memchr: ~0.5 s for a 1.2 GB roster, where scanning it through a Blob
 * in JavaScript took ~4 s. A character cut in two by a chunk's end is
 * carried over to the next chunk.
 */
export async function isPlainUtf8(path: string, chunk = CHUNK): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunk + 4);
    let carried = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, carried, chunk, null);
      const end = carried + bytesRead;
      if (bytesRead === 0) return carried === 0 || isUtf8(buffer.subarray(0, carried));
      if (buffer.subarray(0, end).indexOf(0x0d, carried) >= 0) return false;
      // Back to the start of the last character when it may be incomplete (a lead byte and fewer than 3 continuation bytes after it).
      let cut = end;
      for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
        const b = buffer[k] as number;
        if ((b & 0xc0) === 0x80) continue;
        if (b >= 0xc0) cut = k;
        break;
      }
      if (!isUtf8(buffer.subarray(0, cut))) return false;
      buffer.copy(buffer, 0, cut, end);
      carried = end - cut;
    }
  } finally {
    await file.close();
  }
}
