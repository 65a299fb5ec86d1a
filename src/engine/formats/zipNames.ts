// Entry names of a ZIP as the tool that wrote it meant them. The ZIP format
// has one flag for "this name is UTF-8"; without it, fflate reads the name
// byte by byte as Latin-1. Windows' own "Send to → Compressed folder" (and
// WinRAR or 7-Zip with their defaults) on a Chinese Windows writes the
// names in GBK without the flag, and Info-ZIP and macOS write UTF-8 without
// it: either way `呼和浩特市/行政区划.csv` came out as mojibake, so the
// table was not recognised and the city folder not named. Such names are
// decoded as text files are (decode.ts: UTF-8 when the bytes are valid
// UTF-8, GB18030 otherwise), read from the zip's central directory.
import { decodeText } from './decode';

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UTF8_FLAG = 0x800;
/** General-purpose flag bit 0: the entry is encrypted (ZipCrypto, as `zip -P`, 7-Zip's and WinRAR's default for .zip; AES sets it too). */
const ENCRYPTED_FLAG = 0x1;
/** "Version made by" of a zip written on Unix (its high byte), whose external attributes hold the file's mode. */
const MADE_ON_UNIX = 3;
const MODE_TYPE = 0o170000;
const SYMBOLIC_LINK = 0o120000;

/** Where the central directory starts; null when the zip's end record is not found. */
function directoryStart(view: DataView): number | null {
  const length = view.byteLength;
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const start = view.getUint32(at + 16, true);
    if (start !== 0xffffffff) return start;
    // ZIP64: the locator just before the end record points at the ZIP64 end record, which holds the offset.
    if (at < 20 || view.getUint32(at - 20, true) !== ZIP64_LOCATOR) return null;
    const record = Number(view.getBigUint64(at - 20 + 8, true));
    return record + 56 <= length ? Number(view.getBigUint64(record + 48, true)) : null;
  }
  return null;
}

/**
 * How many bytes stand in front of the ZIP itself, its offsets not adjusted
 * for them: a UTF-8 BOM or a CRLF a web "export" script echoed before the
 * download, a self-extractor's stub. The end record says how long the
 * directory is, and the directory ends where the end record (or the ZIP64 end
 * record) starts: where it really starts, less where the end record says it
 * starts, is the prefix. unzip, 7-Zip and Python read such a ZIP the same way.
 * 0 when there is none, or when it cannot be told (then the ZIP is read as it is).
 */
export function zipPrefix(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.byteLength;
  for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    let prefix: number;
    let first: number;
    if (at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR) {
      // ZIP64 (over 65,535 entries, or past 4 GB): the directory ends at the ZIP64 end record, just before the locator, which states where that record is.
      const record = at - 20 - 56;
      if (record < 0 || view.getUint32(record, true) !== ZIP64_END) return 0;
      prefix = record - Number(view.getBigUint64(at - 20 + 8, true));
      first = record - Number(view.getBigUint64(record + 40, true));
    } else {
      first = at - view.getUint32(at + 12, true);
      prefix = first - view.getUint32(at + 16, true);
    }
    if (prefix <= 0 || first < 0 || first + 46 > length || view.getUint32(first, true) !== DIRECTORY_ENTRY) return 0;
    // The first entry's local header, moved by the prefix, must be one.
    const local = prefix + view.getUint32(first + 42, true);
    return local + 4 <= length && view.getUint32(local, true) === LOCAL_HEADER ? prefix : 0;
  }
  return 0;
}

/** The first entry that is encrypted (its name as fflate gives it); null when none is. */
export function zipEncrypted(bytes: Uint8Array): string | null {
  const entry = directory(bytes).find((e) => (e.flags & ENCRYPTED_FLAG) !== 0);
  return entry === undefined ? null : fflateName(entry);
}

/** The longest entry name a message quotes (in characters); a longer one is cut, with an ellipsis. */
const SHOWN_NAME_LENGTH = 120;

/**
 * An entry name as a message may quote it: control characters (and bytes no
 * encoding reads) as `?`, at most SHOWN_NAME_LENGTH characters. The name
 * comes from the file's own bytes: a damaged or hostile ZIP gave a "file
 * name" of 12 KB of binary.
 */
export function shownZipName(name: string): string {
  return shownText(name.replace(/\\/g, '/'));
}

/** Text taken from a file's own bytes (a name, a link's target) as a message may quote it: see shownZipName. */
export function shownText(text: string): string {
  const characters = Array.from(text, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0xfffd ? '?' : ch;
  });
  return characters.length > SHOWN_NAME_LENGTH ? `${characters.slice(0, SHOWN_NAME_LENGTH).join('')}…` : characters.join('');
}

/**
 * For each entry whose name is neither flagged UTF-8 nor plain ASCII: the
 * name as fflate gives it (Latin-1) → the name meant. Empty when the
 * directory cannot be read (fflate then says what is wrong with the zip).
 */
export function meantZipNames(bytes: Uint8Array): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of directory(bytes)) {
    if ((entry.flags & UTF8_FLAG) === 0 && entry.raw.some((b) => b >= 0x80)) names.set(String.fromCharCode(...entry.raw), decodeText(entry.raw).text);
  }
  return names;
}

/**
 * The entries (names as fflate gives them) that are symbolic links: `zip -y`
 * and macOS's Archive Utility store a link as an entry whose content is the
 * path it points to. Unpacked as a file, a link named regions.csv was read
 * as a table whose only line is `/etc/passwd`.
 */
export function zipSymbolicLinks(bytes: Uint8Array): Set<string> {
  const links = new Set<string>();
  for (const entry of directory(bytes)) {
    if (entry.madeBy >> 8 !== MADE_ON_UNIX || ((entry.attributes >>> 16) & MODE_TYPE) !== SYMBOLIC_LINK) continue;
    links.add(fflateName(entry));
  }
  return links;
}

/**
 * Each entry's CRC-32 as the directory states it, by its name as fflate
 * gives it; what was unpacked is checked against it (submissionFiles.ts).
 */
export function zipChecksums(bytes: Uint8Array): Map<string, number> {
  const checksums = new Map<string, number>();
  for (const entry of directory(bytes)) checksums.set(fflateName(entry), entry.crc);
  return checksums;
}

/** An entry's name as fflate decodes it: UTF-8 when flagged, else byte by byte (Latin-1). */
function fflateName(entry: DirectoryEntry): string {
  return (entry.flags & UTF8_FLAG) === 0 ? String.fromCharCode(...entry.raw) : new TextDecoder().decode(entry.raw);
}

interface DirectoryEntry {
  madeBy: number;
  flags: number;
  /** The CRC-32 of the file the entry holds, as the writer computed it. */
  crc: number;
  attributes: number;
  raw: Uint8Array;
}

/** The central directory's entries; none when it cannot be read (fflate then says what is wrong with the zip). */
function directory(bytes: Uint8Array): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = directoryStart(view);
  while (at !== null && at + 46 <= bytes.length && view.getUint32(at, true) === DIRECTORY_ENTRY) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      madeBy: view.getUint16(at + 4, true),
      flags: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 16, true),
      attributes: view.getUint32(at + 38, true),
      raw: bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}
