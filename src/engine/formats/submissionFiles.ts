// What the page was given, as submissions (submissions.ts): ZIP files are
// unpacked (with the workbook reader's limits against zip bombs, xlsx.ts),
// and the ZIPs inside them (a province's ZIP of its cities' ZIPs) once more,
// then the files are grouped by folder. Every folder that holds a regions
// file (regions.csv / .xlsx / .parquet, or 行政区划.*) is one submission,
// named after the folder; a file in a folder below it belongs to it; a file
// beside the submission folders (a policy.json, say, next to the cities'
// folders) belongs to every one of them, so that all share it; another
// folder (a city's folder that lacks its regions file) is a submission of its
// own, whose load then says what it lacks. Fewer than two folders with a
// regions file: one dataset, loaded as always.
import { unzipSync } from 'fflate';
import { message, type Message } from '../../domain/messages/codes';
import { baseName, isFolderClutter, tableByName, type DatasetFile } from './files';
import { explain, type Problem } from '../ingest/problems';
import type { Submission } from '../ingest/submissions';
import { XLSX_LIMITS } from './xlsx';
import { crc32 } from './crc32';
import { meantZipNames, shownText, shownZipName, zipChecksums, zipEncrypted, zipPrefix, zipSymbolicLinks } from './zipNames';

function isZip(name: string): boolean {
  return baseName(name).toLowerCase().endsWith('.zip');
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

function unzipProblem(file: string, problem: Message): Problem {
  return {
    file,
    row: null,
    column: null,
    ...explain(problem, message('zip.expected')),
    severity: 'error',
  };
}

/**
 * The files of a ZIP, as paths under the ZIP's own name (`cities.zip/150100/fund_flows.csv` → `cities/150100/fund_flows.csv`).
 * A ZIP inside it (a province's ZIP of the cities' ZIPs) is unpacked the same way, one level deep, and counts
 * against the same limit of bytes: unpacked ZIPs inside ZIPs would otherwise multiply it.
 */
/** ZIP's compression methods besides stored (0) and Deflate (8), which are read: what 7-Zip and WinRAR offer. */
const OTHER_METHODS: Record<number, string> = { 9: 'Deflate64', 12: 'BZip2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES' };

function unpackZip(name: string, whole: Uint8Array, unpacked = { total: 0 }, nested = false): DatasetFile[] | Problem {
  // Bytes in front of the ZIP (a BOM, a CRLF, a self-extractor's stub) with its offsets not moved: read from where the ZIP starts.
  const bytes = whole.subarray(zipPrefix(whole));
  // Encrypted (ZipCrypto keeps method 8 or 0 and sets a flag fflate never looks at): said so, not "not a valid ZIP" or "damaged".
  if (zipEncrypted(bytes) !== null) return unzipProblem(baseName(name), message('zip.encrypted'));
  let tooBig: { name: string; size: number } | null = null;
  // A part packed another way than Deflate (7-Zip's BZip2, LZMA…, or encrypted): said so, not "not a valid ZIP".
  let otherMethod: { name: string; method: string } | null = null;
  // A path the zip holds twice: unpacked into one object, only the last would be kept, silently.
  const seen = new Set<string>();
  let twice: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(file) {
        if (/[/\\]$/.test(file.name) || isFolderClutter(file.name) || tooBig || otherMethod) return false;
        if (file.compression !== 0 && file.compression !== 8) {
          otherMethod = { name: file.name, method: OTHER_METHODS[file.compression] ?? `#${file.compression}` };
          return false;
        }
        if (seen.has(file.name)) twice ??= file.name;
        seen.add(file.name);
        unpacked.total += file.originalSize;
        const ratio = file.originalSize / Math.max(1, file.size);
        if (file.originalSize > XLSX_LIMITS.partBytes || unpacked.total > XLSX_LIMITS.totalBytes || (file.originalSize > 16 * 1024 * 1024 && ratio > XLSX_LIMITS.ratio)) {
          tooBig = { name: file.name, size: file.originalSize };
          return false;
        }
        return true;
      },
    });
  } catch {
    return unzipProblem(baseName(name), message('zip.invalid'));
  }
  const packed = otherMethod as { name: string; method: string } | null;
  if (packed) return unzipProblem(baseName(name), message('zip.method', { path: shownZipName(meantZipNames(bytes).get(packed.name) ?? packed.name), method: packed.method }));
  const refused = tooBig as { name: string; size: number } | null;
  if (refused) {
    return unzipProblem(
      baseName(name),
      message('zip.too_big', { part: shownZipName(meantZipNames(bytes).get(refused.name) ?? refused.name), bytes: refused.size, partLimit: XLSX_LIMITS.partBytes, totalLimit: XLSX_LIMITS.totalBytes, ratio: XLSX_LIMITS.ratio }),
    );
  }
  const meant = meantZipNames(bytes);
  // A name as a message quotes it: as meant, `/`-separated, bounded and free of control characters.
  const shown = (path: string): string => shownZipName(meant.get(path) ?? path);
  if (twice !== null) return unzipProblem(baseName(name), message('zip.entry_twice', { path: shown(twice) }));
  // fflate unpacks an entry into as many bytes as its directory claims and checks no checksum: a file that
  // claims fewer bytes than it holds came out cut short (at a line end: rows missing, silently).
  const checksums = zipChecksums(bytes);
  const damaged = Object.keys(entries).find((path) => {
    const stated = checksums.get(path);
    return stated !== undefined && stated !== crc32(entries[path] as Uint8Array);
  });
  if (damaged !== undefined) return unzipProblem(baseName(name), message('zip.entry_damaged', { path: shown(damaged) }));
  const link = [...zipSymbolicLinks(bytes)].find((path) => entries[path] !== undefined);
  if (link !== undefined) {
    const said = message('zip.symbolic_link', { path: shown(link), target: shownText(new TextDecoder().decode(entries[link]?.subarray(0, 256))) });
    return { ...unzipProblem(baseName(name), said), ...explain(said, message('zip.symbolic_link_expected')) };
  }
  const root = name.replace(/\.zip$/i, '');
  const files: DatasetFile[] = [];
  for (const [path, content] of Object.entries(entries)) {
    // The ZIP format's separator is `/`; old Windows tools wrote `\` (after decoding: a GBK character's second byte may be 0x5C).
    const file = { name: `${root}/${(meant.get(path) ?? path).replace(/\\/g, '/')}`, bytes: content };
    if (nested || !isZip(file.name)) {
      files.push(file);
      continue;
    }
    const inner = unpackZip(file.name, content, unpacked, true);
    if (!Array.isArray(inner)) return inner;
    files.push(...inner);
  }
  return files;
}

/** ZIP files replaced by what they hold; a ZIP that cannot be unpacked is a problem. */
export async function unpackZips(files: readonly DatasetFile[]): Promise<{ files: DatasetFile[]; problems: Problem[] }> {
  const out: DatasetFile[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    if (!isZip(file.name)) {
      out.push(file);
      continue;
    }
    const bytes = 'bytes' in file ? file.bytes : new Uint8Array(await file.blob.arrayBuffer());
    const unpacked = unpackZip(file.name, bytes);
    if (Array.isArray(unpacked)) out.push(...unpacked);
    else problems.push(unpacked);
  }
  return { files: out, problems };
}

function isRegionsFile(path: string): boolean {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 && /^\.(csv|xlsx|parquet)$/i.test(base.slice(dot)) && tableByName(base.slice(0, dot))?.name === 'regions';
}

/** The files grouped into submissions (see the top of this file); one submission when fewer than two folders hold a regions file. */
export function splitSubmissions(files: readonly DatasetFile[], name = ''): Submission[] {
  const kept = files.filter((f) => !isFolderClutter(f.name));
  const roots = [...new Set(kept.filter((f) => isRegionsFile(f.name)).map((f) => folderOf(f.name)))].sort();
  if (roots.length < 2) return [{ name, files: kept }];
  const rootOf = (path: string): string | undefined =>
    roots.filter((r) => r === '' || path.startsWith(`${r}/`)).sort((a, b) => b.length - a.length)[0];
  const outside = kept.filter((f) => rootOf(f.name) === undefined);
  // Beside the submission folders (in a folder above one of them): shared by all.
  const isAbove = (folder: string): boolean => roots.some((r) => folder === '' || r.startsWith(`${folder}/`));
  const shared = outside.filter((f) => isAbove(folderOf(f.name)));
  // A city folder without a regions file is a submission too: its load names what it lacks.
  const lacking = [...new Set(outside.filter((f) => !isAbove(folderOf(f.name))).map((f) => folderOf(f.name)))].sort();
  const folders = [...roots, ...lacking];
  // Named by the folder's own name; by its path when two folders share a name.
  const last = (r: string): string => r.slice(r.lastIndexOf('/') + 1);
  const label = (r: string): string => (folders.filter((o) => last(o) === last(r)).length > 1 ? r : last(r));
  return [
    ...roots.map((root) => ({ name: label(root), files: [...kept.filter((f) => rootOf(f.name) === root), ...shared] })),
    ...lacking.map((folder) => ({ name: label(folder), files: [...outside.filter((f) => folderOf(f.name) === folder), ...shared] })),
  ];
}
