// Comparing the loaded dataset with an earlier submission (DOMAIN.md 报送与
// 版本比对). The earlier submission is loaded by the ordinary loader into a
// database of its own (databases.ts), so a comparison that fails leaves the
// loaded dataset exactly as it was, and it is analysed there with its own
// policy. Then, in SQL, each contract table of both is matched by its key
// (table_diff.sql): rows added, removed, changed column by column. The
// region tree must be the same (region_tree_diff.sql): a comparison across
// two trees would call every moved county a change. The roster is not
// compared row by row: person IDs are hashed with a salt drawn for each load
// and never kept (personId.ts), so two loads cannot match a person; its
// effect shows in the coverage indicators. The domain (domain/revisions.ts)
// then says which indicators moved and which alerts are new, resolved or
// changed in severity.
import type { PolicyFile } from '../../domain/policy/types';
import { compareQuarters } from '../../domain/quarter';
import { buildRevisions, type CellValue, type ColumnChange, type Revisions, type RowKey, type TableRevision } from '../../domain/revisions';
import type { Analysis, Quarter } from '../../domain/types';
import { analyze } from './analyze';
import { CONTRACT, type ColumnSpec, type TableSpec } from '../contract/contract';
import { attachDatabase, detachDatabase, inDatabase, tableIn } from '../runtime/databases';
import { MAIN_DATABASE, type Engine, type Row } from '../runtime/engine';
import type { LoadOptions, LoadReport } from '../ingest/load';
import { hasPersonIds } from '../contract/personId';
import { message, type Message } from '../../domain/messages/codes';
import { explain, type Problem } from '../ingest/problems';
import { fragment, ident, renderSql, SQL } from './sql';
import { loadSubmissions, type Submission } from '../ingest/submissions';

export const COMPARE_DATABASE = 'fundwatch_compare';

/** Differences of the region tree listed before the rest are counted. */
const TREE_DIFFERENCES_LISTED = 50;

export type Comparison =
  | { ok: true; revisions: Revisions; report: LoadReport }
  /** `report`: the earlier submission's load (its files and problems, also when it loaded but another region tree stops the comparison). */
  | { ok: false; problems: Problem[]; report: LoadReport };

/**
 * The quarter of the earlier submission compared with `quarter`: the same
 * one when it has it, else its latest quarter before it (last quarter's
 * submission against this quarter's), else its latest.
 */
export function comparedQuarter(quarters: readonly Quarter[], quarter: Quarter): Quarter | null {
  if (quarters.includes(quarter)) return quarter;
  const before = quarters.filter((q) => compareQuarters(q, quarter) < 0);
  return before.at(-1) ?? quarters.at(-1) ?? null;
}

/**
 * The loaded dataset (analysed at `quarter` with `policyFile`) against the
 * earlier submission: one folder, or several merged as loading merges them
 * (submissions.ts). Nothing loaded changes, whatever the outcome.
 */
export async function compareWith(
  engine: Engine,
  submissions: readonly Submission[],
  current: { quarter: Quarter; policyFile: PolicyFile },
  options: LoadOptions = {},
): Promise<Comparison> {
  await detachDatabase(engine, COMPARE_DATABASE);
  await attachDatabase(engine, COMPARE_DATABASE);
  try {
    const earlier = await inDatabase(engine, COMPARE_DATABASE, async (): Promise<{ report: LoadReport; analysis: Analysis | null }> => {
      const report = await loadSubmissions(engine, submissions, options);
      if (!report.ok || report.policyFile === null) return { report, analysis: null };
      const quarter = comparedQuarter(report.quarters, current.quarter);
      return { report, analysis: quarter === null ? null : await analyze(engine, quarter, report.policyFile) };
    });
    const { report } = earlier;
    if (!report.ok) return { ok: false, problems: report.problems, report };
    const tree = await regionTreeProblems(engine);
    if (tree.length > 0) return { ok: false, problems: tree, report };
    const tables = await tableRevisions(engine);
    const after = await analyze(engine, current.quarter, current.policyFile);
    return { ok: true, revisions: buildRevisions(tables, earlier.analysis, after), report };
  } finally {
    await detachDatabase(engine, COMPARE_DATABASE);
  }
}

async function regionTreeProblems(engine: Engine): Promise<Problem[]> {
  const rows = await engine.query(
    renderSql(SQL.regionTreeDiff, { old: fragment(tableIn(COMPARE_DATABASE, 'regions')), new: fragment(tableIn(MAIN_DATABASE, 'regions')), limit: TREE_DIFFERENCES_LISTED + 1 }),
  );
  const problems = rows.slice(0, TREE_DIFFERENCES_LISTED).map((r): Problem => {
    const code = String(r.region_code);
    const text = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));
    if (r.old_level === null) return treeProblem('region_code', message('compare.region_added', { code }));
    if (r.new_level === null) return treeProblem('region_code', message('compare.region_removed', { code }));
    if (r.old_level !== r.new_level) return treeProblem('level', message('compare.level_differs', { code, before: text(r.old_level), after: text(r.new_level) }));
    return treeProblem('parent_code', message('compare.parent_differs', { code, before: text(r.old_parent), after: text(r.new_parent) }));
  });
  if (rows.length > TREE_DIFFERENCES_LISTED) problems.push(treeProblem(null, message('compare.more_regions')));
  return problems;
}

function treeProblem(column: string | null, difference: Message): Problem {
  return {
    file: 'regions.csv',
    row: null,
    column,
    ...explain(message('compare.tree', { difference }), message('compare.tree_expected')),
    severity: 'error',
  };
}

/** Every contract table (but the roster) that either submission has rows in, with its changes. */
async function tableRevisions(engine: Engine): Promise<TableRevision[]> {
  const compared = CONTRACT.filter((spec) => !hasPersonIds(spec));
  const counts = await engine.query(
    compared
      .map((spec) => `SELECT '${spec.name}' AS name, (SELECT count(*) FROM ${tableIn(COMPARE_DATABASE, spec.name)}) + (SELECT count(*) FROM ${tableIn(MAIN_DATABASE, spec.name)}) AS n`)
      .join('\nUNION ALL\n'),
  );
  const present = new Set(counts.filter((r) => Number(r.n) > 0).map((r) => String(r.name)));
  const out: TableRevision[] = [];
  for (const spec of compared) {
    if (present.has(spec.name)) out.push(await tableRevision(engine, spec));
  }
  return out;
}

function asText(column: ColumnSpec, alias: string): string {
  return `CAST(${alias}.${ident(column.name).text} AS VARCHAR)`;
}

async function tableRevision(engine: Engine, spec: TableSpec): Promise<TableRevision> {
  const keyColumns = spec.columns.filter((c) => spec.key.includes(c.name));
  const valueColumns = spec.columns.filter((c) => !spec.key.includes(c.name));
  const keyName = (c: ColumnSpec): string => ident(`k_${c.name}`).text;
  const rows = await engine.query(
    renderSql(SQL.tableDiff, {
      key_values: fragment(keyColumns.map((c) => `coalesce(n.${ident(c.name).text}, o.${ident(c.name).text}) AS ${keyName(c)}`).join(', ')),
      value_pairs: fragment(valueColumns.map((c) => `, o.${ident(c.name).text} AS ${ident(`o_${c.name}`).text}, n.${ident(c.name).text} AS ${ident(`n_${c.name}`).text}`).join('')),
      columns: fragment(spec.columns.map((c) => `${asText(c, 't')} AS ${ident(c.name).text}`).join(', ')),
      old: fragment(`${tableIn(COMPARE_DATABASE, spec.name)} AS t`),
      new: fragment(`${tableIn(MAIN_DATABASE, spec.name)} AS t`),
      key_match: fragment(keyColumns.map((c) => `o.${ident(c.name).text} IS NOT DISTINCT FROM n.${ident(c.name).text}`).join(' AND ')),
      differs: fragment(valueColumns.length === 0 ? 'false' : valueColumns.map((c) => `o.${ident(c.name).text} IS DISTINCT FROM n.${ident(c.name).text}`).join(' OR ')),
      key_order: fragment(keyColumns.map(keyName).join(', ')),
    }),
  );
  const revision: TableRevision = { table: spec.name, added: [], removed: [], changed: [] };
  for (const row of rows) {
    const key: RowKey = Object.fromEntries(keyColumns.map((c) => [c.name, cell(c, row[`k_${c.name}`])]));
    if (row._change === 'added') revision.added.push(key);
    else if (row._change === 'removed') revision.removed.push(key);
    else {
      for (const c of valueColumns) {
        const before = cell(c, row[`o_${c.name}`]);
        const after = cell(c, row[`n_${c.name}`]);
        if (before !== after) revision.changed.push({ key, column: c.name, old: before, new: after } satisfies ColumnChange);
      }
    }
  }
  return revision;
}

/** Counts and years as numbers, everything else as the loaded text (money to the fen). */
function cell(column: ColumnSpec, value: Row[string] | undefined): CellValue {
  if (value === null || value === undefined) return null;
  return column.kind === 'count' || column.kind === 'year' ? Number(value) : String(value);
}
