// The worker of the XLSX benchmark page: imports one library, then reads the
// File it is sent and posts the time from its bytes to the grid, and the counts.
import { readGrid, type Library } from '../readers';

let library: Library | 'none' = 'ours';

self.onmessage = async (event: MessageEvent<{ library?: Library | 'none'; file?: File }>) => {
  if (event.data.library) {
    library = event.data.library;
    // Import (and compile) the library before the timed read, as a page that ships it would have.
    if (library === 'sheetjs') await import('xlsx');
    else if (library === 'exceljs') await import('exceljs');
    self.postMessage({ ready: true });
    return;
  }
  const file = event.data.file;
  if (!file) return;
  // The bytes first, untimed: under Node the child has them before its clock starts too.
  const bytes = new Uint8Array(await file.arrayBuffer());
  const t0 = performance.now();
  try {
    let rows = 0;
    let cells = 0;
    if (library !== 'none') {
      const grid = await readGrid(library, bytes);
      rows = grid.length;
      for (const row of grid) for (const cell of row) if (cell !== undefined && cell !== '') cells += 1;
    }
    self.postMessage({ ms: performance.now() - t0, rows, cells });
  } catch (e) {
    self.postMessage({ ms: performance.now() - t0, rows: 0, cells: 0, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
};
