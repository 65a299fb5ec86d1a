// The loaded dataset back out as a folder of CSV files (and its policy.json)
// that loads again to the same numbers. Money is read as DECIMAL text, dates
// as YYYY-MM-DD. The roster goes out with its hashed IDs: raw IDs are never
// kept (engine/personId.ts), and a hash deduplicates the same way when the
// export is loaded again.
import type { PolicyFile } from '../../domain/policy/types';
import { CONTRACT, type ColumnKind } from '../contract/contract';
import type { Engine } from '../runtime/engine';
import { csvBytes, exportCsv, type ExportRow } from './exportTable';
import { POLICY_FILE_NAME } from '../formats/files';
import { ident } from '../queries/sql';
import { zipSync } from 'fflate';

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['count', 'money', 'decimal', 'year']);

export interface ExportedFile {
  name: string;
  bytes: Uint8Array;
}

/** Every non-empty contract table as `<name>.csv` (regions always), plus policy.json when given. */
export async function exportDataset(engine: Engine, policyFile: PolicyFile | null = null): Promise<ExportedFile[]> {
  const out: ExportedFile[] = [];
  for (const spec of CONTRACT) {
    const select = spec.columns.map((c) => `CAST(${ident(c.name).text} AS VARCHAR) AS ${ident(c.name).text}`).join(', ');
    const rows = (await engine.query(`SELECT ${select} FROM ${ident(spec.name).text}`)) as ExportRow[];
    if (rows.length === 0 && !spec.required) continue;
    const columns = spec.columns.map((c) => ({ key: c.name, numeric: NUMERIC.has(c.kind) }));
    out.push({ name: `${spec.name}.csv`, bytes: csvBytes(exportCsv(rows, columns)) });
  }
  if (policyFile) out.push({ name: POLICY_FILE_NAME, bytes: csvBytes(`${JSON.stringify(policyFile, null, 2)}\n`) });
  return out;
}

/**
 * The export as ONE download: a ZIP of the CSV files and policy.json, which
 * unzipped is the folder that loads again (a browser asked for eleven
 * downloads at once blocks or buries most of them). Fixed file times keep
 * the archive the same for the same data.
 */
export function zipExport(files: readonly ExportedFile[]): Uint8Array {
  const mtime = new Date(Date.UTC(2020, 0, 1));
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { mtime }]])), { level: 6 });
}
