// Loading a dataset is all or nothing: files are staged as text, every rule
// of the data contract is checked, and only a clean dataset replaces the
// typed tables, in one transaction. On any error the tables that were
// loaded before stay exactly as they were, so the page keeps showing them.
import { DEFAULT_POLICY_FILE, parsePolicyFile, PolicyError } from '../domain/policy';
import type { PolicyFile } from '../domain/policyTypes';
import type { Quarter } from '../domain/types';
import { CONTRACT, TABLE_TYPE, type TableSpec } from './contract';
import { castSql } from './columnRules';
import type { Engine } from './engine';
import { baseName, POLICY_FILE_NAME, sortFiles, type DatasetFile } from './files';
import { capProblems, hasErrors, type Problem } from './problems';
import { listQuarters } from './quarters';
import { fragment, ident, renderSql, SQL } from './sql';
import { stageFile, type StagedTable } from './stage';
import { validateStaged } from './validate';

export type { DatasetFile } from './files';
export type { Problem } from './problems';

export interface LoadReport {
  ok: boolean;
  /** Errors and warnings; when `ok`, warnings only. */
  problems: Problem[];
  /** Rows per contract table now loaded (0 for an absent optional file); empty when not `ok`. */
  tables: Record<string, number>;
  /** The dataset's policy.json, or the defaults when it has none; null when not `ok`. */
  policyFile: PolicyFile | null;
  /** Quarters with data, oldest first; empty when not `ok`. */
  quarters: Quarter[];
}

export async function loadDataset(engine: Engine, files: readonly DatasetFile[]): Promise<LoadReport> {
  const sorted = sortFiles(files);
  const problems: Problem[] = [...sorted.problems];
  const policy = readPolicy(sorted.policy);
  problems.push(...policy.problems);

  const staged: StagedTable[] = [];
  try {
    for (const [spec, file] of sorted.tables) {
      const result = await stageFile(engine, spec, file);
      problems.push(...result.problems);
      if (result.staged) staged.push(result.staged);
    }
    const validation = await validateStaged(engine, staged);
    problems.push(...validation.problems);
    const listed = capProblems(problems, validation.hidden);
    if (hasErrors(listed) || policy.file === null) return failed(listed);

    try {
      await engine.query(replaceTablesSql(staged));
    } catch (e) {
      await engine.query('ROLLBACK').catch(() => undefined);
      return failed([
        ...listed,
        {
          file: staged.map((t) => t.file).join('、') || 'regions.csv',
          row: null,
          column: null,
          problem: `写入数据表失败：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
          expected: '数据通过校验后可以写入；请把此信息报告给维护者',
          severity: 'error',
        },
      ]);
    }
    const tables: Record<string, number> = {};
    for (const spec of CONTRACT) tables[spec.name] = staged.find((t) => t.spec === spec)?.rowCount ?? 0;
    return { ok: true, problems: listed, tables, policyFile: policy.file, quarters: await listQuarters(engine) };
  } finally {
    if (staged.length > 0) await engine.query(staged.map((t) => `DROP TABLE IF EXISTS ${ident(t.stageTable).text}`).join(';\n'));
  }
}

function failed(problems: Problem[]): LoadReport {
  return { ok: false, problems, tables: {}, policyFile: null, quarters: [] };
}

function readPolicy(file: DatasetFile | null): { file: PolicyFile | null; problems: Problem[] } {
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

/** One transaction: every contract table dropped and recreated typed, absent ones empty. */
function replaceTablesSql(staged: readonly StagedTable[]): string {
  const statements = ['BEGIN TRANSACTION'];
  for (const spec of CONTRACT) {
    const table = ident(spec.name);
    statements.push(renderSql(SQL.createTable, { table, column_defs: fragment(columnDefs(spec)) }));
    const stage = staged.find((t) => t.spec === spec);
    if (stage) {
      statements.push(renderSql(SQL.fillTable, { table, casts: fragment(casts(spec)), stage_table: ident(stage.stageTable) }));
    }
  }
  statements.push(SQL.regionAncestors, 'COMMIT');
  return statements.join(';\n');
}

function columnDefs(spec: TableSpec): string {
  return spec.columns.map((c) => `${ident(c.name).text} ${TABLE_TYPE[c.kind]}`).join(', ');
}

function casts(spec: TableSpec): string {
  return spec.columns.map((c) => `${castSql(c, ident(c.name).text, TABLE_TYPE[c.kind])} AS ${ident(c.name).text}`).join(', ');
}
