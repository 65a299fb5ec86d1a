// Merging submissions (DOMAIN.md 报送与版本比对): each city sends a folder of
// the contract's files; the province loads them as one dataset.
//
// 1. Each submission is loaded on its own, by the ordinary loader, into a
//    database of its own (databases.ts): every rule of the contract holds
//    for each folder, and its problems name the folder (`150900/fund_flows.csv`).
//    Each folder is therefore complete in itself: its regions.csv lists every
//    region its rows name (the whole province, or its own city and the
//    province above it).
// 2. Across submissions, per table, rows identical in every column are one
//    row; a key (contract.ts) held by two submissions with different values
//    is refused, naming both submissions, the table, the key and the values.
//    regions.csv is a table like the others: two folders may both list a
//    region, identically. The roster merges as within one file (identical
//    rows once, a person's differing rows by its own rules).
// 3. policy.json: the folders that have one must hold the same policy (as
//    read, so layout and key order do not matter); folders without one take
//    it; none at all means the defaults.
// 4. The merged tables are loaded as one dataset by the same loader, so
//    every rule is checked once more across submissions (problems found
//    only then name `merged/<file>`), all or nothing: until this last load
//    succeeds the loaded dataset is untouched.
import type { Engine } from '../runtime/engine';
import { CONTRACT, type TableSpec } from '../contract/contract';
import { attachDatabase, detachDatabase, inDatabase, tableIn } from '../runtime/databases';
import { baseName, POLICY_FILE_NAME, type DatasetFile } from '../formats/files';
import { loadDataset, type FileReport, type LoadOptions, type LoadReport } from './load';
import { hashedIdSql, hasPersonIds, MASKED_ID_COLUMN, newSalt, PERSON_ID_COLUMN } from '../contract/personId';
import { message } from '../../domain/messages/codes';
import { explain, hasErrors, type Problem } from './problems';
import { fragment, ident, literal, renderSql, SQL } from '../queries/sql';

/** One city's (or any office's) files; `name` is its folder name, which problems quote. */
export interface Submission {
  name: string;
  files: DatasetFile[];
}

/** How a problem found in the merged dataset (not in one submission) names its file. */
export const MERGED_PREFIX = 'merged/';

/** Hashed person ID → masked ID of the submissions' rosters, for the merged roster (see maskedIdsSql). */
const MASKS_TABLE = 'fundwatch_merge_masks';

/** Conflicting keys listed per table; the rest are counted. */
const CONFLICTS_LISTED = 50;

function databaseName(index: number): string {
  return `fundwatch_submission_${index}`;
}

/**
 * Loads several submissions as one dataset (see the top of this file); one
 * submission is exactly `loadDataset`. The report's `files` name each
 * submission's files as `<submission>/<file>`.
 */
export async function loadSubmissions(engine: Engine, submissions: readonly Submission[], options: LoadOptions = {}): Promise<LoadReport> {
  const [only] = submissions;
  if (submissions.length <= 1) return loadDataset(engine, only?.files ?? [], options);
  const salt = options.salt ?? newSalt();
  const attached: string[] = [];
  let merged: DatasetFile[];
  const problems: Problem[] = [];
  const files: FileReport[] = [];
  try {
    const reports: LoadReport[] = [];
    for (const [index, submission] of submissions.entries()) {
      const database = databaseName(index);
      await attachDatabase(engine, database);
      attached.push(database);
      const report = await inDatabase(engine, database, () => loadDataset(engine, submission.files, { ...options, salt }));
      problems.push(...report.problems.map((p) => ({ ...p, file: `${submission.name}/${p.file}` })));
      files.push(...report.files.map((f) => ({ ...f, file: `${submission.name}/${f.file}` })));
      if (report.cancelled) return { ...failed(problems, files), cancelled: true };
      reports.push(report);
    }
    if (reports.some((r) => !r.ok)) return failed(problems, files, reports);
    const policy = mergedPolicy(submissions, reports);
    problems.push(...policy.problems);
    for (const spec of CONTRACT) {
      const holding = attached.filter((_, i) => (reports[i]?.tables[spec.name] ?? 0) > 0);
      if (!spec.mergeDuplicates && holding.length > 1) problems.push(...(await conflicts(engine, spec, attached, submissions)));
    }
    if (hasErrors(problems)) return failed(problems, files, reports);
    merged = [];
    for (const spec of CONTRACT) {
      if (!spec.required && reports.every((r) => (r.tables[spec.name] ?? 0) === 0)) continue;
      const rows = await engine.query(renderSql(SQL.mergeRows, { columns: fragment(columnList(spec)), rows: fragment(unionSql(spec, attached)), key: fragment(keyList(spec)) }));
      merged.push({ name: `${spec.name}.csv`, bytes: new TextEncoder().encode(plainCsv(spec, rows)) });
    }
    if (policy.file) merged.push(policy.file);
    const roster = CONTRACT.find(hasPersonIds);
    if (roster && reports.some((r) => (r.tables[roster.name] ?? 0) > 0)) await engine.query(maskedIdsSql(roster, attached, salt));
  } finally {
    for (const database of attached) await detachDatabase(engine, database);
  }
  let report: LoadReport;
  try {
    report = await loadDataset(engine, merged, { ...options, salt });
    if (report.ok) await restoreMaskedIds(engine);
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${ident(MASKS_TABLE).text}`);
  }
  // A note the merged load repeats about a submission's own rows (its sentence names them; the merged
  // file's row numbers differ) is said once, by the submission.
  // The merged roster's IDs are the submissions' hashes, in neither ID form: its malformed-ID notice would name
  // every row, where each submission's own named the real ones.
  const said = new Set(problems.map((p) => `${JSON.stringify(p.problem)}|${p.column ?? ''}`));
  const more = report.problems.filter(
    (p) => p.severity === 'error' || (p.problem.code !== 'check.ids_malformed' && !said.has(`${JSON.stringify(p.problem)}|${p.column ?? ''}`)),
  );
  return { ...report, problems: [...problems, ...more.map((p) => ({ ...p, file: `${MERGED_PREFIX}${p.file}` }))], files };
}

/**
 * A roster's IDs reach the merged load already hashed (submissions are
 * loaded first, and a raw ID is never kept), and the merged load hashes
 * them again with the same salt: the same person is still one ID. Its masked
 * ID would then be the hash's: the real one (150102****1234), which
 * follow-up lists show, is kept from the submissions' rosters under the ID
 * the merged load will give, and put back after it (restoreMaskedIds).
 */
function maskedIdsSql(roster: TableSpec, databases: readonly string[], salt: string): string {
  const id = ident(PERSON_ID_COLUMN).text;
  const masked = ident(MASKED_ID_COLUMN).text;
  const rows = databases.map((db) => `SELECT ${hashedIdSql(`CAST(${id} AS VARCHAR)`, salt)} AS ${id}, ${masked} FROM ${tableIn(db, roster.name)}`);
  return `CREATE OR REPLACE TEMP TABLE ${ident(MASKS_TABLE).text} AS SELECT DISTINCT * FROM (${rows.join('\nUNION ALL\n')})`;
}

async function restoreMaskedIds(engine: Engine): Promise<void> {
  const roster = CONTRACT.find(hasPersonIds);
  if (!roster) return;
  const [exists] = await engine.query(`SELECT count(*) AS n FROM duckdb_tables() WHERE temporary AND table_name = '${MASKS_TABLE}'`);
  if (Number(exists?.n ?? 0) === 0) return;
  const id = ident(PERSON_ID_COLUMN).text;
  const masked = ident(MASKED_ID_COLUMN).text;
  await engine.query(`UPDATE ${ident(roster.name).text} AS r SET ${masked} = m.${masked} FROM ${ident(MASKS_TABLE).text} AS m WHERE r.${id} = m.${id}`);
}

/** `reports`: the submissions' own, whose province words (the first that read regions) the problems are said in. */
function failed(problems: Problem[], files: FileReport[], reports: readonly LoadReport[] = []): LoadReport {
  const words = reports.find((r) => r.levelWords !== undefined)?.levelWords;
  return { ok: false, cancelled: false, problems, tables: {}, files, policyFile: null, policyDefaults: false, quarters: [], ...(words === undefined ? {} : { levelWords: words }) };
}

/** The submissions' policy.json: the same in every folder that has one (see the top of this file). */
function mergedPolicy(submissions: readonly Submission[], reports: readonly LoadReport[]): { file: DatasetFile | null; problems: Problem[] } {
  let first: { name: string; file: DatasetFile; policy: string } | null = null;
  const problems: Problem[] = [];
  for (const [i, submission] of submissions.entries()) {
    const file = submission.files.find((f) => baseName(f.name).toLowerCase() === POLICY_FILE_NAME);
    if (!file) continue;
    const policy = JSON.stringify(reports[i]?.policyFile ?? null);
    if (first === null) first = { name: submission.name, file, policy };
    else if (first.policy !== policy) {
      problems.push({
        file: `${submission.name}/${POLICY_FILE_NAME}`,
        row: null,
        column: null,
        ...explain(
          message('merge.policy_differs', { policyFile: POLICY_FILE_NAME, submission: submission.name, first: first.name }),
          message('merge.policy_differs_expected', { policyFile: POLICY_FILE_NAME }),
        ),
        severity: 'error',
      });
    }
  }
  return { file: first?.file ?? null, problems };
}

function columnList(spec: TableSpec, alias = ''): string {
  return spec.columns.map((c) => alias + ident(c.name).text).join(', ');
}

function keyList(spec: TableSpec, alias = ''): string {
  return spec.key.map((k) => alias + ident(k).text).join(', ');
}

/** Every submission's rows of `spec`, `_submission` first, each contract column as text. */
function unionSql(spec: TableSpec, databases: readonly string[]): string {
  const columns = spec.columns.map((c) => `CAST(${ident(c.name).text} AS VARCHAR) AS ${ident(c.name).text}`).join(', ');
  return databases.map((db, i) => `SELECT ${literal(i).text} AS _submission, ${columns} FROM ${tableIn(db, spec.name)}`).join('\nUNION ALL\n');
}

/** One problem per key two submissions hold with different values: both named, with the columns that differ. */
async function conflicts(engine: Engine, spec: TableSpec, databases: readonly string[], submissions: readonly Submission[]): Promise<Problem[]> {
  const rows = await engine.query(
    renderSql(SQL.mergeConflicts, {
      rows: fragment(unionSql(spec, databases)),
      key: fragment(keyList(spec)),
      row_value: fragment(`[${columnList(spec)}]`),
      limit: CONFLICTS_LISTED,
      key_match: fragment(spec.key.map((k) => `u.${ident(k).text} IS NOT DISTINCT FROM shown.${ident(k).text}`).join(' AND ')),
      u_key: fragment(keyList(spec, 'u.')),
    }),
  );
  const byKey = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = JSON.stringify(spec.key.map((k) => row[k] ?? null));
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const file = `${spec.name}.csv`;
  const problems: Problem[] = [];
  for (const held of byKey.values()) {
    const [a] = held;
    if (!a) continue;
    const differing = (r: (typeof rows)[number]): string[] => spec.columns.map((c) => c.name).filter((c) => (r[c] ?? null) !== (a[c] ?? null));
    const b = held.find((r) => differing(r).length > 0);
    if (!b) continue;
    const first = submissions[Number(a._submission)]?.name ?? '';
    const second = submissions[Number(b._submission)]?.name ?? '';
    const key = spec.key.map((k) => `${k}=${a[k] === null || a[k] === undefined ? '' : String(a[k])}`).join(', ');
    const columns = differing(b);
    const values = columns.map((c) => ({ column: c, a: shown(a[c]), b: shown(b[c]) }));
    problems.push({
      file,
      row: null,
      column: columns.join('+'),
      ...explain(message('merge.conflict', { first, second, table: spec.name, key, values }), message('merge.conflict_expected', { key: spec.key })),
      severity: 'error',
    });
  }
  const total = Number(rows[0]?._conflicts ?? 0);
  if (total > problems.length) {
    const more = total - problems.length;
    problems.push({
      file,
      row: null,
      column: null,
      ...explain(message('merge.more_conflicts', { count: more }), message('merge.fix_rest')),
      severity: 'error',
    });
  }
  return problems;
}

/** A cell as the message quotes it; null for an empty one. */
function shown(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The contract's CSV shape, values as loaded (no spreadsheet neutralising: this file is read back, not opened). */
function plainCsv(spec: TableSpec, rows: readonly Record<string, unknown>[]): string {
  const quote = (v: unknown): string => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const names = spec.columns.map((c) => c.name);
  return [names.join(','), ...rows.map((r) => names.map((n) => quote(r[n])).join(','))].join('\n') + '\n';
}
