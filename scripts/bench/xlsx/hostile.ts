// Part (c) of the XLSX comparison: hostile workbooks, generated into the
// bench's temp folder on every run (never committed), each a complete
// package (content types, relationships, workbook) so that every library
// gets as far as its sheet. The same attacks as test/engine/hostileFiles.test.ts.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { exportXlsx } from '../../../src/engine/export/exportTable';
import { declareSize } from '../../fixtures/zipSizes';

const MB = 1024 * 1024;

export interface HostileFile {
  name: string;
  what: string;
  path: string;
}

/** Column letters of a 0-based index: 0 → A, 27 → AB. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const REGION_COLUMNS = ['region_code', 'name', 'level', 'parent_code', 'tier'].map((key) => ({ key }));

function regionsWorkbook(rows: number): Uint8Array {
  const data = Array.from({ length: rows }, (_, i) => ({ region_code: String(150000 + i), name: `填充${i}`, level: 'county', parent_code: '150100', tier: '2' }));
  return exportXlsx([{ name: 'regions', columns: REGION_COLUMNS, rows: data }]);
}

/** The package of a one-sheet workbook with its sheet's XML replaced. */
function withSheet(sheetXml: string): Uint8Array {
  const parts = unzipSync(regionsWorkbook(1));
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheetXml);
  return zipSync(parts);
}

/** A sheet that really unpacks to `bytes` (blanks inside <sheetData>), deflated in pieces so it is never held whole. */
async function realBomb(bytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(unzipSync(regionsWorkbook(1)))) {
    if (name === 'xl/worksheets/sheet1.xml') continue;
    const part = new ZipDeflate(name, { level: 6 });
    zip.add(part);
    part.push(data, true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  const blanks = new Uint8Array(16 * MB).fill(0x20);
  for (let written = 0; written < bytes; written += blanks.length) sheet.push(blanks);
  sheet.push(strToU8('</sheetData></worksheet>'), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function writeHostileFiles(dir: string): Promise<HostileFile[]> {
  const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  const laughs = withSheet(
    `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`,
  );
  const external = withSheet(
    `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
  );
  const wideRow = (r: number): string => `<row r="${r}">${Array.from({ length: 10_000 }, (_, c) => `<c r="${columnName(c)}${r}" t="inlineStr"><is><t>c${c}</t></is></c>`).join('')}</row>`;
  const wide = withSheet(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 10 }, (_, i) => wideRow(i + 1)).join('')}</sheetData></worksheet>`);
  const files: [string, string, Uint8Array][] = [
    ['bomb-declared-2gb', 'a sheet that claims 2,047 MB unpacked (the directory lies upwards)', declareSize(regionsWorkbook(5), 'xl/worksheets/sheet1.xml', 2047 * MB)],
    ['bomb-real-1gb', 'a sheet that really unpacks to 1 GiB of blanks (~1 MB packed, ~1,000 to 1)', await realBomb(1024 * MB)],
    ['lying-size-4kb', 'an 80 MB sheet (200,000 rows, 4 MB packed) that claims 4 KB', declareSize(regionsWorkbook(200_000), 'xl/worksheets/sheet1.xml', 4096)],
    ['billion-laughs', 'a DTD of nested entities, 10⁹ "lol" if expanded', laughs],
    ['external-entity', 'a DTD entity naming file:///etc/passwd', external],
    ['wide-10000-columns', 'ten rows of 10,000 columns', wide],
  ];
  const out: HostileFile[] = [];
  for (const [name, what, bytes] of files) {
    const path = join(dir, `${name}.xlsx`);
    await writeFile(path, bytes);
    out.push({ name, what, path });
  }
  return out;
}
