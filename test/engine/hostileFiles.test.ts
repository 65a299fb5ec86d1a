// Hostile files, generated here (nothing big is committed): each is refused
// with a precise message, or read inertly, within bounded memory, and the
// dataset loaded before stays. What the reader is guarded by:
// - a zip bomb dressed as XLSX is refused from the zip's directory, before
//   anything is unpacked (src/engine/formats/xlsx.ts XLSX_LIMITS);
// - a part that lies about its size is cut at the size it claims, and
//   refused naming the sheet and the last row read whole (even when the
//   cut falls between two rows);
// - XML entities are never expanded (src/engine/formats/xml.ts knows only the five
//   predefined ones), so "billion laughs" stays text;
// - a header thousands of columns wide is refused before DuckDB reads it;
// - a junk file and a 64 MB single cell end in file · row · column, and so
//   does a last line of 9 MB that DuckDB's reader dropped without a word;
// - NUL bytes in a name are kept as text (React and the exports escape it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import { exportXlsx } from '../../src/engine/export/exportTable';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { openDatasetDir } from '../../src/engine/formats/nodeFiles';
import { formatProblem } from '../../src/engine/ingest/problems';
import { readXlsx, XLSX_LIMITS } from '../../src/engine/formats/xlsx';
import { TINY_DIR, tinyWith, useEngine } from './harness';
import { declareSize } from '../../scripts/fixtures/zipSizes';

const MB = 1024 * 1024;

async function regionsCsvRows(): Promise<string[][]> {
  const text = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).replace(/^\ufeff/, '');
  return text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
}

/** regions as a workbook, optionally padded with many more (valid-looking) rows. */
async function regionsWorkbook(extraRows = 0): Promise<Uint8Array> {
  const [header = [], ...rows] = await regionsCsvRows();
  const columns = header.map((key) => ({ key }));
  const padded = [...rows];
  for (let i = 0; i < extraRows; i++) padded.push(['159999', `填充${i}`, 'county', '150100', '2']);
  return exportXlsx([{ name: 'regions', columns, rows: padded.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] ?? null]))) }]);
}

const rssMb = (): number => process.memoryUsage().rss / MB;

describe('hostile files', () => {
  const engine = useEngine();

  async function tinyFigures(): Promise<unknown> {
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    const province = a.coverage.find((c) => c.regionCode === '150000' && c.category === null);
    return [province?.enrolled, province?.recipients];
  }

  /** Loads the files; they must be refused, the tiny dataset must still answer, and memory must stay bounded. */
  async function refused(files: DatasetFile[], maxGrowthMb: number): Promise<string[]> {
    const before = rssMb();
    const report = await loadDataset(engine(), files);
    const growth = rssMb() - before;
    expect(report.ok).toBe(false);
    expect(growth, `resident memory grew by ${growth.toFixed(0)} MB`).toBeLessThan(maxGrowthMb);
    expect(await tinyFigures()).toEqual([2031, 2050]);
    return report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
  }

  beforeAll(async () => {
    const report = await loadDataset(engine(), await tinyWith());
    expect(report.ok).toBe(true);
  });

  it('refuses a zip bomb dressed as XLSX from its directory, without unpacking it', async () => {
    const bomb = declareSize(await regionsWorkbook(), 'xl/worksheets/sheet1.xml', 2047 * MB);
    const problems = await refused(await tinyWith({ name: 'regions.xlsx', bytes: bomb }), 100);
    expect(problems[0]).toMatch(/^regions\.xlsx · 工作簿的部件 xl\/worksheets\/sheet1\.xml 解压后为 2047 MB（压缩时 0 MB），超出可读取的大小/);
  });

  // Found by stop 44's sweep: data/README.md promised 400 to 1 while the code refuses from 150.
  it('data/README.md states the ratio the code refuses a zip bomb from, in Chinese and in English', async () => {
    const doc = await readFile(join(import.meta.dirname, '../../data/README.md'), 'utf8');
    const zh = [...doc.matchAll(/压缩比超过 (\d+) 倍/g)].map((m) => Number(m[1]));
    const en = [...doc.matchAll(/packs more than (\d+) to 1/g)].map((m) => Number(m[1]));
    expect(zh).toEqual([XLSX_LIMITS.ratio]);
    expect(en).toEqual([XLSX_LIMITS.ratio]);
  });

  it('refuses a part that packs too tightly to be a real sheet', async () => {
    // 64 MB of one repeated byte packs ~1,000 to 1: what bombs do, what sheets never do.
    // The sheet is listed in the workbook: a part no sheet points at is never unpacked at all.
    const book = { 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="s" r:id="rId1"/></sheets></workbook>'), 'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>') };
    const dense = zipSync({ ...book, 'xl/worksheets/sheet1.xml': new Uint8Array(64 * MB).fill(0x20) }, { level: 9 });
    expect(() => readXlsx(dense)).toThrow(/xl\/worksheets\/sheet1\.xml 解压后为 64 MB/);
    expect(readXlsx(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(64 * MB).fill(0x20) }, { level: 9 })).sheets).toEqual([]);
    // Whitespace with a letter every 512 bytes packs ~190 to 1: two such 500 MB sheets in a 3.5 MB file took the reading to 2.4 GB.
    const spaced = new Uint8Array(32 * MB).fill(0x20);
    for (let i = 0, x = 12345; i < spaced.length; i += 512) {
      x = (x * 1103515245 + 12345) >>> 0;
      spaced[i] = 0x61 + (x % 26);
    }
    const loose = zipSync({ ...book, 'xl/worksheets/sheet1.xml': spaced }, { level: 9 });
    expect(spaced.length / loose.length).toBeGreaterThan(150);
    expect(() => readXlsx(loose)).toThrow(/xl\/worksheets\/sheet1\.xml 解压后为 32 MB/);
  });

  it('says a stray cell at XFD once, by its cell, not also that the sheet has no rows', async () => {
    const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const rows = [
      ['year', 'region_code', 'fund', 'opening_balance'].map((h, i) => text(`${'ABCD'[i]}1`, h)).join(''),
      ['2024', '150100', 'resident', '100.00'].map((v, i) => text(`${'ABCD'[i]}2`, v)).join(''),
      text('XFD3', '备注'),
    ];
    const sheet = `<worksheet><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r}</row>`).join('')}</sheetData></worksheet>`;
    const book = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="fund_balances" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    const files = (await tinyWith({ name: 'fund_balances.xlsx', bytes: book })).filter((f) => f.name !== 'fund_balances.csv');
    const report = await loadDataset(engine(), files);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([expect.stringMatching(/^fund_balances\.xlsx · fund_balances · 第3行 · 单元格 XFD3 有内容，远在表头之外/)]);
    expect(await tinyFigures()).toEqual([2031, 2050]);
  });

  it('refuses a workbook holding the same sheet twice in its ZIP, whose copies differ (readers differ in which they take)', () => {
    const sheet = (amount: string): Uint8Array =>
      strToU8(`<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>amount</t></is></c></row><row r="2"><c><v>${amount}</v></c></row></sheetData></worksheet>`);
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="fund_flows" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': sheet('603160.59'),
      'xl/worksheets/sheetX.xml': sheet('999603160.59'),
    });
    // The second entry renamed in place (local header and directory): same length, its CRC still its own.
    const bytes = strToU8(strFromU8(zip, true).replaceAll('sheetX.xml', 'sheet1.xml'), true);
    expect(() => readXlsx(bytes)).toThrow(/xl\/worksheets\/sheet1\.xml 在压缩包中出现了两次/);
  });

  /** The Excel row of the last `</row>` that ends within the first `bytes` bytes of the sheet's XML. */
  async function lastWholeRow(workbook: Uint8Array, bytes: number): Promise<number> {
    const head = strFromU8(unzipSync(workbook)['xl/worksheets/sheet1.xml']!.subarray(0, bytes));
    const ends = [...head.matchAll(/<row r="(\d+)"[^]*?<\/row>/g)];
    return Number(ends.at(-1)?.[1]);
  }

  it('cuts a part that claims less than it holds at the size it claims, and refuses it naming the sheet and the last whole row', async () => {
    // ~80 MB of rows that claims 4 KB: only 4 KB is ever written, and that much XML is cut mid-element.
    const workbook = await regionsWorkbook(200_000);
    const liar = declareSize(workbook, 'xl/worksheets/sheet1.xml', 4096);
    const problems = await refused(await tinyWith({ name: 'regions.xlsx', bytes: liar }), 150);
    const row = await lastWholeRow(workbook, 4096);
    expect(row).toBeGreaterThan(5);
    expect(problems[0]).toBe(
      `regions.xlsx · 工作表"regions"（xl/worksheets/sheet1.xml）的内容损坏（unterminated tag），第 ${row} 行之后中断：文件可能不完整，或压缩包中记录的大小与内容不符 · 应为：Excel 保存的 .xlsx 工作簿`,
    );
  });

  it('refuses a sheet cut exactly between two rows, which is still well-formed XML up to there', async () => {
    const workbook = await regionsWorkbook(200_000);
    const xml = unzipSync(workbook)['xl/worksheets/sheet1.xml']!;
    // The end of row 50: everything before it is whole rows.
    const cut = strFromU8(xml).indexOf('</row>', strFromU8(xml).indexOf('<row r="50"')) + '</row>'.length;
    const bytes = new TextEncoder().encode(strFromU8(xml).slice(0, cut)).length;
    expect(await lastWholeRow(workbook, bytes)).toBe(50);
    const problems = await refused(await tinyWith({ name: 'regions.xlsx', bytes: declareSize(workbook, 'xl/worksheets/sheet1.xml', bytes) }), 150);
    expect(problems[0]).toMatch(/^regions\.xlsx · 工作表"regions"（xl\/worksheets\/sheet1\.xml）的内容损坏（no <\/worksheet> at its end），第 50 行之后中断/);
  });

  it('never expands XML entities ("billion laughs" stays the text it is)', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const sheet = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
    const workbook = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="regions" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    const read = readXlsx(workbook);
    expect(read.sheets[0]?.rows[0]?.cells[0]?.text).toBe('&lol9;');
  });

  it('refuses a character reference past U+10FFFF as damaged content, naming the sheet and the row before it', async () => {
    const workbook = await regionsWorkbook();
    const xml = strFromU8(unzipSync(workbook)['xl/worksheets/sheet1.xml']!).replace('呼和浩特市', '呼和&#99999999;浩特市');
    const parts = unzipSync(workbook);
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const problems = await refused(await tinyWith({ name: 'regions.xlsx', bytes: zipSync(parts) }), 100);
    expect(problems[0]).toBe('regions.xlsx · 工作表"regions"（xl/worksheets/sheet1.xml）的内容损坏（no such character &#99999999;），第 2 行之后 · 应为：Excel 保存的 .xlsx 工作簿');
  });

  it('refuses a cell past column XFD (a 1 KB file that made every row 308 million cells wide, out of memory) naming sheet and row', async () => {
    const parts = unzipSync(await regionsWorkbook());
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!).replace('</row><row r="3">', '<c r="ZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row><row r="3">');
    expect(xml).toContain('ZZZZZZ2');
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const problems = await refused(await tinyWith({ name: 'regions.xlsx', bytes: zipSync(parts) }), 100);
    expect(problems[0]).toBe('regions.xlsx · 工作表"regions"（xl/worksheets/sheet1.xml）的内容损坏（cell reference ZZZZZZ2 is past column XFD），第 1 行之后 · 应为：Excel 保存的 .xlsx 工作簿');
  });

  it('refuses from the directory a part longer than a JavaScript string can be (Chrome: 2^29 − 24 characters)', async () => {
    // 512 MiB was the limit, 24 bytes more than the longest string: a 5 MB file of such a sheet crashed the reading ("Cannot create a string longer than…").
    // Stored, not deflated, 4 MB: packed at 128 to 1, under the ratio that flags a bomb.
    const parts = unzipSync(await regionsWorkbook());
    parts['xl/worksheets/sheet1.xml'] = strToU8(`<!--${' '.repeat(4 * MB)}-->${strFromU8(parts['xl/worksheets/sheet1.xml']!)}`);
    const stored = declareSize(zipSync(parts, { level: 0 }), 'xl/worksheets/sheet1.xml', 512 * MB - 8);
    const problems = await refused(await tinyWith({ name: 'regions.xlsx', bytes: stored }), 100);
    // Both sizes would read "512 MB": said to the byte, the part over the limit.
    expect(problems[0]).toMatch(/^regions\.xlsx · 工作簿的部件 xl\/worksheets\/sheet1\.xml 解压后为 536,870,904 B（压缩时 4 MB），超出可读取的大小（单个部件 536,870,888 B、/);
  });

  it('refuses a header 10,000 columns wide before reading its rows', async () => {
    const extra = Array.from({ length: 9996 }, (_, i) => `c${i}`).join(',');
    const text = `year,region_code,fund,opening_balance,${extra}\n2024,150100,resident,1.00${','.repeat(9996)}\n`;
    const problems = await refused(await tinyWith({ name: 'fund_balances.csv', bytes: new TextEncoder().encode(text) }), 200);
    expect(problems[0]).toBe(
      'fund_balances.csv · 第1行 · 表头有 10,000 列，超过 1,000 列，不像是这张表 · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
    );
  });

  it('refuses 32 MB of random bytes as neither UTF-8 nor GBK', async () => {
    const junk = new Uint8Array(32 * MB);
    let x = 20240615;
    for (let i = 0; i < junk.length; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      junk[i] = x >>> 24;
    }
    const problems = await refused(await tinyWith({ name: 'fund_flows.csv', bytes: junk }), 400);
    // Where: the junk reads as GBK furthest, to its second line.
    expect(problems[0]).toBe('fund_flows.csv · 文件既不是 UTF-8 也不是 GBK/GB18030 编码：第2行第1列（"j樌恏趶傅"之后）有无法识别的字节（按GBK/GB18030读到此处为止） · 应为：UTF-8 或 GBK 编码的 CSV 文件');
  });

  it('refuses a 64 MB single cell at its row', async () => {
    const base = (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8')).trimEnd();
    const rows = base.split(/\r?\n/).length;
    const text = `${base}\n2024,150100,resident,"${'9'.repeat(64 * MB)}"\n`;
    const problems = await refused(await tinyWith({ name: 'fund_balances.csv', bytes: new TextEncoder().encode(text) }), 800);
    expect(problems[0]).toMatch(new RegExp(`^fund_balances\\.csv · 第${rows + 1}行 · `));
  });

  it('refuses a last line longer than DuckDB\'s read buffer (5 MB) and without a line end at its row, as bytes and as a file (DuckDB dropped it silently)', async () => {
    const base = await readFile(join(TINY_DIR, 'regions.csv'));
    const rows = (await regionsCsvRows()).length;
    const bytes = new Uint8Array([...base, ...new TextEncoder().encode('x'.repeat(5 * MB))]);
    for (const file of [{ name: 'regions.csv', bytes }, { name: 'regions.csv', blob: new Blob([bytes]) }]) {
      const files = (await tinyWith()).map((f) => (f.name === 'regions.csv' ? file : f));
      const problems = await refused(files, 400);
      expect(problems[0]).toMatch(new RegExp(`^regions\\.csv · 第${rows + 1}行 · CSV 无法读取这一行：含无法识别的字符，或有超过 2 MB 的单元格 · `));
    }
  });

  it('refuses such a last line at its row also in a file read again for a line of one cell (stage.ts, loneCellsPadded)', async () => {
    const lines = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).trimEnd().split('\n');
    // A title line of one cell inside: the file is read a second time, filled out to the header's width.
    const text = [...lines.slice(0, 3), '区划表（续）', ...lines.slice(3)].join('\n');
    const bytes = new Uint8Array([...new TextEncoder().encode(`${text}\n`), ...new TextEncoder().encode('x'.repeat(5 * MB))]);
    const files = (await tinyWith()).map((f) => (f.name === 'regions.csv' ? { name: 'regions.csv', bytes } : f));
    const problems = await refused(files, 400);
    expect(problems[0]).toMatch(new RegExp(`^regions\\.csv · 第${lines.length + 2}行 · CSV 无法读取这一行：含无法识别的字符，或有超过 2 MB 的单元格 · `));
  });

  it('refuses a last line of 9 MB of digits at its row, with or without a line end, as bytes, as a file and read where it lies (DuckDB dropped it without a word and the rest loaded)', async () => {
    const base = (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8')).trimEnd();
    // The header is row 1: the rows of the file, then the long one.
    const row = base.split(/\r?\n/).length + 1;
    const expected = `fund_balances.csv · 第${row}行 · CSV 无法读取这一行：含无法识别的字符，或有超过 2 MB 的单元格 · 应为：逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起`;
    for (const end of ['\n', '']) {
      const bytes = new TextEncoder().encode(`${base}\n2025,150100,resident,${'1'.repeat(9 * MB)}${end}`);
      for (const file of [{ name: 'fund_balances.csv', bytes }, { name: 'fund_balances.csv', blob: new Blob([bytes]) }]) {
        expect(await refused(await tinyWith(file), 400)).toEqual([expected]);
      }
    }
    // A file on disk big enough is read by DuckDB where it lies (stage.ts, localCsv): the same.
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-long-line-'));
    try {
      for (const f of await tinyWith()) writeFileSync(join(dir, f.name), 'bytes' in f ? f.bytes : '');
      writeFileSync(join(dir, 'fund_balances.csv'), `${base}\n2025,150100,resident,${'1'.repeat(9 * MB)}\n`);
      const report = await loadDataset(engine(), await openDatasetDir(dir), { localCsvBytes: 1024 });
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([expected]);
      expect(await tinyFigures()).toEqual([2031, 2050]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a line of 9 MB in the middle of a file at its row (DuckDB named no line: "Parallel CSV Reader … full read"), as bytes and as a file', async () => {
    const lines = (await readFile(join(TINY_DIR, 'fund_balances.csv'), 'utf8')).trimEnd().split(/\r?\n/);
    // The header is row 1: the long line goes in as the third row of data, row 4.
    const text = [...lines.slice(0, 3), `2025,150100,resident,${'1'.repeat(9 * MB)}`, ...lines.slice(3)].join('\n');
    const bytes = new TextEncoder().encode(`${text}\n`);
    const expected = `fund_balances.csv · 第4行 · CSV 无法读取这一行：含无法识别的字符，或有超过 2 MB 的单元格 · 应为：逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起`;
    for (const file of [{ name: 'fund_balances.csv', bytes }, { name: 'fund_balances.csv', blob: new Blob([bytes]) }]) {
      expect(await refused(await tinyWith(file), 400)).toEqual([expected]);
    }
  });

  it('refuses a .csv that is really a web page, an XML file, a workbook, an old .xls, a PDF, gzip or UTF-32, saying what it is (it was "neither UTF-8 nor GBK" or had every column missing)', async () => {
    const balances = await readFile(join(TINY_DIR, 'fund_balances.csv'));
    const text = (s: string): Uint8Array => new TextEncoder().encode(s);
    const cases: [string, Uint8Array, string][] = [
      ['a login page', text('\ufeff\r\n  <!DOCTYPE html>\n<html><head><title>登录</title></head><body>会话已过期</body></html>\n'), '网页（HTML）'],
      ['an HTML table', text('<table border="1"><tr><td>year</td><td>region_code</td></tr></table>'), '网页（HTML）'],
      ['Excel 2003 XML', text('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), 'XML 文件'],
      ['an .xlsx renamed', await regionsWorkbook(), '压缩包'],
      ['an .xls renamed', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]), '旧版 Excel 工作簿'],
      ['a PDF', text('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'PDF 文档'],
      ['gzip', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, ...balances.subarray(0, 100)]), 'gzip 压缩文件'],
      ['UTF-32', new Uint8Array([0xff, 0xfe, 0x00, 0x00, ...[...'year,region_code'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0])]), 'UTF-32 编码'],
    ];
    // As bytes; the first also as a Blob (a picked file).
    const files = cases.map(([what, bytes, said]) => ({ what, said, file: { name: 'fund_balances.csv', bytes } as DatasetFile }));
    files.push({ ...files[0]!, file: { name: 'fund_balances.csv', blob: new Blob([cases[0]![1] as BlobPart]) } });
    for (const { what, said, file } of files) {
      const problems = await refused(await tinyWith(file), 100);
      expect(problems, what).toHaveLength(1);
      expect(problems[0], what).toMatch(new RegExp(`^fund_balances\\.csv · 这个 \\.csv 文件(其实)?是 ?${said}`));
    }
    const page = (await loadDataset(engine(), await tinyWith({ name: 'fund_balances.csv', bytes: cases[0]![1] }))).problems[0]!;
    expect(formatProblem(page, 'en')).toBe(
      'fund_balances.csv · This .csv file is really a web page (HTML), not CSV text: a business system\'s web-page export of a table, or a login or error page · expected: open it in Excel or WPS and save it as "CSV UTF-8 (Comma delimited)"; a login or error page: export again',
    );
    // A table whose title row starts with < is still a table.
    const titled = text(`<2024年基金年初结余>\n${balances.toString().replace(/^\ufeff/, '')}`);
    expect((await loadDataset(engine(), await tinyWith({ name: 'fund_balances.csv', bytes: titled }))).ok).toBe(true);
  });

  it('reads NUL bytes in a region name inertly: the name is kept as text, the figures are the same', async () => {
    const text = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).replace('呼和浩特市', '呼和\u0000浩特市');
    const report = await loadDataset(engine(), await tinyWith({ name: 'regions.csv', bytes: new TextEncoder().encode(text) }));
    expect(report.ok).toBe(true);
    const names = await engine().query("SELECT name FROM regions WHERE region_code = '150100'");
    expect(names).toEqual([{ name: '呼和\u0000浩特市' }]);
    expect(await tinyFigures()).toEqual([2031, 2050]);
  });
});
