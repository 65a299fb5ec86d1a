// Whether a load is the built-in sample again: the same file names with the
// same bytes. A reader who loads the sample folder from disk (or reloads it)
// is still looking at fictional figures, and the 示例数据 label must say so;
// a file changed by one byte is their data, not the sample.
import type { DatasetFile } from '../../engine/formats/files';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Base names only: a folder pick gives "sample/regions.csv", the build "regions.csv". */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}

function sizeOf(f: DatasetFile): number {
  return 'blob' in f ? f.blob.size : f.bytes.length;
}

async function bytesOf(f: DatasetFile): Promise<Uint8Array> {
  return 'blob' in f ? new Uint8Array(await f.blob.arrayBuffer()) : f.bytes;
}

export async function sameFiles(picked: readonly DatasetFile[], reference: readonly DatasetFile[]): Promise<boolean> {
  if (picked.length !== reference.length || picked.length === 0) return false;
  const byName = new Map(reference.map((f) => [baseName(f.name), f]));
  // Names and sizes first: a different dataset is told apart without reading a byte.
  const pairs = picked.map((f) => [f, byName.get(baseName(f.name))] as const);
  if (pairs.some(([f, ref]) => ref === undefined || sizeOf(f) !== sizeOf(ref))) return false;
  for (const [f, ref] of pairs) if (!sameBytes(await bytesOf(f), await bytesOf(ref!))) return false;
  return true;
}
