// Rosters as they come (issue 15): lists merged by hand in Excel repeat rows.
// Exact duplicates are merged and counted (a notice, the load succeeds); the
// same person with conflicting rows follows DOMAIN.md. Counts worked by hand.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { readAnalysisInput } from '../../src/engine/queries/analyze';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { formatProblem } from '../../src/engine/ingest/problems';
import { readRosterFollowUp, rosterSummary } from '../../src/engine/queries/roster';
import { csv, tinyWith, useEngine } from './harness';

const P1 = '150102199001011111';
const P2 = '150103198001012222';
const P3 = '150102197001013333';
const P4 = '15010219600101444X';
// Row numbers as in a spreadsheet (header = row 1).
const ROSTER = [
  'quarter,person_id,region_code,category,source,enrolled',
  `2024Q4,${P1},150102,dibao,civil_affairs,true`, // 2
  `2024Q4,${P1},150102,dibao,civil_affairs,true`, // 3: exact duplicate of 2
  `2024Q4,${P1},150102,dibao,civil_affairs,true`, // 4: exact duplicate of 2
  `2024Q4,${P2},150103,tekun,civil_affairs,false`, // 5
  `2024Q4,${P2},150103,tekun,civil_affairs,true`, // 6: same identity, says enrolled → enrolled
  `2024Q4,${P3},150103,monitored,agriculture,false`, // 7
  `2024Q4,${P3},150102,monitored,civil_affairs,false`, // 8: another region → lowest code 150102, review
  `2024Q4,${P3},150103,monitored,agriculture,false`, // 9: exact duplicate of 7
  `2024Q4,${P4},150102,dibao_edge,agriculture,false`, // 10
  `2024Q4,${P4},150103,fanpin,civil_affairs,false`, // 11: fanpin (45%) beats dibao_edge (25%) → 150103, review
].join('\n');

// 10 rows read, 3 merged (rows 3, 4, 9), 4 persons; P4 has two identities; P3 and P4 are on
// both lists and in two regions; P3 and P4 are enrolled nowhere; P2 is enrolled (row 6).
const SUMMARY = {
  rows: 10,
  mergedRows: 3,
  persons: 4,
  multiIdentityPersons: 1,
  multiSourcePersons: 2,
  regionConflicts: 2,
  uninsured: 2,
  followUp: 2,
};

describe('roster duplicates', () => {
  const engine = useEngine();

  for (const keysPerPass of [undefined, 2]) {
    it(`merges exact duplicates with a notice and applies DOMAIN.md to conflicting rows${keysPerPass ? ' (searched in passes)' : ''}`, async () => {
      const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', ROSTER)), keysPerPass ? { keysPerPass } : {});
      expect(report.ok).toBe(true);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([
        'roster.csv · 3 行与前面某行完全相同（如第3行与第2行），已合并为一行，不重复计数 · 应为：每个 quarter, person_id, region_code, category, source, enrolled 的组合一行（完全相同的重复行会被合并，不影响载入）',
      ]);
      expect(report.problems.map((p) => formatProblem(p, 'en'))[0]).toContain('3 rows are identical to an earlier row (e.g. row 3 and row 2)');
      expect(report.tables.roster).toBe(7);
      expect(report.files.find((f) => f.table === 'roster')?.rows).toBe(10);
      const [loaded] = await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM roster');
      expect(Number(loaded?.n)).toBe(7);
      expect(await rosterSummary(engine(), '2024Q4')).toEqual(SUMMARY);

      const followUp = await readRosterFollowUp(engine(), '2024Q4', DEFAULT_POLICY_FILE);
      expect(followUp.map((p) => `${p.maskedId} ${p.regionCode} ${p.category} ${p.enrolled} ${p.review}`)).toEqual([
        '150102****3333 150102 monitored false true',
        '150102****444X 150103 fanpin false true',
      ]);
      const counts = (await readAnalysisInput(engine(), '2024Q4', DEFAULT_POLICY_FILE)).coverageCounts
        .filter((c) => (c.regionCode === '150102' || c.regionCode === '150103') && c.category !== null)
        .map((c) => `${c.regionCode} ${c.category} ${c.enrolled}/${c.recipients}`)
        .sort();
      expect(counts).toEqual(['150102 dibao 1/1', '150102 monitored 0/1', '150103 fanpin 0/1', '150103 tekun 1/1']);
    });
  }

  it('loads a 20,000-row roster with 1,734 exact duplicates', async () => {
    const unique = 20_000 - 1_734;
    const lines = ['quarter,person_id,region_code,category,source,enrolled'];
    const row = (i: number): string => `2024Q4,1501021990${String(i).padStart(8, '0')},150102,dibao,civil_affairs,true`;
    for (let i = 0; i < unique; i++) lines.push(row(i));
    for (let i = 0; i < 1_734; i++) lines.push(row(i * 7));
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', lines.join('\n'))));
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await rosterSummary(engine(), '2024Q4')).toMatchObject({ rows: 20_000, mergedRows: 1_734, persons: unique });
  });

  it('keeps a repeated key with different values an error in other tables', async () => {
    const balances = 'year,region_code,fund,opening_balance\n2024,150102,resident,1.00\n2024,150102,resident,1.00\n';
    const report = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', balances)));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => formatProblem(p))).toContain(
      'fund_balances.csv · 第3行 · year+region_code+fund · 与第2行重复（2024 / 150102 / resident） · 应为：year + region_code + fund 的组合在文件中唯一',
    );
  });

  it("says an empty part of a repeated key in the reader's language", async () => {
    // source_level is optional and part of fund_flows' key: two rows that leave it empty share it.
    const flows = 'quarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150102,resident,income,interest,,1.00\n2024Q4,150102,resident,income,interest,,2.00\n';
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows)));
    expect(report.ok).toBe(false);
    const duplicate = report.problems.find((p) => p.column === 'quarter+region_code+fund+direction+item+source_level');
    if (!duplicate) throw new Error('no duplicate-key problem');
    expect(formatProblem(duplicate, 'zh')).toContain('与第2行重复（2024Q4 / 150102 / resident / income / interest / (空)）');
    expect(formatProblem(duplicate, 'en')).toContain('Same as row 2 (2024Q4 / 150102 / resident / income / interest / (empty))');
  });
});
