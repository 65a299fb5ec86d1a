// Merging submissions: the tiny fixture split into its two cities' folders
// loads as the whole; a key two folders hold with different values is
// refused naming both folders, the table and the key; a broken folder or
// two different policies fail the whole merge; a failed merge leaves the
// loaded data as they were.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/queries/analyze';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadSubmissions, type Submission } from '../../src/engine/ingest/submissions';
import { csv, TINY_DIR, useEngine } from './harness';
import { said } from './said';

const TABLES = ['regions', 'assistance_enrollment', 'fund_flows', 'fund_balances'];
/** Region code → city, for the tiny fixture. */
const CITY: Record<string, string | null> = { '150000': null, '150100': '150100', '150102': '150100', '150103': '150100', '150200': '150200', '150202': '150200' };

/** The tiny fixture's rows of one city (and the province's, which both cities list), per file. */
async function cityFolder(city: string, edit: (table: string, lines: string[]) => string[] = (_, l) => l): Promise<Submission> {
  const files: DatasetFile[] = [];
  for (const table of TABLES) {
    const [header = '', ...rows] = (await readFile(join(TINY_DIR, `${table}.csv`), 'utf8')).replace(/^\ufeff/, '').split('\n').filter((l) => l !== '');
    const codeAt = header.split(',').indexOf('region_code') >= 0 ? header.split(',').indexOf('region_code') : 1;
    const kept = rows.filter((r) => {
      const owner = CITY[r.split(',')[codeAt] ?? ''];
      return owner === null || owner === city;
    });
    files.push(csv(`${city}/${table}.csv`, [header, ...edit(table, kept)].join('\n') + '\n'));
  }
  return { name: city, files };
}

describe('loadSubmissions', () => {
  const engine = useEngine();

  it('two city folders load as the whole dataset: the same tables and the same analysis', async () => {
    const whole = await loadDataset(engine(), await readDatasetDir(TINY_DIR));
    if (!whole.policyFile) throw new Error('tiny did not load');
    const expected = await analyze(engine(), '2024Q4', whole.policyFile);
    const tables = await engine().query('SELECT (SELECT count(*) FROM fund_flows) AS f, (SELECT count(*) FROM regions) AS r, (SELECT count(*) FROM assistance_enrollment) AS a');

    const merged = await loadSubmissions(engine(), [await cityFolder('150100'), await cityFolder('150200')]);
    expect(merged.problems).toEqual([]);
    expect(merged.ok).toBe(true);
    // The province's row is in both folders' regions.csv: kept once.
    expect(merged.tables.regions).toBe(6);
    expect(merged.files.map((f) => f.file)).toContain('150200/fund_flows.csv');
    expect(await engine().query('SELECT (SELECT count(*) FROM fund_flows) AS f, (SELECT count(*) FROM regions) AS r, (SELECT count(*) FROM assistance_enrollment) AS a')).toEqual(tables);
    if (!merged.policyFile) throw new Error('the merge did not load');
    expect(await analyze(engine(), '2024Q4', merged.policyFile)).toEqual(expected);
  });

  it('refuses a key two submissions hold with different values, naming both, the table and the key', async () => {
    const loaded = await loadDataset(engine(), await readDatasetDir(TINY_DIR));
    expect(loaded.ok).toBe(true);
    const before = await engine().query('SELECT region_code, name FROM regions ORDER BY ALL');
    // 包头市 also sends 呼和浩特市's city row, under another name.
    const b = await cityFolder('150200', (table, lines) => (table === 'regions' ? [...lines, '150100,呼和浩特,city,150000,2'] : lines));
    const report = await loadSubmissions(engine(), [await cityFolder('150100'), b]);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.file, p.row, p.column, said(p), p.severity])).toEqual([
      ['regions.csv', null, 'name', '报送"150100"与报送"150200"的 regions 中同一键（region_code=150100）的数据不同：name 呼和浩特市 ≠ 呼和浩特', 'error'],
    ]);
    expect(said(report.problems[0], 'en')).toBe('Submissions "150100" and "150200" hold the same key of regions (region_code=150100) with different values: name 呼和浩特市 ≠ 呼和浩特');
    expect(await engine().query('SELECT region_code, name FROM regions ORDER BY ALL')).toEqual(before);
  });

  it('a money row of one key in two folders with different amounts is refused', async () => {
    const a = await cityFolder('150100', (table, lines) => (table === 'fund_flows' ? [...lines, '2024Q4,150202,assistance,income,donation,other,0.20'] : lines));
    // 150202's donation of 0.10 is in 包头市's folder; 呼和浩特市's folder says 0.20 (and lists 包头市 to name it).
    a.files = a.files.map((f) =>
      f.name.endsWith('regions.csv') ? csv(f.name, new TextDecoder().decode((f as { bytes: Uint8Array }).bytes) + '150200,包头市,city,150000,1\n150202,东河区,county,150200,1\n') : f,
    );
    const report = await loadSubmissions(engine(), [a, await cityFolder('150200')]);
    expect(report.ok).toBe(false);
    // (呼和浩特市's folder alone, with 150202's flow and not its opening, is also told of that, as a notice.)
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.column, said(p)])).toEqual([
      [
        'fund_flows.csv',
        'amount',
        '报送"150100"与报送"150200"的 fund_flows 中同一键（quarter=2024Q4, region_code=150202, fund=assistance, direction=income, item=donation, source_level=other）的数据不同：amount 0.20 ≠ 0.10',
      ],
    ]);
  });

  it('a broken folder fails the whole merge, its problems named by folder and row, and the loaded data stay', async () => {
    const loaded = await loadDataset(engine(), await readDatasetDir(TINY_DIR));
    expect(loaded.ok).toBe(true);
    const before = await engine().query('SELECT quarter, region_code, item, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL');
    const broken = await cityFolder('150200', (table, lines) => (table === 'fund_flows' ? lines.map((l, i) => (i === 1 ? l.replace(/,0\.10$/, ',0.101') : l)) : lines));
    const report = await loadSubmissions(engine(), [await cityFolder('150100'), broken]);
    expect(report.ok).toBe(false);
    expect(report.tables).toEqual({});
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.row, p.column])).toEqual([['150200/fund_flows.csv', 3, 'amount']]);
    expect(await engine().query('SELECT quarter, region_code, item, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL')).toEqual(before);
  });

  it('policy.json: the same in every folder that has one, else refused', async () => {
    const policy = new TextDecoder().decode(await readFile(join(import.meta.dirname, '../../src/domain/policy/policy.default.json')));
    const a = await cityFolder('150100');
    const b = await cityFolder('150200');
    // The same policy, laid out differently, in one folder; none in the other: loads.
    a.files.push(csv('150100/policy.json', JSON.stringify(JSON.parse(policy))));
    const same = await loadSubmissions(engine(), [a, b]);
    expect(same.ok).toBe(true);
    b.files.push(csv('150200/policy.json', policy.replace('"pass_down_days": 30', '"pass_down_days": 20')));
    const differ = await loadSubmissions(engine(), [a, b]);
    expect(differ.ok).toBe(false);
    expect(differ.problems.map((p) => [p.file, said(p)])).toEqual([['150200/policy.json', '报送"150200"的 policy.json 与报送"150100"的不同']]);
  });

  it('rosters merge as within one file: one person listed by two cities is one person, with the real masked ID', async () => {
    const header = 'quarter,person_id,region_code,category,source,enrolled';
    // 150102199001011234 is listed identically by both folders (kept once); 150202198502025678 only by 包头市.
    const a = await cityFolder('150100');
    a.files.push(csv('150100/roster.csv', `${header}\n2024Q4,150102199001011234,150102,tekun,civil_affairs,true\n`));
    const b = await cityFolder('150200', (table, lines) => (table === 'regions' ? [...lines, '150100,呼和浩特市,city,150000,2', '150102,新城区,county,150100,2'] : lines));
    b.files.push(csv('150200/roster.csv', `${header}\n2024Q4,150102199001011234,150102,tekun,civil_affairs,true\n2024Q4,150202198502025678,150202,dibao,civil_affairs,false\n`));
    const report = await loadSubmissions(engine(), [a, b]);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.tables.roster).toBe(2);
    expect(await engine().query('SELECT person_masked, region_code FROM roster ORDER BY person_masked')).toEqual([
      { person_masked: '150102****1234', region_code: '150102' },
      { person_masked: '150202****5678', region_code: '150202' },
    ]);
  });

  it('a rule broken only across folders is found in the merged dataset and named merged/<file>', async () => {
    // Each folder places its own city on the province's tile map; both chose row 0, column 0.
    const a = await cityFolder('150100');
    a.files.push(csv('150100/region_tiles.csv', 'region_code,row,col\n150100,0,0\n'));
    const b = await cityFolder('150200');
    b.files.push(csv('150200/region_tiles.csv', 'region_code,row,col\n150200,0,0\n'));
    const report = await loadSubmissions(engine(), [a, b]);
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.row, p.column, said(p)])).toEqual([
      ['merged/region_tiles.csv', 3, 'row+col', '地区 150200 与第2行的地区 150100 占用同一方块（第 0 行第 0 列）'],
    ]);
  });

  it("a submission's note is listed once, by the submission, though the merged load finds it again", async () => {
    // 150100's 2024 resident opening balance no longer follows from 2023 (a note; the data load).
    const a = await cityFolder('150100', (table, lines) => (table === 'fund_balances' ? lines.map((l) => l.replace('2024,150100,resident,3901234.56', '2024,150100,resident,3901234.00')) : lines));
    const report = await loadSubmissions(engine(), [a, await cityFolder('150200')]);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.file, p.column, p.severity])).toEqual([['150100/fund_balances.csv', 'opening_balance', 'warning']]);
  });
});
