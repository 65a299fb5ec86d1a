// Writes one table of the data contract as UTF-8 CSV: header of contract
// column names, columns in contract order, `\n` line ends.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableSpec } from '../../src/engine/contract/contract';

export type CsvRow = Record<string, string | number>;

function field(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeTable(dir: string, table: string, rows: readonly CsvRow[]): void {
  const spec = tableSpec(table);
  if (!spec) throw new Error(`not in the contract: ${table}`);
  const names = spec.columns.map((c) => c.name);
  const lines = [names.join(',')];
  for (const row of rows) {
    lines.push(
      names
        .map((n) => {
          const v = row[n];
          if (v === undefined) throw new Error(`${table}: row lacks ${n}`);
          return field(v);
        })
        .join(','),
    );
  }
  writeFileSync(join(dir, `${spec.name}.csv`), `${lines.join('\n')}\n`, 'utf8');
}

/** Minimal reader for the files written above (no quoted fields are produced). */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').split(',');
  const rows = lines.slice(1).map((line) => {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`wrong number of cells: ${line}`);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
  return { header, rows };
}
