// Value-list columns written in Chinese (特困人员, 民政, 收入, 市) or a code
// in another case (TEKUN): read as the contract's codes, so the sample with
// every such cell rewritten is the same dataset to the fen, and a roster in
// words counts the same persons. A word no list holds is still refused at
// its cell, the expected values shown with their Chinese names.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import LABELS from '../../src/domain/labels.json';
import { toAnalysisJson } from '../../src/domain/analysis';
import { CONTRACT } from '../../src/engine/contract/contract';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { analyze } from '../../src/engine/queries/analyze';
import { rosterSummary } from '../../src/engine/queries/roster';
import { csv, loadWithoutRosterReach, SAMPLE_DIR, sampleRewritten, tinyWith, useEngine } from './harness';
import { said } from './said';

const enumColumns = CONTRACT.flatMap((table) => table.columns.filter((c) => c.kind === 'enum' && c.words).map((column) => ({ table, column })));

describe('the word lists', () => {
  it('give each word one code of its column, and the products own name of a code first', () => {
    for (const { table, column } of enumColumns) {
      const seen = new Map<string, string>();
      for (const code of column.values ?? []) {
        for (const word of column.words?.[code] ?? []) {
          const other = seen.get(word.toLowerCase());
          expect(other === undefined || other === code, `${table.name}.${column.name}: ${word} is ${other ?? ''} and ${code}`).toBe(true);
          seen.set(word.toLowerCase(), code);
        }
      }
      // No word is another code of the column (其他 is `other` in each list that has it).
      for (const code of column.values ?? []) expect([undefined, code]).toContain(seen.get(code));
    }
    const category = enumColumns.find(({ table, column }) => table.name === 'assistance_enrollment' && column.name === 'category')?.column;
    expect(category?.words?.tekun?.[0]).toBe(LABELS.category.tekun.zh);
    expect(category?.words?.monitored?.[0]).toBe(LABELS.category.monitored.zh);
  });
});

describe('Chinese words for codes', () => {
  const engine = useEngine();

  it('read the sample with every value-list cell in words (or upper case, hyphens, 【】, after a tab, with （农村）) as the same dataset: the same analysis', async () => {
    const files = await readDatasetDir(SAMPLE_DIR);
    const plain = await loadDataset(engine(), files);
    expect(plain.ok).toBe(true);
    const policyFile = plain.policyFile;
    if (policyFile === null) throw new Error('no policy');
    const before = JSON.stringify(toAnalysisJson(await analyze(engine(), '2024Q4', policyFile)));

    const rewritten: typeof files = [];
    let cells = 0;
    for (const table of CONTRACT) {
      const name = `${table.name}.csv`;
      const file = files.find((f) => f.name === name);
      if (!file) continue;
      const header = (await readFile(join(SAMPLE_DIR, name), 'utf8')).replace(/^\uFEFF/, '').split('\n')[0]?.trim().split(',') ?? [];
      const columns = enumColumns.filter((e) => e.table === table).map(({ column }) => ({ column, at: header.indexOf(column.name) }));
      if (columns.length === 0) continue;
      rewritten.push(
        await sampleRewritten(name, (row, i) => {
          const coded = [...row];
          for (const { column, at } of columns) {
            const code = row[at] ?? '';
            if (code === '') continue;
            // Every word of the code in turn, the code in upper case and with hyphens, a word in 【】, a code after a tab;
            // 其他收入 only on an income row (a word that says the direction too: ColumnSpec.saysAlso).
            const says = column.saysAlso;
            const agrees = (word: string): boolean => says?.words[word] === undefined || says.words[word] === coded[header.indexOf(says.column)];
            const words = (column.words?.[code] ?? []).filter(agrees);
            const spellings = [...words, code.toUpperCase(), code.replace(/_/g, '-'), `【${words[0] ?? code}】`, `\t${code}`, `${words[0] ?? code}（农村）`];
            row[at] = spellings[(i + at) % spellings.length] ?? code;
            cells += 1;
          }
        }),
      );
    }
    expect(rewritten.map((f) => f.name).sort()).toEqual(
      ['allocation_factors.csv', 'allocation_totals.csv', 'assistance_enrollment.csv', 'budgets.csv', 'fund_balances.csv', 'fund_flows.csv', 'obligations.csv', 'regions.csv', 'transfers.csv'].sort(),
    );
    expect(cells).toBeGreaterThan(1000);
    const worded = await loadDataset(engine(), [...files.filter((f) => !rewritten.some((r) => r.name === f.name)), ...rewritten]);
    expect(worded.problems.map((p) => said(p))).toEqual(plain.problems.map((p) => said(p)));
    expect(worded.ok).toBe(true);
    expect(JSON.stringify(toAnalysisJson(await analyze(engine(), '2024Q4', policyFile)))).toBe(before);
  });

  it('count a roster in words as the same roster in codes', async () => {
    const rows = [
      ['150102199001010011', '150102', 'tekun', 'civil_affairs', 'true'],
      ['150102199001010011', '150102', 'dibao', 'agriculture', 'false'],
      ['150103199001010022', '150103', 'monitored', 'agriculture', 'false'],
      ['150202199001010033', '150202', 'dibao_edge', 'other', 'true'],
      ['150202199001010044', '150202', 'orphan', 'civil_affairs', 'false'],
    ];
    const words: Record<string, string> = { tekun: '特困人员', dibao: '低保', monitored: '防止返贫监测对象', dibao_edge: '低保边缘家庭成员', orphan: '孤儿', civil_affairs: '民政', agriculture: '乡村振兴', other: '其他' };
    const roster = (word: (code: string) => string): string =>
      ['季度,身份证号,区划代码,救助类别,数据来源,是否参保', ...rows.map(([id, region, category, source, enrolled]) => `2024Q4,${id},${region},${word(category ?? '')},${word(source ?? '')},${enrolled}`)].join('\n');

    const coded = await loadWithoutRosterReach(engine(), await tinyWith(csv('roster.csv', roster((c) => c))));
    expect(coded.problems).toEqual([]);
    const codedSummary = await rosterSummary(engine(), '2024Q4');
    const codedPersons = await engine().query('SELECT person_masked, region_code, CAST(category AS VARCHAR) AS category, CAST(source AS VARCHAR) AS source FROM roster ORDER BY ALL');

    const worded = await loadWithoutRosterReach(engine(), await tinyWith(csv('roster.csv', roster((c) => words[c] ?? c))));
    expect(worded.problems).toEqual([]);
    expect(await rosterSummary(engine(), '2024Q4')).toEqual(codedSummary);
    expect(codedSummary).toMatchObject({ rows: 5, persons: 4, multiIdentityPersons: 1, multiSourcePersons: 1 });
    expect(await engine().query('SELECT person_masked, region_code, CAST(category AS VARCHAR) AS category, CAST(source AS VARCHAR) AS source FROM roster ORDER BY ALL')).toEqual(codedPersons);
  });

  it('refuse a word no list holds at its cell, naming the codes with their Chinese names', async () => {
    const report = await loadDataset(
      engine(),
      await tinyWith(csv('assistance_enrollment.csv', 'quarter,region_code,category,recipients,enrolled,subsidized,subsidy_amount\n2024Q4,150102,特困人员,10,10,10,100.00\n2024Q4,150103,困难群众,10,10,10,100.00')),
    );
    expect(report.ok).toBe(false);
    const lines = report.problems.map((p) => formatProblem(p));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('第3行');
    expect(lines[0]).toContain('困难群众');
    expect(lines[0]).toContain('tekun（特困人员）');
    expect(lines[0]).toContain('monitored（防止返贫监测帮扶对象）');
  });

  it('say a wrong word repeated down a column once, with how many rows have it', async () => {
    // 30 rows of distinct keys: twelve quarters of three counties.
    const quarter = (i: number): string => `${2022 + Math.floor((i % 12) / 4)}Q${(i % 4) + 1}`;
    const county = (i: number): string => ['150102', '150103', '150202'][Math.floor(i / 12)] ?? '';
    const rows = Array.from({ length: 30 }, (_, i) => `${quarter(i)},${county(i)},${i < 20 ? '困难群众' : i < 29 ? 'dibao' : '低收入'},${10 + i},${10 + i},${10 + i},100.00`);
    const report = await loadDataset(
      engine(),
      await tinyWith(csv('assistance_enrollment.csv', ['quarter,region_code,category,recipients,enrolled,subsidized,subsidy_amount', ...rows].join('\n'))),
    );
    const lines = report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p).split(' · 应为')[0]);
    // Found by the sweep: a word used on 1,236 rows made 200 lines of the same, then "另有 N 个问题未列出".
    expect(lines).toEqual(['assistance_enrollment.csv · 第2行 · category · 救助类别"困难群众"不是允许的取值（共 20 行同一取值，此为第一行）', 'assistance_enrollment.csv · 第31行 · category · 救助类别"低收入"不是允许的取值']);
    const [first] = report.problems;
    expect(first && formatProblem(first, 'en')).toContain('row 2 · category · "困难群众" is not an allowed value (the same value in 20 rows; this is the first)');
  });

  it('refuse a level no list holds at its row only, and say a county-level city written 市 as such', async () => {
    const regions = (cityLevel: string, countyLevel: string): string =>
      ['region_code,name,level,parent_code,tier', '150000,内蒙古自治区,省,,', `150100,呼和浩特市,${cityLevel},150000,2`, '150102,新城区,区,150100,2', '150103,回民区,旗县,150100,2', `150581,霍林郭勒市,${countyLevel},150100,2`].join('\n');
    const unknown = await loadDataset(engine(), [csv('regions.csv', regions('地级单位', '县级市'))]);
    // The city's own level is refused; its three counties are not refused again for their parent's.
    expect(unknown.problems.filter((p) => p.severity === 'error').map((p) => `${String(p.row)} ${String(p.column)}`)).toEqual(['3 level']);
    const cityAsCity = await loadDataset(engine(), [csv('regions.csv', regions('盟', '市'))]);
    expect(cityAsCity.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p).split(' · 应为')[0])).toEqual([
      'regions.csv · 第6行 · parent_code · 本行级别为地市级（city），上级区划"150100"的级别是地市级（city），层级不对；县级市（如霍林郭勒市）的级别写 county 或 县',
    ]);
    expect((await loadDataset(engine(), [csv('regions.csv', regions('盟', '县级市'))])).ok).toBe(true);
  });

  it('say a prefecture nested under an autonomous prefecture (塔城地区 under 伊犁州) belongs under the province, not that it is a county-level city', async () => {
    const regions = ['region_code,name,level,parent_code,tier', '650000,新疆维吾尔自治区,province,,', '654000,伊犁哈萨克自治州,city,650000,2', '654200,塔城地区,city,654000,2', '654201,塔城市,county,654200,2'].join('\n');
    const nested = await loadDataset(engine(), [csv('regions.csv', regions)]);
    const [problem] = nested.problems.filter((p) => p.severity === 'error');
    expect(problem && formatProblem(problem).split(' · 应为')[0]).toBe(
      'regions.csv · 第4行 · parent_code · 本行级别为地市级（city），上级区划"654000"的级别是地市级（city），层级不对；地区、盟、自治州是地级区划（如伊犁哈萨克自治州代管的塔城地区），上级区划写省级区划，自成统筹区',
    );
    expect(problem && formatProblem(problem, 'en')).toContain('a prefecture (地区, 盟 or 自治州 — Tacheng under Ili, say) is city-level: its parent is the province');
  });

  it('refuse an item word that says the other direction (其他收入 on an expenditure row), and read it on its own', async () => {
    const flows = (item: string, direction: string): string =>
      ['quarter,region_code,fund,direction,item,source_level,amount', `2024Q4,150102,assistance,${direction},${item},${direction === '收入' ? 'other' : ''},100.00`].join('\n');
    const contradicting = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows('其他收入', '支出'))));
    expect(contradicting.problems.map((p) => formatProblem(p))).toEqual(['fund_flows.csv · 第2行 · item · 项目"其他收入"与本行收支方向"支出"矛盾 · 应为：项目与收支方向一致（或项目写"其他"，由收支方向区分）']);
    const [first] = contradicting.problems;
    expect(first && formatProblem(first, 'en')).toBe('fund_flows.csv · row 2 · item · item "其他收入" contradicts this row\'s direction (expenditure) · expected: item agreeing with the direction (or "other", the direction telling which)');
    for (const [item, direction] of [['其他收入', '收入'], ['其他支出', '支出'], ['其他', '支出']] as const) {
      const agreeing = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows(item, direction))));
      expect(agreeing.problems.filter((p) => p.file === 'fund_flows.csv' && p.severity === 'error')).toEqual([]);
    }
  });
});

