// 小计 (subtotal) rows, as Chinese finance sheets carry them after each
// city's counties, with a 合计 row at the end: recognised, not loaded, said
// in a notice and each checked against the data rows since the previous 小计
// or 合计 row (stage.ts rowMarkSql, validate.ts totalChecks). The fixtures are
// tiny's files with such rows put in, their figures summed here from the
// plain file's lines; loaded, they must analyse exactly as the plain tiny
// dataset does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dec, group } from '../../src/domain/money';
import { toAnalysisJson } from '../../src/domain/analysis';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import { exportXlsx } from '../../src/engine/export/exportTable';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, TINY_DIR, useEngine } from './harness';

const lines = (name: string): string[] => readFileSync(join(TINY_DIR, name), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
const FLOWS = lines('fund_flows.csv');
const [FLOWS_HEADER = '', ...FLOW_ROWS] = FLOWS;
const amountOf = (line: string): InstanceType<typeof Dec> => new Dec(line.split(',').at(-1) ?? '');
const sum = (rows: readonly string[]): string => rows.reduce((acc, l) => acc.plus(amountOf(l)), new Dec(0)).toFixed(2);

// tiny's flows, in this order: 呼和浩特市 (150100) itself, its counties 新城区 and 回民区, then 包头市's 东河区.
const regionOf = (line: string): string => line.split(',')[1] ?? '';
const CITY = FLOW_ROWS.filter((l) => regionOf(l) === '150100');
const COUNTIES = FLOW_ROWS.filter((l) => ['150102', '150103'].includes(regionOf(l)));
const REST = FLOW_ROWS.filter((l) => regionOf(l) === '150202');

/** Tiny's fund_flows with a 小计 row after 150100's own rows and after its counties', and a 合计 row at the end. */
function flowsWithSubtotals(first = sum(CITY), second = sum(COUNTIES), total = sum(FLOW_ROWS)): string[] {
  return [
    FLOWS_HEADER,
    ...CITY,
    // A region's name before 小计, in the first column; a spaced 小 计 with a colon in the second.
    `呼和浩特市小计,,,,,,${first}`,
    ...COUNTIES,
    `,小 计：,,,,,${second}`,
    ...REST,
    `合计,,,,,,${total}`,
  ];
}

describe('小计 rows', () => {
  const engine = useEngine();
  let plain: string;
  let plainRows: unknown;

  const analysed = async (): Promise<string> => JSON.stringify(toAnalysisJson(await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE)));
  const flowRows = (): Promise<unknown> =>
    engine().query('SELECT quarter, region_code, fund, direction, item, source_level, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL');

  beforeAll(async () => {
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);
    plain = await analysed();
    plainRows = await flowRows();
  });

  it('the fixture: 25 + 11 + 3 rows in that order; its sums, added up by hand from the file', () => {
    expect(FLOW_ROWS).toEqual([...CITY, ...COUNTIES, ...REST]);
    expect([CITY.length, COUNTIES.length, REST.length]).toEqual([25, 11, 3]);
    // 150202: 300000.00 + 0.10 + 100000.05; the whole file: 22001234.75 + 795000.00 + 400000.15.
    expect([sum(CITY), sum(COUNTIES), sum(REST), sum(FLOW_ROWS)]).toEqual(['22001234.75', '795000.00', '400000.15', '23196234.90']);
  });

  it('are not loaded, are said in a notice, and leave the analysis exactly as without them (CSV)', async () => {
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${flowsWithSubtotals().join('\n')}\n`)));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第43行是合计行：不作为数据载入，已与上方各行之和核对 · 应为：合计行的金额、人数等于其上方各行之和',
      'fund_flows.csv · 第27、39行是小计行：不作为数据载入，已与上方自上一小计或合计行起各行之和核对 · 应为：小计行的金额、人数等于其上方自上一小计或合计行起各行之和',
    ]);
    expect(formatProblem(report.problems[1]!, 'en')).toBe(
      'fund_flows.csv · Rows 27, 39 are subtotal rows: not loaded as data, each checked against the sum of the rows above it since the previous subtotal or total row · expected: a subtotal row equals the sum of the rows above it since the previous subtotal or total row',
    );
    expect(report.ok).toBe(true);
    expect(report.files.find((f) => f.table === 'fund_flows')?.rows).toBe(39);
    expect(await flowRows()).toEqual(plainRows);
    expect(await analysed()).toBe(plain);
  });

  // An office sweep: 合\u3000计 (a full-width space), and 汇总 as Chinese Excel's table total row writes it, were refused cell by cell.
  it('knows 合\u3000计 (a full-width space), 汇总 and 小　计 as total and subtotal rows', async () => {
    const rows = flowsWithSubtotals().map((l) => l.replace(/^合计,/, '汇总,').replace(',小 计：,', ',小\u3000计,'));
    for (const total of ['汇总', '合\u3000计', '汇 总']) {
      const text = rows.map((l) => l.replace(/^汇总,/, `${total},`)).join('\n');
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${text}\n`)));
      expect(report.problems.map((p) => p.problem.code), total).toEqual(['header.total_rows', 'header.subtotal_rows']);
      expect(report.ok).toBe(true);
      expect(await analysed()).toBe(plain);
    }
  });

  it('load the same from a workbook sheet, numbered by Excel row', async () => {
    const [header, ...rows] = flowsWithSubtotals().map((l) => l.split(','));
    const keys = header ?? [];
    const sheet = {
      name: 'fund_flows',
      columns: keys.map((key) => ({ key, numeric: key === 'amount' })),
      rows: rows.map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i] === '' ? null : (cells[i] ?? null)]))),
    };
    const files = [...(await tinyWith()).filter((f) => f.name !== 'fund_flows.csv'), { name: 'fund_flows.xlsx', bytes: exportXlsx([sheet]) }];
    const report = await loadDataset(engine(), files);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.xlsx · fund_flows · 第43行是合计行：不作为数据载入，已与上方各行之和核对 · 应为：合计行的金额、人数等于其上方各行之和',
      'fund_flows.xlsx · fund_flows · 第27、39行是小计行：不作为数据载入，已与上方自上一小计或合计行起各行之和核对 · 应为：小计行的金额、人数等于其上方自上一小计或合计行起各行之和',
    ]);
    expect(report.ok).toBe(true);
    expect(await analysed()).toBe(plain);
  });

  it('refuses a 小计 row that does not add up, at its row, and keeps the loaded data', async () => {
    // The second subtotal states the running sum of both sections: it must count only its own.
    const wrong = sum([...CITY, ...COUNTIES]);
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flowsWithSubtotals(sum(CITY), wrong).join('\n'))));
    expect(report.ok).toBe(false);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第39行 · amount · 小计行的金额为 22796234.75，上方自上一小计或合计行起各行之和为 795,000.00，相差 22,001,234.75 · 应为：小计行等于其上方自上一小计或合计行起各行之和',
    ]);
    expect(formatProblem(errors[0]!, 'en')).toBe(
      'fund_flows.csv · row 39 · amount · The subtotal row says 22796234.75; the rows above it since the previous subtotal or total row add up to 795,000.00 (a difference of 22,001,234.75) · expected: a subtotal row equal to the sum of the rows above it since the previous subtotal or total row',
    );
    expect(await analysed()).toBe(plain);
  });

  it('does not count 小计 rows into the 合计: a total of data and subtotals together is refused', async () => {
    const doubled = new Dec(sum(FLOW_ROWS)).plus(sum(CITY)).plus(sum(COUNTIES)).toFixed(2);
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flowsWithSubtotals(sum(CITY), sum(COUNTIES), doubled).join('\n'))));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第43行 · amount · 合计行的金额为 45992469.65，上方各行之和为 23,196,234.90，相差 22,796,234.75 · 应为：合计行等于其上方各行之和',
    ]);
  });

  it('checks counts and 万元 amounts in the sheet\'s unit', async () => {
    const [header = '', ...rows] = lines('assistance_enrollment.csv');
    // The 2024Q3 rows, then a 小计 of them; 2024Q4's 小计 states 1 person too many and 0.01 万元 too much.
    const q3 = rows.filter((r) => r.startsWith('2024Q3'));
    const q4 = rows.filter((r) => r.startsWith('2024Q4'));
    const others = rows.filter((r) => !r.startsWith('2024Q3') && !r.startsWith('2024Q4'));
    const wan = (line: string): string => {
      const cells = line.split(',');
      return [...cells.slice(0, -1), new Dec(cells.at(-1) ?? '').div(10_000).toFixed()].join(',');
    };
    const subtotal = (part: string[], extra: number, extraWan: string): string => {
      const column = (i: number): InstanceType<typeof Dec> => part.reduce((acc, l) => acc.plus(new Dec(l.split(',')[i] ?? '')), new Dec(0));
      return ['本页小计', '', '', column(3).plus(extra).toFixed(), column(4).toFixed(), column(5).toFixed(), column(6).div(10_000).plus(extraWan).toFixed()].join(',');
    };
    const text = ['单位：万元', header, ...others.map(wan), ...q3.map(wan), subtotal(q3, 0, '0'), ...q4.map(wan), subtotal(q4, 1, '0.01')].join('\n');
    const report = await loadDataset(engine(), await tinyWith(csv('assistance_enrollment.csv', text)));
    const at = 2 + rows.length + 2;
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      `assistance_enrollment.csv · 第${at}行 · recipients · 小计行的救助对象人数为 ${subtotal(q4, 1, '0.01').split(',')[3]}，上方自上一小计或合计行起各行之和为 ${group(subtotal(q4, 0, '0').split(',')[3] ?? '')}，相差 1 · 应为：小计行等于其上方自上一小计或合计行起各行之和`,
      `assistance_enrollment.csv · 第${at}行 · subsidy_amount · 小计行的资助参保金额为 ${subtotal(q4, 1, '0.01').split(',')[6]}（万元），上方自上一小计或合计行起各行之和为 ${group(subtotal(q4, 0, '0').split(',')[6] ?? '')}，相差 0.01 · 应为：小计行等于其上方自上一小计或合计行起各行之和`,
    ]);
  });

  it('reads the common spellings, and refuses a name before 合计 as data (a grand total or a section\'s?)', async () => {
    const row = (item: string, amount: string): string => `2024Q4,150102,assistance,expenditure,${item},,${amount}`;
    const flows = (label: string): string =>
      [FLOWS_HEADER, row('inpatient', '1.00'), row('outpatient', '2.00'), `${label},,,,,,3.00`, row('emergency', '4.00'), 'Sub-total,,,,,,4.00', '合计,,,,,,7.00'].join('\n');
    for (const label of ['小计', ' 小 计 ', '小计:', '城镇小计', '本页小计：', '内江市市中区小计', 'Subtotal', 'SUBTOTAL：']) {
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows(label))));
      expect(report.problems.map((p) => p.problem.code), label).toEqual(['header.total_rows', 'header.subtotal_rows']);
      expect(report.problems[1]?.problem.params, label).toEqual({ rows: { runs: [[4, 4], [6, 6]], count: 2 } });
    }
    // Read as data, the row is refused at its cells (and, counted as data, upsets the 小计 and 合计 below it).
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows('全区合计'))));
    expect(report.ok).toBe(false);
    expect(formatProblem(report.problems.find((p) => p.row === 4)!)).toBe(
      'fund_flows.csv · 第4行 · quarter · 季度"全区合计"格式不对 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）',
    );
  });

  it('in a table without amounts or counts, a 小计 row is not recognised: refused by its row (text in its first cell only); the roster reads no mark', async () => {
    const regions = `${lines('regions.csv').join('\n')}\n小计,,,,\n`;
    const refused = await loadDataset(engine(), await tinyWith(csv('regions.csv', regions)));
    expect(refused.ok).toBe(false);
    expect(refused.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'regions.csv · 第8行 · 这一行只有第一格有内容，像是标题或分组行（常见于两份导出拼接成一个文件），不是数据 · 应为：删除这一行：标题和说明写在表头之上，数据行每列都填',
    ]);
    // The roster (millions of rows, no amounts) is read without the row mark: no per-row cost.
    const statements: string[] = [];
    const spied = new Proxy(engine(), {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (key !== 'query' || typeof value !== 'function') return value;
        return (sql: string, ...rest: unknown[]) => {
          statements.push(sql);
          return (value as (...a: unknown[]) => unknown).call(target, sql, ...rest);
        };
      },
    });
    const roster = 'quarter,person_id,region_code,category,source,enrolled\n2024Q4,P1,150102,tekun,civil_affairs,true\n小计,,,,,\n';
    const report = await loadDataset(spied, await tinyWith(csv('roster.csv', roster)));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.column} ${p.problem.code}`)).toEqual(['3 null row.title_line']);
    const reads = statements.filter((q) => q.includes('read_csv('));
    expect(reads.some((q) => q.includes('fund_flows') && q.includes('_fundwatch_row_mark'))).toBe(true);
    expect(reads.filter((q) => q.includes('roster'))).not.toEqual([]);
    expect(reads.filter((q) => q.includes('roster') && /_fundwatch_row_mark|小|计/.test(q))).toEqual([]);
  });
});
