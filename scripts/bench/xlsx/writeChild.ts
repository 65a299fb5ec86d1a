// One measured write, in a process of its own (xlsxLibraries.ts):
// `node --import tsx writeChild.ts <library> <table.csv> <out.xlsx>` turns the
// CSV of big_workbook.py (read untimed) into a workbook with the library —
// 序号 and 金额 as numbers, everything else as text, as the page's exports
// write them — and prints the write's time, the file's size and peak RSS.
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { writeWorkbook } from './writers';
import { LIBRARIES, type Library } from './readers';

const [library = '', csvPath = '', out = ''] = process.argv.slice(2);
if (!(LIBRARIES as readonly string[]).includes(library)) throw new Error(`unknown library ${library}`);
const [header = [], ...rows] = (await readFile(csvPath, 'utf8'))
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => l.split(','));
const t0 = performance.now();
const bytes = await writeWorkbook(library as Library, header, rows);
const ms = performance.now() - t0;
await writeFile(out, bytes);
process.stdout.write(`${JSON.stringify({ ms, bytes: bytes.length, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
