// A CSV file read in slices, never whole: its encoding (decode.ts's rule),
// whether it is blank, its header record, and what DuckDB should read.
// A UTF-8 file with `\n` line ends is handed to DuckDB as it is (in the
// browser, the File the user picked: DuckDB reads it lazily in its worker);
// only a GBK/GB18030 file, a UTF-16 file with a BOM (Excel's "Unicode text")
// or one with `\r` line ends is rewritten, slice by slice, as UTF-8 with `\n`
// line ends (DuckDB's strict reader refuses mixed line ends, and a quoted
// cell keeps a `\r` that the user never sees). The text at the top is kept
// for finding the header below title and unit lines, and the delimiter
// (comma or tab), in stage.ts.
// A file over `piece` bytes is also cut between records into pieces that are
// loaded one after another (stage.ts): DuckDB keeps what a statement
// inserts uncompressed until it commits, so one statement per piece bounds
// that to a piece.
import { HEADER_SEARCH_ROWS, leadingRecords } from './csvHeader';
import type { TextEncodingName } from './decode';
import type { CsvDisguise } from '../../domain/messages/codes';

/** A file's content: bytes in memory, or a Blob (a File the user picked) read in slices. */
export type FileContent = Uint8Array | Blob;

export interface CsvScan {
  encoding: TextEncodingName;
  /** True when GB18030 (or UTF-16) decoding produced U+FFFD: the file is none of the encodings read. */
  garbled: boolean;
  /** Nothing but whitespace. */
  blank: boolean;
  /** Cells of the first record (BOM stripped; at most the first MiB of text is looked at). */
  header: string[];
  /**
   * The text at the top of the file (BOM stripped, line ends as in the file):
   * its first records, or its first MiB, for finding the header row below
   * title and unit lines (csvHeader.ts, findHeaderRow).
   */
  head: string;
  /** `utf8` starts with a UTF-8 BOM (3 bytes before the text of `head`). */
  utf8Bom: boolean;
  /** UTF-8 with `\n` line ends: the file itself when it already is, else a rewritten copy (a Blob for a Blob). */
  utf8: FileContent;
  /** Byte offsets in `utf8` where a piece starts, after the first (which starts at 0): each just after a record's line end. */
  cuts: number[];
}

export interface ScanOptions {
  /** Bytes of a piece (default 32 MiB, some 500,000 roster rows); smaller files are one piece. */
  piece?: number;
  /** Bytes read at a time (default 8 MiB). */
  slice?: number;
}

export const PIECE_BYTES = 32 * 2 ** 20;
const SLICE_BYTES = 8 * 2 ** 20;

/** Rewritten slices are gathered into a Blob every 64 MiB, so the page never holds more than that. */
const GATHER = 64 * 2 ** 20;
const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;

/**
 * The content in slices: big enough to be fast, small enough to stay out of
 * sight of the page's memory. A Blob is read through one buffer that every
 * slice reuses (a BYOB stream reader): reading a 300 MB file as new
 * ArrayBuffers left hundreds of megabytes of them for the garbage collector,
 * which the page did not run in time. A slice is only valid until the next.
 */
async function* slices(content: FileContent, slice: number): AsyncGenerator<Uint8Array> {
  if (content instanceof Uint8Array) {
    for (let at = 0; at < content.byteLength; at += slice) yield content.subarray(at, at + slice);
    return;
  }
  const reader = byobReader(content);
  if (!reader) {
    for (let at = 0; at < content.size; at += slice) yield new Uint8Array(await content.slice(at, at + slice).arrayBuffer());
    return;
  }
  let buffer = new ArrayBuffer(slice);
  try {
    for (let done = false; !done; ) {
      let filled = 0;
      while (filled < slice) {
        const read = await reader.read(new Uint8Array(buffer, filled, slice - filled));
        if (read.value) buffer = read.value.buffer as ArrayBuffer;
        if (read.done) {
          done = true;
          break;
        }
        filled += read.value.byteLength;
      }
      if (filled > 0) yield new Uint8Array(buffer, 0, filled);
    }
  } finally {
    reader.releaseLock();
  }
}

function byobReader(blob: Blob): ReadableStreamBYOBReader | null {
  try {
    return blob.stream().getReader({ mode: 'byob' });
  } catch {
    return null;
  }
}

/** A header record is looked for in the first MiB (a quote left open would otherwise take in the whole file). */
const HEADER_TEXT = 2 ** 20;

/** Collects decoded text until the records the header search looks at are complete, and whether anything is not blank. */
class TextWatch {
  private text = '';
  private done = false;
  blank = true;

  see(text: string): void {
    if (this.blank && text.trim() !== '') this.blank = false;
    if (this.done) return;
    this.text += text.slice(0, HEADER_TEXT - this.text.length);
    if (this.text.length >= HEADER_TEXT) {
      this.done = true;
      return;
    }
    const { records } = leadingRecords(this.text, ',', HEADER_SEARCH_ROWS + 1);
    if (records.length > HEADER_SEARCH_ROWS && records.every((r) => r.complete)) this.done = true;
  }

  /** The text at the top. */
  get head(): string {
    return this.text;
  }

  /** The cells of the first record. */
  header(): string[] {
    return leadingRecords(this.text, ',', 1).records[0]?.cells ?? [''];
  }

  /** Text is still needed: the header search's records are not complete, or nothing but whitespace was seen. */
  get wanting(): boolean {
    return !this.done || this.blank;
  }
}

/**
 * True when every byte is below 0x80: ASCII is UTF-8 as it is, so such a
 * slice is not decoded (a string per slice would be garbage the size of the
 * file). Four bytes at a time where the slice is aligned.
 */
function isAscii(part: Uint8Array): boolean {
  let i = 0;
  const n = part.byteLength;
  for (; i < n && (part.byteOffset + i) % 4 !== 0; i++) if ((part[i] as number) >= 0x80) return false;
  if (i === n) return true;
  const words = new Uint32Array(part.buffer, part.byteOffset + i, Math.floor((n - i) / 4));
  for (let w = 0; w < words.length; w++) if (((words[w] as number) & 0x80808080) !== 0) return false;
  for (i += words.length * 4; i < n; i++) if ((part[i] as number) >= 0x80) return false;
  return true;
}

/**
 * Where a big file can be cut: after a `\n` outside quotes (quotes toggle;
 * a doubled quote toggles twice), once a piece has `piece` bytes. A file whose
 * quotes do not pair up is cut nowhere after its first odd quote; DuckDB
 * then reports the broken record as it would without cuts.
 */
class RecordCuts {
  private quoted = false;
  private seen = 0;
  private start = 0;
  readonly cuts: number[] = [];

  constructor(private readonly piece: number) {}

  see(part: Uint8Array): void {
    const base = this.seen;
    this.seen += part.byteLength;
    const quotes: number[] = [];
    for (let q = part.indexOf(QUOTE); q >= 0; q = part.indexOf(QUOTE, q + 1)) quotes.push(q);
    const startQuoted = this.quoted;
    if (quotes.length % 2 === 1) this.quoted = !this.quoted;
    if (this.seen - this.start < this.piece) return;
    // The last line end of the part that is outside quotes.
    let k = quotes.length;
    for (let j = part.lastIndexOf(LF); j >= 0; j = j > 0 ? part.lastIndexOf(LF, j - 1) : -1) {
      while (k > 0 && (quotes[k - 1] as number) > j) k -= 1;
      const inside = startQuoted !== (k % 2 === 1);
      if (inside) continue;
      const cut = base + j + 1;
      if (cut - this.start >= this.piece / 2) {
        this.cuts.push(cut);
        this.start = cut;
      }
      return;
    }
  }

  /** The cuts, without one at the very end (it would start an empty piece). */
  done(): number[] {
    return this.cuts.filter((c) => c < this.seen);
  }
}

/** The parts of a rewritten file, as a Blob for a Blob input and as bytes for bytes. */
class Output {
  private parts: Uint8Array[] = [];
  private gathered: Blob[] = [];
  private held = 0;
  readonly cuts: RecordCuts;

  constructor(
    private readonly asBlob: boolean,
    piece: number,
  ) {
    this.cuts = new RecordCuts(piece);
  }

  /** Keeps a copy: a slice's buffer is reused for the next one. */
  push(part: Uint8Array): void {
    if (part.byteLength === 0) return;
    this.cuts.see(part);
    this.parts.push(part.slice());
    this.held += part.byteLength;
    if (this.asBlob && this.held >= GATHER) this.gather();
  }

  private gather(): void {
    this.gathered.push(new Blob(this.parts as BlobPart[]));
    this.parts = [];
    this.held = 0;
  }

  done(): FileContent {
    if (this.asBlob) {
      this.gather();
      return new Blob(this.gathered);
    }
    const out = new Uint8Array(this.parts.reduce((n, p) => n + p.byteLength, 0));
    let at = 0;
    for (const p of this.parts) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out;
  }
}

/** `\r\n` and lone `\r` → `\n`, across slice boundaries (bytes or text alike). */
class LineEnds {
  private pendingCr = false;

  bytes(part: Uint8Array): Uint8Array {
    if (!this.pendingCr && part.indexOf(CR) < 0) return part;
    const out = new Uint8Array(part.byteLength + 1);
    let n = 0;
    let i = 0;
    if (this.pendingCr) {
      out[n++] = LF;
      if (part[0] === LF) i = 1;
      this.pendingCr = false;
    }
    for (; i < part.byteLength; i++) {
      const b = part[i] as number;
      if (b !== CR) {
        out[n++] = b;
      } else if (i + 1 === part.byteLength) {
        this.pendingCr = true;
      } else {
        out[n++] = LF;
        if (part[i + 1] === LF) i += 1;
      }
    }
    return out.subarray(0, n);
  }

  text(part: string): string {
    let text = this.pendingCr ? `\r${part}` : part;
    this.pendingCr = text.endsWith('\r');
    if (this.pendingCr) text = text.slice(0, -1);
    return text.replace(/\r\n?/g, '\n');
  }

  end(): string {
    return this.pendingCr ? '\n' : '';
  }
}

/**
 * Reads `content` once as UTF-8 (and, if it is not UTF-8, once more as
 * GB18030, rewriting it). Rejects when the content cannot be read (a File
 * moved or changed since it was picked).
 */
export async function scanCsv(content: FileContent, options: ScanOptions = {}): Promise<CsvScan> {
  const piece = options.piece ?? PIECE_BYTES;
  // A slice is never bigger than a piece: each slice makes at most one cut.
  const sizes = { piece, slice: Math.min(piece, options.slice ?? SLICE_BYTES) };
  const watch = new TextWatch();
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const cuts = new RecordCuts(sizes.piece);
  let hasCr = false;
  let first = true;
  let bom = false;
  // After a slice with non-ASCII bytes the next is decoded too: it completes (or breaks) a character cut in two.
  let decodeNext = true;
  /** The decoded text, or null when the bytes are not UTF-8. */
  const decode = (part?: Uint8Array): string | null => {
    try {
      return part ? utf8.decode(part, { stream: true }) : utf8.decode();
    } catch {
      return null;
    }
  };
  const utf16 = utf16Of(await firstBytes(content));
  if (utf16) return scanDecoded(await withoutEndOfFile(content, utf16), sizes, utf16);
  content = await withoutEndOfFile(content);
  for await (const part of slices(content, sizes.slice)) {
    const ascii = isAscii(part);
    if (!ascii || decodeNext || watch.wanting) {
      const text = decode(part);
      if (text === null) return scanDecoded(content, sizes, 'gb18030');
      if (first && text.length > 0) {
        bom = text.startsWith('\ufeff');
        first = false;
        // As decode.ts does: the BOM is not text (the header reader strips one more, as it always did).
        watch.see(bom ? text.slice(1) : text);
      } else {
        watch.see(text);
      }
      decodeNext = !ascii;
    }
    if (!hasCr && part.indexOf(CR) >= 0) hasCr = true;
    if (!hasCr) cuts.see(part);
  }
  const rest = decode();
  if (rest === null) return scanDecoded(content, sizes, 'gb18030');
  watch.see(rest);
  const encoding: TextEncodingName = bom ? 'utf-8-bom' : 'utf-8';
  const top = { header: watch.header(), head: watch.head, utf8Bom: bom };
  if (!hasCr) return { encoding, garbled: false, blank: watch.blank, ...top, utf8: content, cuts: cuts.done() };
  // In UTF-8 a 0x0D byte is always a CR: line ends are rewritten byte by byte.
  const out = new Output(!(content instanceof Uint8Array), sizes.piece);
  const ends = new LineEnds();
  for await (const part of slices(content, sizes.slice)) out.push(ends.bytes(part));
  out.push(new TextEncoder().encode(ends.end()));
  return { encoding, garbled: false, blank: watch.blank, ...top, utf8: out.done(), cuts: out.cuts.done() };
}

/**
 * A file in GB18030 (GBK), or UTF-16 with a BOM (Excel's "Unicode text",
 * tab-separated): decoded and rewritten as UTF-8 with `\n` line ends before
 * DuckDB reads it; a UTF-16 BOM is dropped. A byte sequence the encoding does
 * not have (or a lone surrogate) decodes to U+FFFD: garbled.
 */
async function scanDecoded(content: FileContent, sizes: Required<ScanOptions>, encoding: 'gb18030' | 'utf-16le' | 'utf-16be'): Promise<CsvScan> {
  const watch = new TextWatch();
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  const out = new Output(!(content instanceof Uint8Array), sizes.piece);
  const ends = new LineEnds();
  let garbled = false;
  const take = (text: string): void => {
    if (!garbled && text.includes('\ufffd')) garbled = true;
    watch.see(text);
    // A garbled file is refused: its copy is not needed.
    if (!garbled) out.push(encoder.encode(ends.text(text)));
  };
  for await (const part of slices(content, sizes.slice)) take(decoder.decode(part, { stream: true }));
  take(decoder.decode());
  out.push(encoder.encode(ends.end()));
  return { encoding, garbled, blank: watch.blank, header: watch.header(), head: watch.head, utf8Bom: false, utf8: out.done(), cuts: out.cuts.done() };
}

const CTRL_Z = 0x1a;

/**
 * The content without the Ctrl-Z (0x1A) DOS programs end a text file with
 * (FoxPro's and dBase's exports, still behind some offices' systems): it
 * made a last row of one cell that no one can see ("表头有 7 列，这一行有 1 列").
 * In UTF-8 and GB18030 the byte is never part of another character; in UTF-16
 * the last two bytes are the character.
 */
async function withoutEndOfFile(content: FileContent, encoding: 'utf-16le' | 'utf-16be' | null = null): Promise<FileContent> {
  // In UTF-16 the character is two bytes (1A 00 little-endian, 00 1A big-endian): Excel's "Unicode text" kept one a DOS program wrote.
  const mark = encoding === 'utf-16le' ? [CTRL_Z, 0] : encoding === 'utf-16be' ? [0, CTRL_Z] : [CTRL_Z];
  const size = content instanceof Uint8Array ? content.byteLength : content.size;
  if (size < mark.length) return content;
  const tail = content instanceof Uint8Array ? content.subarray(size - mark.length) : new Uint8Array(await content.slice(size - mark.length).arrayBuffer());
  if (!mark.every((b, i) => tail[i] === b)) return content;
  return content instanceof Uint8Array ? content.subarray(0, size - mark.length) : content.slice(0, size - mark.length);
}

async function firstBytes(content: FileContent): Promise<Uint8Array> {
  return content instanceof Uint8Array ? content.subarray(0, FIRST_BYTES) : new Uint8Array(await content.slice(0, FIRST_BYTES).arrayBuffer());
}

/** What the encoding is told from: a BOM, or where a header's NULs fall. */
const FIRST_BYTES = 64;

/**
 * The byte order a UTF-16 BOM says (what Excel's "Unicode text" starts
 * with); without one, UTF-16 as programs write it: the header's ASCII
 * (letters, commas, tabs) has its NUL byte on one side only (odd offsets:
 * little-endian). No UTF-8 or GBK header holds a NUL. Null otherwise.
 */
function utf16Of(first: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < first.length; i += 2) {
    if (first[i] === 0) even++;
    if (first[i + 1] === 0) odd++;
  }
  if (odd >= 2 && even === 0) return 'utf-16le';
  if (even >= 2 && odd === 0) return 'utf-16be';
  return null;
}


/** Bytes looked at for what a .csv file really is: a web page's `<!DOCTYPE html>` after a BOM and some white space. */
const DISGUISE_BYTES = 512;

const MAGIC: readonly { kind: CsvDisguise; bytes: readonly number[] }[] = [
  // UTF-32 LE before UTF-16 LE, whose BOM it starts with.
  { kind: 'utf32', bytes: [0xff, 0xfe, 0x00, 0x00] },
  { kind: 'utf32', bytes: [0x00, 0x00, 0xfe, 0xff] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
];

/** The tags a web page or an XML file starts with; no table's title or header does. */
const MARKUP = /^<(?:(?:!doctype\s+html|html|head|body|table|meta|title|script|style)[\s>]|!--|(\?xml)\s)/i;

/**
 * What a file named .csv really holds when its first bytes say it is not a
 * text table: a web page (a business system's "export" that wrote its HTML
 * table, or its login page, under the name), an XML file, a workbook or ZIP,
 * an old binary workbook (also what a password-protected .xlsx is), a PDF,
 * gzip, or UTF-32 text. Null for anything else. Refused as what it is: read
 * as text, such a file was "neither UTF-8 nor GBK" or had every column
 * missing. Only the first bytes are read.
 */
export async function csvDisguise(content: FileContent): Promise<CsvDisguise | null> {
  const first = content instanceof Uint8Array ? content.subarray(0, DISGUISE_BYTES) : new Uint8Array(await content.slice(0, DISGUISE_BYTES).arrayBuffer());
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => first[i] === b));
  if (magic) return magic.kind;
  // Latin-1 keeps every byte a character: the tags are ASCII, and a GBK page reads as well as a UTF-8 one.
  const text = new TextDecoder('latin1').decode(first).replace(/^\u00ef\u00bb\u00bf/, '').trimStart();
  const markup = MARKUP.exec(text);
  if (!markup) return null;
  return markup[1] === undefined ? 'html' : 'xml';
}

/** Where the first bytes of a garbled file (CsvScan.garbled) are that no encoding read reads. */
export interface GarbledPlace {
  /** The line as a text editor counts it (1-based; a line end inside a quoted cell counts too). */
  line: number;
  /** The cell of its record (1-based): delimiters outside quotes counted. */
  column: number;
  /** The encoding the file reads in the furthest before them. */
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  /** Up to 12 characters of its line before them, trimmed (the place to look at). */
  after: string;
}

/** Characters of the line before the bad bytes quoted. */
const AFTER_CHARS = 12;

/** A first U+FFFD's place, and how many characters of its line were read before it. */
interface Found {
  line: number;
  column: number;
  after: string;
  chars: number;
}

/** Walks decoded text to its first U+FFFD (what a decoder puts for bytes it cannot read), counting lines and cells as a CSV reader does. */
class PlaceWatch {
  line = 1;
  column = 1;
  private quoted = false;
  private fieldStart = true;
  private lastCr = false;
  private tail = '';
  /** Characters read of the current line. */
  private chars = 0;
  found: Found | null = null;

  constructor(private readonly delimiter: string) {}

  /** False once the place is found. */
  see(text: string): boolean {
    if (this.found) return false;
    const bad = text.indexOf('\ufffd');
    const upto = bad < 0 ? text : text.slice(0, bad);
    for (let i = 0; i < upto.length; i++) {
      const ch = upto[i] as string;
      if (ch === '\n' || ch === '\r') {
        // \r\n is one line end.
        if (!(ch === '\n' && this.lastCr)) this.line += 1;
        this.lastCr = ch === '\r';
        this.tail = '';
        this.chars = 0;
        if (!this.quoted) {
          this.column = 1;
          this.fieldStart = true;
        }
        continue;
      }
      this.lastCr = false;
      this.chars += 1;
      this.tail = (this.tail + ch).slice(-4 * AFTER_CHARS);
      if (ch === '"') {
        if (this.quoted) this.quoted = upto[i + 1] === '"' ? (i++, true) : false;
        else if (this.fieldStart) this.quoted = true;
        this.fieldStart = false;
      } else if (ch === this.delimiter && !this.quoted) {
        this.column += 1;
        this.fieldStart = true;
      } else {
        this.fieldStart = false;
      }
    }
    if (bad < 0) return true;
    // Control characters shown as spaces, then trimmed: nothing invisible is quoted.
    // eslint-disable-next-line no-control-regex
    const after = this.tail.replace(/^\ufeff/, '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(-AFTER_CHARS).trim();
    this.found = { line: this.line, column: this.column, after, chars: this.chars };
    return false;
  }
}

/** The place of the first U+FFFD decoding `content` as `encoding` gives, read in slices up to it; null when there is none. */
async function firstUnreadable(content: FileContent, encoding: GarbledPlace['encoding'], delimiter: string): Promise<Found | null> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const watch = new PlaceWatch(delimiter);
  for await (const part of slices(content, SLICE_BYTES)) {
    if (!watch.see(decoder.decode(part, { stream: true }))) return watch.found;
  }
  watch.see(decoder.decode());
  return watch.found;
}

/**
 * Where a garbled file goes wrong: the first bytes that no encoding read
 * reads, in the encoding that reads the most of the file before them (a
 * UTF-8 file with one stray byte is UTF-8 up to there; read as GBK, its
 * Chinese would go wrong at once). Read again only for a file refused as
 * garbled, in slices. Null when no place is found (the file changed since).
 */
export async function garbledPlace(content: FileContent, scanned: TextEncodingName, delimiter: string): Promise<GarbledPlace | null> {
  const place = (found: Found | null, encoding: GarbledPlace['encoding']): GarbledPlace | null => found && { line: found.line, column: found.column, after: found.after, encoding };
  if (scanned === 'utf-16le' || scanned === 'utf-16be') return place(await firstUnreadable(content, scanned, delimiter), scanned);
  const utf8 = await firstUnreadable(content, 'utf-8', delimiter);
  const gbk = await firstUnreadable(content, 'gb18030', delimiter);
  if (gbk === null || utf8 === null) return gbk === null ? place(utf8, 'utf-8') : place(gbk, 'gb18030');
  // The same place (a prefix of ASCII both read alike): UTF-8.
  const gbkFurther = gbk.line > utf8.line || (gbk.line === utf8.line && gbk.chars > utf8.chars);
  return gbkFurther ? place(gbk, 'gb18030') : place(utf8, 'utf-8');
}
