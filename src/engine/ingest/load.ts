// Loading a dataset is all or nothing: files are staged (typed and as
// text), every rule of the data contract is checked, and only a clean
// dataset replaces the typed tables: each staged table is given the loaded
// shape (stage.ts, finishSql) and renamed in, all in one transaction with
// dropping the old ones. On any error the tables that were loaded before
// stay exactly as they were, so the page keeps showing them.
import { message, type Message, type PolicyCityFound } from '../../domain/messages/codes';
import { FundWatchError } from '../../domain/messages/error';
import { DEFAULT_POLICY_FILE, defaultPolicyFor, parsePolicyFile } from '../../domain/policy/policy';
import type { PolicyFile } from '../../domain/policy/types';
import type { Quarter } from '../../domain/types';
import { datasetLevelWords, type LevelWords } from '../../domain/levelWords';
import { CONTRACT, tableType, type TableSpec } from '../contract/contract';
import { decodeText, type TextEncodingName } from '../formats/decode';
import { jsonDuplicateKey, jsonSyntaxError } from '../formats/jsonSyntax';
import type { Engine } from '../runtime/engine';
import { inLanes } from '../runtime/lanes';
import { baseName, POLICY_FILE_NAME, readWholeFiles, sortFiles, type DatasetFile, type SortedFiles, type SourceFormat } from '../formats/files';
import type { OpenWorkbook } from '../formats/workbooks';
import { hasPersonIds, MASKED_ID_COLUMN, newSalt, PERSON_ID_COLUMN, PERSON_ID_TYPE } from '../contract/personId';
import { capProblems, explain, hasErrors, type Problem } from './problems';
import { listQuarters } from '../queries/quarters';
import { fragment, ident, literal, renderSql, SQL } from '../queries/sql';
import { directGroupingSql, regionPoolsSql } from '../queries/regionPools';
import { dropStagedSql, finishSql, mayReadInPlace, mergedRowsTable, scanOptions, stageSource, unreadValuesSql, type StagedTable } from './stage';
import { prescanCsv } from './prescan';
import { validateStaged } from './validate';

export type { DatasetFile } from '../formats/files';
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
  /** The dataset's policy.json, or the defaults (under the data's province code) when it has none; null when not `ok`. */
  policyFile: PolicyFile | null;
  /** True when the data has no policy.json and `policyFile` is the defaults. */
  policyDefaults: boolean;
  /** Quarters with data, oldest first; empty when not `ok`. */
  quarters: Quarter[];
  /** The words of the province whose regions were read (also when not `ok`), in which the problems are said (problems.ts); absent without regions. */
  levelWords?: LevelWords;
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
  /** A big CSV file is read in pieces (stage.ts): how many of them are read, during `read`. */
  piece?: { done: number; total: number };
}

export interface LoadOptions {
  onProgress?: (progress: LoadProgress) => void;
  /** Stops the load between steps; the loaded dataset stays as it was. */
  signal?: AbortSignal;
  /** Bytes of the pieces a big CSV file is read in (default 32 MiB; tests use small ones). */
  pieceBytes?: number;
  /** From how many bytes a local CSV file is read where it lies (native engines; default 16 MiB, tests use small ones). */
  localCsvBytes?: number;
  /** Keys per pass of the duplicate-key search in a big table (default 2,500,000; tests use small ones). */
  keysPerPass?: number;
  /**
   * The salt person IDs are hashed with (personId.ts); a fresh one when absent.
   * A merge of submissions (submissions.ts) loads each with the same salt, so
   * that one person listed by two cities is one hashed ID.
   */
  salt?: string;
  /** Opens workbooks (formats/workbooks.ts): the page passes one that works in a worker. */
  openWorkbook?: OpenWorkbook;
}

export async function loadDataset(engine: Engine, files: readonly DatasetFile[], options: LoadOptions = {}): Promise<LoadReport> {
  const { onProgress, signal, pieceBytes, keysPerPass, localCsvBytes } = options;
  const sorted = sortFiles(await readWholeFiles(files, options.openWorkbook));
  const problems: Problem[] = [...sorted.problems];
  const policy = readPolicy(sorted.policy);
  problems.push(...policy.problems);
  const fileReports: FileReport[] = [];
  const total = sorted.sources.length;
  // Person IDs are hashed with it as they are read (personId.ts); it is never stored.
  const salt = options.salt ?? newSalt();

  const staged: StagedTable[] = [];
  // Every table staged, as it is (also when a load fails before `staged` is put in order).
  const dropLater: StagedTable[] = [];
  // After the replacement only the data tables that were copied are left to drop.
  let leftovers = (t: StagedTable): string => dropStagedSql(t.spec);
  try {
    // Two files at a time where the engine can (runtime/lanes.ts); CSV files scanned ahead (prescan.ts).
    const prescans = prescanCsv(sorted.sources, scanOptions(pieceBytes), (content) => mayReadInPlace(engine, content, localCsvBytes));
    const results = await inLanes(engine, sorted.sources, async (source, index, lane) => {
      onProgress?.({ step: 'read', done: index, total, file: source.file, sheet: source.sheet });
      const onPiece = (done: number, pieces: number): void =>
        onProgress?.({ step: 'read', done: index, total, file: source.file, sheet: source.sheet, piece: { done, total: pieces } });
      const result = await stageSource(lane, source, {
        salt,
        onPiece,
        ...(pieceBytes === undefined ? {} : { pieceBytes }),
        ...(localCsvBytes === undefined ? {} : { localCsvBytes }),
        prescans,
      });
      if (result.staged) dropLater.push(result.staged);
      return result;
    }, signal).finally(() => prescans.stop());
    // In the inputs' order, whichever lane read them.
    for (const [index, result] of results.entries()) {
      const source = sorted.sources[index];
      if (result === undefined || source === undefined) break;
      problems.push(...result.problems);
      // A sheet refused before its rows were written (a stray cell at XFD) is said once, by its cell: not also as empty.
      if (result.staged && !(result.staged.rowCount === 0 && hasErrors(result.problems))) staged.push(result.staged);
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
    const words = await stagedLevelWords(engine, staged);
    onProgress?.({ step: 'validate', done: total, total, file: null, sheet: null });
    const validation = await validateStaged(engine, staged, keysPerPass === undefined ? {} : { keysPerPass });
    problems.push(...validation.problems);
    if (sorted.policy && policy.file && !hasErrors(problems)) {
      problems.push(...(await policyProvince(engine, staged, sorted.policy.name, policy.file)), ...(await policyCities(engine, staged, sorted.policy.name, policy.file)));
    }
    if (!hasErrors(problems)) problems.push(...(await quarterGaps(engine, staged)), ...(await rosterReach(engine, staged)), ...(await factorReach(engine, staged)));
    const listed = capProblems(problems, validation.hidden);
    if (hasErrors(listed) || policy.file === null) return failed(listed, fileReports, words);
    if (signal?.aborted) return cancelled(fileReports);

    onProgress?.({ step: 'replace', done: total, total, file: null, sheet: null });
    try {
      const loaded = await finishTables(engine, staged);
      await engine.query(replaceTablesSql(loaded));
      leftovers = (t) =>
        [loaded.get(t) === t.dataTable ? '' : `DROP TABLE IF EXISTS ${ident(t.dataTable).text}`, `DROP TABLE IF EXISTS ${ident(mergedRowsTable(t.spec)).text}`]
          .filter((sql) => sql !== '')
          .join(';\n');
    } catch (e) {
      await engine.query('ROLLBACK').catch(() => undefined);
      return failed(
        [
          ...listed,
          {
            file: staged.map((t) => t.file).join('、') || 'regions.csv',
            row: null,
            column: null,
            ...explain(message('load.write_failed', { reason: reason(e) }), message('load.write_failed_expected')),
            severity: 'error',
          },
        ],
        fileReports,
        words,
      );
    }
    const tables: Record<string, number> = {};
    // Rows loaded: a roster's rows read less those merged into an identical earlier row.
    for (const spec of CONTRACT) {
      const stage = staged.find((t) => t.spec === spec);
      tables[spec.name] = stage ? stage.rowCount - stage.merged : 0;
    }
    return {
      ok: true,
      cancelled: false,
      problems: listed,
      tables,
      files: fileReports,
      policyFile: sorted.policy ? policy.file : defaultPolicyFor(await provinceCode(engine)),
      policyDefaults: !sorted.policy,
      quarters: await listQuarters(engine),
      ...(words === null ? {} : { levelWords: words }),
    };
  } finally {
    const drops = dropLater.map(leftovers).filter((sql) => sql !== '');
    if (drops.length > 0) await engine.query(drops.join(';\n'));
  }
}

/** The first line of a thrown error: DuckDB appends context a reader does not need. */
function reason(e: unknown): string {
  return e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
}

function failed(problems: Problem[], files: FileReport[], words: LevelWords | null = null): LoadReport {
  return { ok: false, cancelled: false, problems, tables: {}, files, policyFile: null, policyDefaults: false, quarters: [], ...(words === null ? {} : { levelWords: words }) };
}

/** The words of the province in the staged regions (datasetLevelWords), null when no regions were read. */
async function stagedLevelWords(engine: Engine, staged: readonly StagedTable[]): Promise<LevelWords | null> {
  const regions = staged.find((t) => t.spec.name === 'regions');
  return regions ? regionLevelWords(engine, ident(regions.stageTable).text) : null;
}

/** The words of the province in a regions table, staged or loaded (`regions`): datasetLevelWords over its few thousand rows at most. */
export async function regionLevelWords(engine: Engine, table: string): Promise<LevelWords> {
  const rows = await engine.query(`SELECT region_code AS code, CAST(level AS VARCHAR) AS level, name FROM ${table} WHERE region_code IS NOT NULL ORDER BY region_code`);
  const read = rows.map((r) => ({ code: String(r.code), level: r.level === 'province' || r.level === 'city' || r.level === 'county' ? r.level : 'county', name: r.name === null ? '' : String(r.name) }) as const);
  return datasetLevelWords(read);
}

/** The loaded data's province (regions allows one), null when regions has none. */
export async function provinceCode(engine: Engine): Promise<string | null> {
  const [row] = await engine.query(SQL.provinceCode);
  return row ? String(row.region_code) : null;
}

function cancelled(files: FileReport[]): LoadReport {
  return { ...failed([], files), cancelled: true };
}

export function readPolicy(file: SortedFiles['policy']): { file: PolicyFile | null; problems: Problem[] } {
  if (!file) return { file: DEFAULT_POLICY_FILE, problems: [] };
  const problem = (text: Message): Problem => ({
    file: baseName(file.name),
    row: null,
    column: null,
    ...explain(text, message('load.policy_expected')),
    severity: 'error',
  });
  // Notepad saves ANSI (GBK in China) or "Unicode" (UTF-16 with a BOM): read as the data files are.
  const decoded = decodePolicyText(file.bytes);
  if (decoded === null) return { file: null, problems: [problem(message('file.garbled'))] };
  // An empty file is no JSON that ends too soon: it was saved empty (or emptied), said as such.
  if (decoded.trim() === '') return { file: null, problems: [problem(message('load.policy_empty'))] };
  let json: unknown;
  try {
    json = JSON.parse(decoded);
  } catch (e) {
    const broken = jsonSyntaxError(decoded);
    if (broken === null) return { file: null, problems: [problem(message('load.policy_not_json', { reason: e instanceof Error ? e.message : String(e) }))] };
    return { file: null, problems: [{ ...problem(message('load.policy_syntax', { kind: broken.kind, column: broken.column, found: broken.found })), row: broken.line }] };
  }
  const twice = jsonDuplicateKey(decoded);
  if (twice !== null) return { file: null, problems: [{ ...problem(message('load.policy_key_twice', { key: twice.key, column: twice.column })), row: twice.line }] };
  try {
    return { file: parsePolicyFile(json), problems: [] };
  } catch (e) {
    if (e instanceof FundWatchError) {
      return { file: null, problems: e.messages.map((issue) => problem(message('load.policy_invalid', { policyFile: POLICY_FILE_NAME, issue }))) };
    }
    throw e;
  }
}

/**
 * A policy.json written for another province than the data's (the sample's,
 * copied beside another province's files): loaded, since the figures may
 * have been edited, but said, since its standards and thresholds may not be
 * this province's.
 */
async function policyProvince(engine: Engine, staged: readonly StagedTable[], name: string, file: PolicyFile): Promise<Problem[]> {
  const regions = staged.find((t) => t.spec.name === 'regions');
  if (!regions) return [];
  const rows = await engine.query(`SELECT DISTINCT region_code FROM ${ident(regions.stageTable).text} WHERE level = 'province' ORDER BY region_code`);
  const data = rows.map((r) => String(r.region_code));
  if (data.length === 0 || data.includes(file.province_code)) return [];
  return [
    {
      file: baseName(name),
      row: null,
      column: 'province_code',
      ...explain(message('load.policy_province', { policy: file.province_code, data: data.join('、') }), message('load.policy_province_expected')),
      severity: 'warning',
    },
  ];
}

/**
 * A city's own sharing rule keyed at a code that is no pool of the data (a
 * typo, the sample's code left in, a grouping or a county): the rule would
 * silently apply to no one, and that city would share by the default. Said,
 * once per code and year, with what the code is.
 */
async function policyCities(engine: Engine, staged: readonly StagedTable[], name: string, file: PolicyFile): Promise<Problem[]> {
  const regions = staged.find((t) => t.spec.name === 'regions');
  const keyed = file.years.flatMap((block) => Object.keys(block.sharing?.cities ?? {}).map((code) => ({ code, year: block.year })));
  if (!regions || keyed.length === 0) return [];
  const stage = ident(regions.stageTable).text;
  const groups = `(SELECT g.region_code FROM ${stage} g WHERE ${directGroupingSql('g')} AND EXISTS (SELECT 1 FROM ${stage} c WHERE c.parent_code = g.region_code))`;
  const rows = await engine.query(
    `SELECT r.region_code, first(r.name) AS name, first(r.level) AS level, bool_or(r.region_code IN ${groups}) AS grouping,
       (SELECT string_agg(c.region_code, '、' ORDER BY c.region_code) FROM ${stage} c WHERE c.parent_code = r.region_code) AS units,
       bool_or(p.level = 'province' OR p.region_code IN ${groups}) AS under_province
     FROM ${stage} r LEFT JOIN ${stage} p ON p.region_code = r.parent_code
     WHERE r.region_code IN (${keyed.map((k) => literal(k.code).text).join(', ')}) GROUP BY r.region_code`,
  );
  const found = new Map(rows.map((r) => [String(r.region_code), r]));
  return keyed.flatMap(({ code, year }): Problem[] => {
    const r = found.get(code);
    const kind: PolicyCityFound | null =
      r === undefined ? 'missing' : r.grouping === true ? 'grouping' : r.level === 'province' ? 'province' : r.level === 'county' && r.under_province !== true ? 'county' : null;
    if (kind === null) return [];
    const params = { code, year, found: kind, name: r?.name == null ? '' : String(r.name), units: r?.units == null ? '' : String(r.units) };
    return [{ file: baseName(name), row: null, column: 'sharing.cities', ...explain(message('load.policy_city_not_pool', params), message('load.policy_city_not_pool_expected')), severity: 'warning' }];
  });
}

/** Regions listed, one line each, with a quarter missing between others (the rest counted in the last). */
const GAPS_LISTED = 10;

/**
 * A region whose fund flows skip a quarter between quarters with rows
 * (2024Q1 and Q3, no Q2): that quarter counts as no spending, in the
 * year to date and in months payable's average of the last four quarters —
 * a fund looks healthier than it is. Said, as a quarter without any spending
 * at all is rare; a quarter truly without is written as 0.
 */
async function quarterGaps(engine: Engine, staged: readonly StagedTable[]): Promise<Problem[]> {
  const flows = staged.find((t) => t.spec.name === 'fund_flows');
  if (!flows) return [];
  const rows = await engine.query(renderSql(SQL.quarterGaps, { stage: ident(flows.stageTable) }));
  return rows.slice(0, GAPS_LISTED).map((r, i) =>
    tableNotice(flows, 'quarter', message('check.quarter_gap', { code: String(r.region_code), quarters: String(r.quarters), more: i === GAPS_LISTED - 1 ? rows.length - GAPS_LISTED : 0 }), message('check.quarter_gap_expected')),
  );
}

/** Regions named in that notice, of those the roster leaves out. */
const LEFT_OUT_NAMED = 5;

/**
 * A quarter's roster that leaves out regions the enrollment table has: by the
 * contract the roster is that quarter's only source, so those regions have no
 * enrollment that quarter — a province's figures from two counties, and the
 * red coverage of the rest gone, with nothing said. Said, per quarter.
 */
async function rosterReach(engine: Engine, staged: readonly StagedTable[]): Promise<Problem[]> {
  const roster = staged.find((t) => t.spec.name === 'roster');
  const enrollment = staged.find((t) => t.spec.name === 'assistance_enrollment');
  if (!roster || !enrollment) return [];
  const rows = await engine.query(renderSql(SQL.rosterReach, { roster: ident(roster.stageTable), enrollment: ident(enrollment.stageTable), named: LEFT_OUT_NAMED }));
  return rows.map((r) =>
    tableNotice(
      roster,
      'region_code',
      message('load.roster_partial', { quarter: String(r.quarter), covered: Number(r.covered), listed: Number(r.listed), missing: Number(r.missing), examples: String(r.examples) }),
      message('load.roster_partial_expected'),
    ),
  );
}

/** Cities named in that notice, of those allocation_factors leaves out. */
const CITIES_NAMED = 5;

/**
 * A year and pot of allocation_factors that leaves out cities of the
 * regions: the factor method divides the province's whole total among the
 * cities listed, so one left out (a row forgotten, a code mistyped) gets
 * nothing and the others its share, with nothing said. Said, per year and pot.
 * A unit the province administers directly is a recipient beside the cities
 * whichever way regions.csv writes it (factor_reach.sql).
 */
async function factorReach(engine: Engine, staged: readonly StagedTable[]): Promise<Problem[]> {
  const factors = staged.find((t) => t.spec.name === 'allocation_factors');
  const regions = staged.find((t) => t.spec.name === 'regions');
  if (!factors || !regions) return [];
  const rows = await engine.query(
    renderSql(SQL.factorReach, {
      factors: ident(factors.stageTable),
      regions: ident(regions.stageTable),
      is_grouping: fragment(directGroupingSql('r')),
      parent_grouping: fragment(directGroupingSql('g')),
    }),
  );
  const byPot = new Map<string, typeof rows>();
  for (const r of rows) byPot.set(`${String(r.year)}/${String(r.pot)}`, [...(byPot.get(`${String(r.year)}/${String(r.pot)}`) ?? []), r]);
  return [...byPot.values()].map((left) => {
    const [first] = left;
    const examples = left.slice(0, CITIES_NAMED).map((r) => ({ code: String(r.region_code), name: r.name == null ? '' : String(r.name) }));
    const pot = String(first?.pot) === 'emergency' ? 'emergency' : 'assistance';
    return tableNotice(
      factors,
      'region_code',
      message('check.factor_cities_missing', { year: Number(first?.year), pot, cities: Number(first?.cities), missing: left.length, examples }),
      message('check.factor_cities_missing_expected'),
    );
  });
}

/** A notice about a whole column of a loaded table (no one row): the data load as usual. */
function tableNotice(table: StagedTable, column: string, said: Message, expected: Message): Problem {
  return { file: table.file, ...(table.sheet === null ? {} : { sheet: table.sheet }), row: null, column, ...explain(said, expected), severity: 'warning' };
}

/** policy.json's text: UTF-16 with a BOM, UTF-8 (BOM dropped) or GBK; null for bytes that are none of them. */
function decodePolicyText(bytes: Uint8Array): string | null {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) return new TextDecoder(utf16).decode(bytes.subarray(2));
  const decoded = decodeText(bytes);
  return decoded.garbled ? null : decoded.text;
}

/**
 * Each validated data table given the loaded table's shape (stage.ts,
 * finishSql); returns, per staged table, the table the replacement renames.
 * First, for all tables in one query, the check that no typed value is
 * missing where its text is not, as a CAST that failed used to stop a load.
 */
async function finishTables(engine: Engine, staged: readonly StagedTable[]): Promise<Map<StagedTable, string>> {
  const checks = staged.map(unreadValuesSql).filter((sql): sql is string => sql !== null);
  if (checks.length > 0) {
    const unread = (await engine.query(checks.join('\nUNION ALL\n'))).filter((r) => Number(r.n) > 0);
    if (unread.length > 0) throw new Error(unread.map((r) => `${String(r.file)}：${Number(r.n)} 行的值通过了校验却无法转换为列类型`).join('；'));
  }
  const loaded = new Map<StagedTable, string>();
  for (const stage of staged) {
    const finish = finishSql(stage);
    await engine.query(finish.sql);
    loaded.set(stage, finish.table);
  }
  return loaded;
}

/**
 * One transaction: every contract table dropped and replaced by its staged
 * table in the loaded shape (a rename), absent ones by an empty typed table.
 */
function replaceTablesSql(loaded: ReadonlyMap<StagedTable, string>): string {
  const statements = ['BEGIN TRANSACTION'];
  for (const spec of CONTRACT) {
    const table = ident(spec.name);
    const finished = [...loaded].find(([stage]) => stage.spec === spec)?.[1];
    if (finished) {
      statements.push(`DROP TABLE IF EXISTS ${table.text}`, `ALTER TABLE ${ident(finished).text} RENAME TO ${table.text}`);
    } else {
      statements.push(renderSql(SQL.createTable, { table, column_defs: fragment(columnDefs(spec)) }));
    }
  }
  const roster = [...loaded.keys()].find((stage) => stage.spec.mergeDuplicates && stage.merged > 0);
  statements.push(rosterMergedSql(roster ? mergedRowsTable(roster.spec) : null), regionPoolsSql(), SQL.regionAncestors, 'COMMIT');
  return statements.join(';\n');
}

/** The `roster_merged` table (roster_merged.sql) from the rows validation merged, or empty. */
export function rosterMergedSql(mergedTable: string | null): string {
  const none = fragment('(SELECT CAST(NULL AS VARCHAR) AS quarter WHERE false)');
  return renderSql(SQL.rosterMerged, { merged: mergedTable === null ? none : ident(mergedTable) });
}

/** The roster keeps a hashed ID and a masked one, never the raw ID (see personId.ts). */
export function columnDefs(spec: TableSpec): string {
  const defs = spec.columns.map((c) => `${ident(c.name).text} ${c.name === PERSON_ID_COLUMN ? PERSON_ID_TYPE : tableType(c)}`);
  if (hasPersonIds(spec)) defs.push(`${ident(MASKED_ID_COLUMN).text} VARCHAR`);
  return defs.join(', ');
}
