// The page refuses, before loading anything, a roster too big for the
// browser's memory and names the command line as the way to process it
// (native DuckDB with a memory limit and disk spilling, README "The command
// line"). Measured: a 5,000,000-row roster peaks at ~890 MB of renderer
// (README, Performance); DuckDB-wasm is a 32-bit heap of at most 4 GB with
// no disk to spill to, so the bound is twice the measured roster.
// CSV: rows estimated from the file's size and its first MiB's line length;
// Parquet (decoded whole in the page): its size, as the benchmark roster
// takes ~4 bytes a row compressed (72 MB for 20,000,000 rows).
import type { DatasetFile } from '../formats/files';
import { baseName, tableByName } from '../formats/files';
import { message, type Message } from '../../domain/messages/codes';
import { explain, type Problem } from './problems';

export interface BrowserRosterLimits {
  /** Identity rows of a CSV roster. */
  rows: number;
  /** Bytes of a Parquet roster. */
  parquetBytes: number;
  /** Bytes read from the top of a CSV file to estimate its rows. */
  headBytes: number;
}

export const BROWSER_ROSTER_LIMITS: BrowserRosterLimits = { rows: 10_000_000, parquetBytes: 32 * 2 ** 20, headBytes: 2 ** 20 };

/** The command a reader runs instead (DESIGN.md, the command line). */
export const CLI_COMMAND = 'npm run analyze -- --data DIR';

function sizeOf(file: DatasetFile): number {
  return 'blob' in file ? file.blob.size : file.bytes.byteLength;
}

async function headOf(file: DatasetFile, bytes: number): Promise<Uint8Array> {
  return 'blob' in file ? new Uint8Array(await file.blob.slice(0, bytes).arrayBuffer()) : file.bytes.subarray(0, bytes);
}

/** Rows of a CSV file (its header included), counted when it is within `headBytes`, else estimated from its top. */
async function csvRows(file: DatasetFile, headBytes: number): Promise<number> {
  const size = sizeOf(file);
  const head = await headOf(file, Math.min(size, headBytes));
  let lines = 0;
  for (let i = head.indexOf(0x0a); i >= 0; i = head.indexOf(0x0a, i + 1)) lines += 1;
  if (size <= headBytes) return lines + (head.at(-1) === 0x0a || head.byteLength === 0 ? 0 : 1);
  return lines === 0 ? Number.POSITIVE_INFINITY : Math.round((size * lines) / head.byteLength);
}

const megabytes = (n: number): number => Math.ceil(n / 2 ** 20);

function tooBig(file: string, problem: Message, limit: Message): Problem {
  return { file, row: null, column: null, severity: 'error', ...explain(problem, message('roster.too_big_expected', { limit, command: CLI_COMMAND })) };
}

/** A problem for each roster file beyond what the browser can load (none when every roster fits). */
export async function rostersBeyondBrowser(files: readonly DatasetFile[], limits: BrowserRosterLimits = BROWSER_ROSTER_LIMITS): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const file of files) {
    const base = baseName(file.name);
    const dot = base.lastIndexOf('.');
    if (dot < 0 || tableByName(base.slice(0, dot))?.name !== 'roster') continue;
    const extension = base.slice(dot).toLowerCase();
    if (extension === '.csv') {
      const rows = Math.max(0, (await csvRows(file, limits.headBytes)) - 1);
      if (rows > limits.rows) {
        problems.push(
          tooBig(
            base,
            message('roster.too_big_csv', { rows, megabytes: megabytes(sizeOf(file)), limitRows: limits.rows, command: CLI_COMMAND }),
            message('roster.limit_rows', { rows: limits.rows }),
          ),
        );
      }
    } else if (extension === '.parquet' && sizeOf(file) > limits.parquetBytes) {
      problems.push(
        tooBig(
          base,
          message('roster.too_big_parquet', { megabytes: megabytes(sizeOf(file)), limitMegabytes: megabytes(limits.parquetBytes), command: CLI_COMMAND }),
          message('roster.limit_parquet', { megabytes: megabytes(limits.parquetBytes) }),
        ),
      );
    }
  }
  return problems;
}
