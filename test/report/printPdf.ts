// A printed PDF read back the way a person checks it: its pages as text
// (pdftotext) and as pictures (pdftoppm, grey PGM), from Debian's
// poppler-utils. Margins must stay blank: a table wider than the page would
// run into them or be cut at the paper's edge.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfPage {
  text: string;
  /** Grey levels, row by row. */
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Binary PGM (P5, 8-bit): the header is three numbers after the magic. */
function parsePgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header?.[1] || !header[2] || header[3] !== '255') throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(bytes.subarray(header[0].length, header[0].length + width * height)) };
}

/** The PDF's pages at `dpi`; `keepPngIn` also writes PNG pages there for a person to look at. */
export async function readPdf(pdf: Buffer, dpi: number, keepPngIn?: string): Promise<PdfPage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'fundwatch-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, pdf);
    const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 });
    const texts = stdout.split('\f').slice(0, -1);
    await run('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'page')]);
    if (keepPngIn) await run('pdftoppm', ['-png', '-r', '60', file, join(keepPngIn, 'page')]);
    const images = (await readdir(dir)).filter((f) => f.endsWith('.pgm')).sort();
    if (images.length !== texts.length) throw new Error(`${images.length} page images but ${texts.length} text pages`);
    return Promise.all(images.map(async (name, i) => ({ text: texts[i] ?? '', ...parsePgm(await readFile(join(dir, name))) })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Pixels darker than white in the page's left and right strips of `mm` millimetres. */
export function inkInSideMargins(page: PdfPage, dpi: number, mm: number): number {
  const strip = Math.floor((mm / 25.4) * dpi);
  let ink = 0;
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      if (x >= strip && x < page.width - strip) continue;
      if ((page.pixels[y * page.width + x] ?? 255) < 240) ink++;
    }
  }
  return ink;
}
