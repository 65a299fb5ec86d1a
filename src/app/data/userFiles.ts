// Turning what the user picked or dropped into named files. A folder may
// come from <input webkitdirectory> (File.webkitRelativePath) or from a drop
// (FileSystemEntry tree); both end up as a flat list of files. The Files
// themselves are handed on, unread: the engine reads a CSV file in slices
// and DuckDB reads it in its worker, so a roster of hundreds of megabytes is
// never held whole by the page (engine/csvScan.ts).
import type { Label } from '../../domain/lang';
import type { DatasetFile } from '../../engine/formats/files';
import { isFolderClutter } from '../../engine/formats/clutter';

export interface PickedFiles {
  files: DatasetFile[];
  /** What the header shows for this dataset: the folder name, or the file name(s), in both languages. */
  name: Label;
  /** A folder the user picked that holds no file: still loaded, to say what is missing (a drop of no file is no pick). */
  emptyFolder?: true;
}

/** The folder name when every path shares one top folder, else a short list of file names. */
export function datasetName(paths: readonly string[]): Label {
  const tops = new Set(paths.map((p) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : '')));
  const [top] = [...tops];
  if (tops.size === 1 && top) return { zh: top, en: top };
  const bases = paths.map((p) => p.slice(p.lastIndexOf('/') + 1));
  if (bases.length <= 2) return { zh: bases.join('、'), en: bases.join(', ') };
  const first = bases[0] ?? '';
  const more = bases.length - 1;
  return { zh: `${first} 等 ${bases.length} 个文件`, en: `${first} and ${more} more file${more === 1 ? '' : 's'}` };
}

function toDatasetFiles(entries: readonly { path: string; file: File }[]): PickedFiles {
  const kept = entries.filter((e) => !isFolderClutter(e.path));
  const files = kept.map((e) => ({ name: e.path, blob: e.file }));
  return { files, name: datasetName(kept.map((e) => e.path)) };
}

export async function readFileList(list: FileList | readonly File[]): Promise<PickedFiles> {
  return toDatasetFiles(
    Array.from(list).map((file) => ({ path: file.webkitRelativePath || file.name, file })),
  );
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** readEntries returns a directory in batches; keep reading until an empty batch. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function collect(entry: FileSystemEntry, prefix: string, out: { path: string; file: File }[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    out.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
  } else if (entry.isDirectory) {
    for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) await collect(child, path, out);
  }
}

export async function readDrop(transfer: DataTransfer): Promise<PickedFiles> {
  // Entries must be taken synchronously: the DataTransfer empties after the event.
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return readFileList(transfer.files);
  const out: { path: string; file: File }[] = [];
  for (const entry of entries) await collect(entry, '', out);
  return toDatasetFiles(out);
}
