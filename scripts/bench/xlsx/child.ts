// One measured read, in a process of its own (spawned by ../xlsxLibraries.ts):
// `node --import tsx child.ts <library> <file>` reads the file, turns its
// first sheet into a grid with the library (readers.ts) and prints one JSON
// line: the read's time, the cells read, a digest of them (the same for
// every library that read the same cells), the first cell's text, the
// error a refusing library threw, and the process's peak RSS.
// `none` reads the file and nothing else: the process's own floor.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { LIBRARIES, readGrid, type Library } from './readers';

const [library = '', file = ''] = process.argv.slice(2);
const bytes = new Uint8Array(await readFile(file));
const t0 = performance.now();
let cells = 0;
let rows = 0;
let error: string | undefined;
let digest = '';
let first = '';
if (library !== 'none') {
  if (!(LIBRARIES as readonly string[]).includes(library)) throw new Error(`unknown library ${library}`);
  try {
    const grid = await readGrid(library as Library, bytes);
    rows = grid.length;
    // The grid is already trimmed (readers.ts puts no empty cell last): hashed as it is, no copy to add to the peak.
    const hash = createHash('sha256');
    for (const row of grid) {
      for (const cell of row) {
        if (cell === '') continue;
        cells += 1;
        if (first === '') first = cell.slice(0, 40);
      }
      hash.update(`${JSON.stringify(row)}\n`);
    }
    digest = hash.digest('hex').slice(0, 16);
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
}
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, rows, cells, digest, first, error, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
