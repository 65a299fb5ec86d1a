// Part (a) of the XLSX comparison: every workbook of the corpus
// (test/fixtures/office/corpus.json, written by openpyxl and LibreOffice)
// read by each library and compared, cell by cell, with the cells its writer
// put. Small files: read in this process.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstDifference, LIBRARIES, readGrid, type Grid, type Library } from './readers';

interface CorpusEntry {
  file: string;
  table: string;
  features: string[];
  cells: Grid;
}

export interface CorpusResult {
  file: string;
  features: string[];
  /** Per library: null when every cell matches, else the first difference and how many cells differ (or the error thrown). */
  outcome: Record<Library, null | string>;
}

export async function checkCorpus(root: string): Promise<CorpusResult[]> {
  const dir = join(root, 'test/fixtures/office');
  const corpus = JSON.parse(await readFile(join(dir, 'corpus.json'), 'utf8')) as CorpusEntry[];
  const results: CorpusResult[] = [];
  for (const entry of corpus) {
    const bytes = new Uint8Array(await readFile(join(dir, entry.file)));
    const outcome = {} as Record<Library, null | string>;
    for (const library of LIBRARIES) {
      try {
        const diff = firstDifference(entry.cells, await readGrid(library, bytes));
        outcome[library] = diff === null ? null : `${diff.cells} cell(s) differ, first row ${diff.row} column ${diff.column}: expected ${JSON.stringify(diff.expected)}, got ${JSON.stringify(diff.got)}`;
      } catch (e) {
        outcome[library] = `threw: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    results.push({ file: entry.file, features: entry.features, outcome });
  }
  return results;
}
