// Loading a dataset is all or nothing: files are staged as text, every rule
// of the data contract is checked, and only a clean dataset replaces the
// typed tables, in one transaction. On any error the tables that were
// loaded before stay exactly as they were, so the page keeps showing them.
import { DEFAULT_POLICY_FILE, parsePolicyFile, PolicyError } from '../domain/policy';
import type { PolicyFile } from '../domain/policyTypes';
import type { Quarter } from '../domain/types';
import { CONTRACT, TABLE_TYPE, type TableSpec } from './contract';
import { castSql } from './columnRules';
import type { TextEncodingName } from './decode';
import type { Engine } from './engine';
import { baseName, POLICY_FILE_NAME, sortFiles, type DatasetFile, type SourceFormat } from './files';
import { hashedIdSql, MASKED_ID_COLUMN, maskedIdSql, newSalt, PERSON_ID_COLUMN } from './personId';
import { capProblems, hasErrors, type Problem } from './problems';
import { listQuarters } from './quarters';
import { fragment, ident, renderSql, SQL } from './sql';
import { CREATE_STAGE_SQL, DROP_STAGE_SQL, stageSource, type StagedTable } from './stage';
import { validateStaged } from './validate';

export type { DatasetFile } from './files';
export type { Problem } from './problems';

/** What was read from each input: which table, in which format and encoding, how many rows. */
export interface FileReport {
  file: string;
  /** The workbook sheet; null for CSV and Parquet. */
  sheet: string | null;
  table: string;
  format: SourceFormat;
  /** Detected text encoding of a CSV file; null for XLSX and Parquet. */
  encoding: TextEncodingName | null;
  /** Data rows read (explanation rows not counted); null when the file could not be read. */
  rows: number | null;
}

export interface LoadReport {
  ok: boolean;
  /** True when the load was stopped through the AbortSignal; nothing was replaced. */
  cancelled: boolean;
  /** Errors and warnings; when `ok`, warnings only. */
  problems: Problem[];
  /** Rows per contract table now loaded (0 for an absent optional file); empty when not `ok`. */
  tables: Record<string, number>;
  /** Every table input that was read, in the order read (also when not `ok`). */
  files: FileReport[];
  /** The dataset's policy.json, or the defaults when it has none; null when not `ok`. */
  policyFile: PolicyFile | null;
  /** Quarters with data, oldest first; empty when not `ok`. */
  quarters: Quarter[];
}

export type LoadStep = 'read' | 'validate' | 'replace';

export interface LoadProgress {
  step: LoadStep;
  /** Inputs read so far (0…total); during `validate` and `replace`, equal to total. */
  done: number;
  total: number;
  /** The file (and sheet) being read, during `read`. */
  file: string | null;
  sheet: string | null;
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Stops the load between steps; the loaded dataset stays as it was. */
  signal?: AbortSignal;
}

export async function loadDataset(engine: Engine, files: readonly DatasetFile[], options: LoadOptions = {}): Promise<LoadReport> {
  const { onProgress, signal } = options;
  const sorted = sortFiles(files);
  const problems: Problem[] = [...sorted.problems];
  const policy = readPolicy(sorted.policy);
  problems.push(...policy.problems);
  const fileReports: FileReport[] = [];
  const total = sorted.sources.length;

  const staged: StagedTable[] = [];
  if (total > 0) await engine.query(CREATE_STAGE_SQL);
  try {
    for (const [index, source] of sorted.sources.entries()) {
      if (signal?.aborted) return cancelled(fileReports);
      onProgress?.({ step: 'read', done: index, total, file: source.file, sheet: source.sheet });
      const result = await stageSource(engine, source);
      problems.push(...result.problems);
      if (result.staged) staged.push(result.staged);
      fileReports.push({
        file: source.file,
        sheet: source.sheet,
        table: source.spec.name,
        format: source.format,
        encoding: result.encoding,
        rows: result.staged?.rowCount ?? null,
      });
    }
    if (signal?.aborted) return cancelled(fileReports);
    onProgress?.({ step: 'validate', done: total, total, file: null, sheet: null });
    const validation = await validateStaged(engine, staged);
    problems.push(...validation.problems);
    const listed = capProblems(problems, validation.hidden);
    if (hasErrors(listed) || policy.file === null) return failed(listed, fileReports);
    if (signal?.aborted) return cancelled(fileReports);

    onProgress?.({ step: 'replace', done: total, total, file: null, sheet: null });
    try {
      await engine.query(replaceTablesSql(staged, newSalt()));
    } catch (e) {
      await engine.query('ROLLBACK').catch(() => undefined);
      return failed(
        [
          ...listed,
          {
            file: staged.map((t) => t.file).join('、') || 'regions.csv',
            row: null,
            column: null,
            problem: `写入数据表失败：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
            expected: '数据通过校验后可以写入；请把此信息报告给维护者',
            severity: 'error',
          },
        ],
        fileReports,
      );
    }
    const tables: Record<string, number> = {};
    for (const spec of CONTRACT) tables[spec.name] = staged.find((t) => t.spec === spec)?.rowCount ?? 0;
    return {
      ok: true,
      cancelled: false,
      problems: listed,
      tables,
      files: fileReports,
      policyFile: policy.file,
      quarters: await listQuarters(engine),
    };
  } finally {
    if (total > 0) await engine.query(DROP_STAGE_SQL);
  }
}

function failed(problems: Problem[], files: FileReport[]): LoadReport {
  return { ok: false, cancelled: false, problems, tables: {}, files, policyFile: null, quarters: [] };
}

function cancelled(files: FileReport[]): LoadReport {
  return { ...failed([], files), cancelled: true };
}

export function readPolicy(file: DatasetFile | null): { file: PolicyFile | null; problems: Problem[] } {
  if (!file) return { file: DEFAULT_POLICY_FILE, problems: [] };
  const problem = (text: string): Problem => ({
    file: baseName(file.name),
    row: null,
    column: null,
    problem: text,
    expected: 'fundwatch-policy/1 格式的 policy.json（见 src/domain/policy.default.json）',
    severity: 'error',
  });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes).replace(/^\ufeff/, ''));
  } catch (e) {
    return { file: null, problems: [problem(`不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`)] };
  }
  try {
    return { file: parsePolicyFile(json), problems: [] };
  } catch (e) {
    if (e instanceof PolicyError) return { file: null, problems: e.issues.map((issue) => problem(`${POLICY_FILE_NAME} 有误：${issue}`)) };
    throw e;
  }
}

/** One transaction: every contract table replaced by its typed copy, absent ones empty; one statement per table. */
function replaceTablesSql(staged: readonly StagedTable[], salt: string): string {
  const statements = ['BEGIN TRANSACTION'];
  for (const spec of CONTRACT) {
    const table = ident(spec.name);
    const stage = staged.find((t) => t.spec === spec);
    statements.push(
      stage
        ? renderSql(SQL.fillTable, { table, casts: fragment(casts(spec, salt)), stage_table: stage.stageTable })
        : renderSql(SQL.createTable, { table, column_defs: fragment(columnDefs(spec)) }),
    );
  }
  statements.push(SQL.regionAncestors, 'COMMIT');
  return statements.join(';\n');
}

/** The roster keeps a hashed ID and a masked one, never the raw ID (see personId.ts). */
function isRoster(spec: TableSpec): boolean {
  return spec.name === 'roster';
}

export function columnDefs(spec: TableSpec): string {
  const defs = spec.columns.map((c) => `${ident(c.name).text} ${TABLE_TYPE[c.kind]}`);
  if (isRoster(spec)) defs.push(`${ident(MASKED_ID_COLUMN).text} VARCHAR`);
  return defs.join(', ');
}

/** Each column as its table type (the same types as columnDefs: the staged text is VARCHAR, the rest is cast). */
function casts(spec: TableSpec, salt: string): string {
  const list = spec.columns.map((c) => {
    const v = ident(c.name).text;
    const value = isRoster(spec) && c.name === PERSON_ID_COLUMN ? hashedIdSql(v, salt) : castSql(c, v, TABLE_TYPE[c.kind]);
    return `${value} AS ${v}`;
  });
  if (isRoster(spec)) list.push(`${maskedIdSql(ident(PERSON_ID_COLUMN).text)} AS ${ident(MASKED_ID_COLUMN).text}`);
  return list.join(', ');
}
