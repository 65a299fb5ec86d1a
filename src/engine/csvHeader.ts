// The header row is read here, not by DuckDB's sniffer: the sniffer guesses
// (and turns a malformed row into a vague "could not detect the dialect"),
// while we want to name each missing or unknown column. Data rows are then
// read by DuckDB with the dialect and the column count fixed.
import type { ColumnSpec, TableSpec } from './contract';
import type { Label } from '../domain/lang';
import { explain, type Problem } from './problems';

const BOM = '\ufeff';

/** Cells of the first record of CSV text (RFC 4180 quoting), BOM stripped. */
export function headerCells(text: string): string[] {
  return headerRecord(text).cells;
}

/**
 * The first record of CSV text, BOM stripped; `complete` once its line end
 * was seen (a file read in slices needs more text while it is false).
 */
export function headerRecord(text: string): { cells: string[]; complete: boolean } {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let complete = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      complete = true;
      break;
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return { cells, complete };
}

export interface HeaderMapping {
  /** For each contract column, the position of its cell in the file, or null when the (optional) column is absent. */
  positions: Map<ColumnSpec, number | null>;
  problems: Problem[];
}

/** The header row the table wants. The English names the Chinese labels without spelling them: they are the Chinese reader's alternative. */
export function expectedHeader(spec: TableSpec): Label {
  const names = spec.columns.map((c) => c.name).join(',');
  return {
    zh: `表头为 ${names}（或中文 ${spec.columns.map((c) => c.label).join(',')}）`,
    en: `the header ${names} (or the Chinese column names)`,
  };
}

/** The contract column a header cell names: its name (any case) or its Chinese label. */
export function findColumn(spec: TableSpec, cell: string): ColumnSpec | undefined {
  const trimmed = cell.trim();
  return spec.columns.find((c) => c.name === trimmed.toLowerCase() || c.label === trimmed);
}

/** Match header cells to contract columns by name (any case) or Chinese label. */
export function mapHeader(spec: TableSpec, file: string, cells: readonly string[], options: { sheet?: string | null; headerRow?: number } = {}): HeaderMapping {
  const sheet = options.sheet ?? null;
  const positions = new Map<ColumnSpec, number | null>();
  const problems: Problem[] = [];
  const headerRow = options.headerRow ?? 1;
  const problem = (column: string | null, text: Label): void => {
    problems.push({ file, ...(sheet === null ? {} : { sheet }), row: headerRow, column, ...explain(text, expectedHeader(spec)), severity: 'error' });
  };
  cells.forEach((raw, position) => {
    const cell = raw.trim();
    const column = findColumn(spec, cell);
    if (!column) {
      problem(
        cell === '' ? null : cell,
        cell === ''
          ? { zh: `第${position + 1}列没有列名`, en: `Column ${position + 1} has no name` }
          : { zh: `未知列"${cell}"`, en: `Unknown column "${cell}"` },
      );
    } else if (positions.has(column)) {
      problem(column.name, { zh: `列"${column.name}"出现了两次`, en: `Column "${column.name}" appears twice` });
    } else {
      positions.set(column, position);
    }
  });
  for (const column of spec.columns) {
    if (positions.has(column)) continue;
    if (column.optional) positions.set(column, null);
    else problem(column.name, { zh: `缺少列"${column.name}"（${column.label}）`, en: `Column "${column.name}" is missing` });
  }
  return { positions, problems };
}
