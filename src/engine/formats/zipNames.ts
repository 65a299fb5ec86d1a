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
const DIRECTORY_ENTRY = 0x02014b50;
const UTF8_FLAG = 0x800;

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
 * For each entry whose name is neither flagged UTF-8 nor plain ASCII: the
 * name as fflate gives it (Latin-1) → the name meant. Empty when the
 * directory cannot be read (fflate then says what is wrong with the zip).
 */
export function meantZipNames(bytes: Uint8Array): Map<string, string> {
  const names = new Map<string, string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = directoryStart(view);
  while (at !== null && at + 46 <= bytes.length && view.getUint32(at, true) === DIRECTORY_ENTRY) {
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const raw = bytes.subarray(at + 46, Math.min(bytes.length, at + 46 + nameLength));
    if ((flags & UTF8_FLAG) === 0 && raw.some((b) => b >= 0x80)) {
      names.set(String.fromCharCode(...raw), decodeText(raw).text);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return names;
}
