// Step one of a load: each CSV file becomes a temporary all-text table with
// the contract's column names and the spreadsheet row number `_row`. Nothing
// the user sees changes until the whole dataset has been validated.
import type { TableSpec } from './contract';
import { headerCells, mapHeader, expectedHeader } from './csvHeader';
import type { Engine } from './engine';
import { baseName, type DatasetFile } from './files';
import type { Problem } from './problems';
import { fragment, ident, renderSql, SQL } from './sql';

export interface StagedTable {
  spec: TableSpec;
  /** Base name of the file, for problems. */
  file: string;
  stageTable: string;
  rowCount: number;
}

export function stageTableName(spec: TableSpec): string {
  return `fundwatch_stage_${spec.name}`;
}

export async function stageFile(
  engine: Engine,
  spec: TableSpec,
  dataset: DatasetFile,
): Promise<{ staged: StagedTable | null; problems: Problem[] }> {
  const file = baseName(dataset.name);
  const fileProblem = (problem: string, expected: string, row: number | null = null): Problem => ({
    file,
    row,
    column: null,
    problem,
    expected,
    severity: 'error',
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(dataset.bytes);
  } catch {
    return { staged: null, problems: [fileProblem('文件不是 UTF-8 编码（GBK/GB18030 暂不支持）', '另存为“CSV UTF-8”格式')] };
  }
  if (text.replace(/^\ufeff/, '').trim() === '') {
    return { staged: null, problems: [fileProblem('文件是空的', expectedHeader(spec), 1)] };
  }
  const cells = headerCells(text);
  const header = mapHeader(spec, file, cells);
  if (header.problems.length > 0) return { staged: null, problems: header.problems };

  const registered = `fundwatch_upload_${spec.name}.csv`;
  const stageTable = stageTableName(spec);
  const csvColumns = `{${cells.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
  const stageColumns = spec.columns
    .map((c) => {
      const position = header.positions.get(c);
      const source = position === null || position === undefined ? 'CAST(NULL AS VARCHAR)' : `NULLIF(trim(c${position}), '')`;
      return `${source} AS ${ident(c.name).text}`;
    })
    .join(', ');
  await engine.registerFile(registered, uniformLineEnds(text, dataset.bytes));
  try {
    const rows = await engine.query(
      renderSql(SQL.stage, {
        file: registered,
        raw_table: ident(`${stageTable}_raw`),
        stage_table: ident(stageTable),
        csv_columns: fragment(csvColumns),
        stage_columns: fragment(stageColumns),
      }),
    );
    const rowCount = Number(rows[0]?.row_count ?? 0);
    return { staged: { spec, file, stageTable, rowCount }, problems: [] };
  } catch (e) {
    return { staged: null, problems: [csvProblem(file, e)] };
  } finally {
    await engine.dropFile(registered);
  }
}

/**
 * DuckDB's strict CSV reader fails with "state machine reached an invalid
 * state" when a file mixes CRLF and LF (a header saved by Excel, rows
 * appended by another tool), so line ends are made uniform first. Files
 * without a CR are passed through untouched.
 */
function uniformLineEnds(text: string, bytes: Uint8Array): Uint8Array {
  if (!text.includes('\r')) return bytes;
  return new TextEncoder().encode(text.replace(/\r\n?/g, '\n'));
}

/** DuckDB's reader error, in the user's terms: which line, what is wrong. */
function csvProblem(file: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  const problem = columns
    ? `列数不对：表头有 ${columns[1]} 列，这一行有 ${columns[2]} 列`
    : `CSV 无法读取：${message.split('\n')[0] ?? message}`;
  return {
    file,
    row: line ? Number(line[1]) : null,
    column: null,
    problem,
    expected: '逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
    severity: 'error',
  };
}
