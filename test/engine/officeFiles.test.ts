// Files as offices save them (issue 15): test/fixtures/office holds
// tiny's fund_flows.csv with a title row, a （单位：万元） line, a 序号 and a
// 备注 column, amounts in 万元, a 合计 row and a trailing empty row — as
// UTF-8 CSV and as UTF-16 LE/BE tab-separated text — and in yuan with quoted
// thousands separators and full-width digits; the workbooks written by
// openpyxl and LibreOffice (make_xlsx.py). Each loads to exactly the
// figures of the plain file, to the fen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';
import { inlineWorkbook } from './inlineWorkbook';
import { writeParquetFile } from './parquetFixture';
import { said } from './said';

const OFFICE = join(import.meta.dirname, '../fixtures/office');
const file = (dir: string, name = 'fund_flows.csv'): DatasetFile => ({ name, bytes: new Uint8Array(readFileSync(join(OFFICE, dir, name))) });

// 39 data rows at rows 4–42 below the title (1), the unit line (2) and the header (3); 合计 at row 43.
const OFFICE_NOTICES = [
  'fund_flows.csv · 按"（单位：万元）"把金额列（amount）换算为元（×10,000，精确到分） · 应为：以万元为单位时最多 6 位小数',
  'fund_flows.csv · 第43行是合计行：不作为数据载入，已与上方各行之和核对 · 应为：合计行的金额、人数等于其上方各行之和',
  'fund_flows.csv · 第3行 · 表头在第3行，上方 2 行已跳过："2024年第四季度基金收支情况表"、"（单位：万元）" · 应为：标题、单位等说明行在表头之上（不作为数据）',
  'fund_flows.csv · 第3行 · 未读取数据说明以外的列："序号"（第1列）、"备注"（第9列） · 应为：表头为 quarter,region_code,fund,direction,item,source_level,amount（或中文 季度,区划代码,基金,收支方向,项目,资金来源级次,金额）',
];

describe('office files', () => {
  const engine = useEngine();
  let plain: { rows: unknown; figures: unknown };

  async function loaded(): Promise<{ rows: unknown; figures: unknown }> {
    const rows = await engine().query(
      'SELECT quarter, region_code, fund, direction, item, source_level, CAST(amount AS VARCHAR) AS amount FROM fund_flows ORDER BY ALL',
    );
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    const figures = a.funds.map((f) => [f.regionCode, f.fund, f.ytdIncome.toFixed(2), f.ytdExpenditure.toFixed(2), f.accumulatedBalance?.toFixed(2) ?? null]);
    return { rows, figures };
  }

  beforeAll(async () => {
    const report = await loadDataset(engine(), await tinyWith());
    expect(report.ok).toBe(true);
    plain = await loaded();
    expect((plain.rows as unknown[]).length).toBe(39);
  });

  it.each([
    ['csv-utf8', 'utf-8-bom'],
    ['csv-gbk', 'gb18030'],
    ['text-utf16le', 'utf-16le'],
    ['text-utf16be', 'utf-16be'],
  ])('%s: title, unit line, extra columns and 合计 row load to the plain file\'s figures, to the fen', async (dir, encoding) => {
    const report = await loadDataset(engine(), await tinyWith(file(dir)));
    // No other notice: the opening balances still follow from the flows (added up in yuan).
    expect(report.problems.map((p) => formatProblem(p))).toEqual(OFFICE_NOTICES);
    expect(report.ok).toBe(true);
    expect(report.files.find((f) => f.table === 'fund_flows')).toMatchObject({ encoding, rows: 39 });
    expect(await loaded()).toEqual(plain);
    // 0.00001 万元 → 0.10 元; 10.000005 万元 → 100000.05 元.
    const [small] = await engine().query("SELECT CAST(min(amount) AS VARCHAR) AS a FROM fund_flows WHERE amount > 0");
    expect(small?.a).toBe('0.10');
  });

  it('reads quoted thousands separators and full-width digits', async () => {
    const report = await loadDataset(engine(), await tinyWith(file('csv-separators')));
    expect(report.problems).toEqual([]);
    expect(await loaded()).toEqual(plain);
  });

  it("reads amounts as Excel writes currency-formatted cells into a CSV (¥603,160.59, -￥1,234.00, ¥ 1,234.00, 1,234.00元), and refuses 万元 inside a cell", async () => {
    const [header = '', ...lines] = readFileSync(join(import.meta.dirname, '../fixtures/tiny/fund_flows.csv'), 'utf8').trimEnd().split('\n');
    const grouped = (amount: string): string => {
      const [whole = '', fen = '00'] = amount.split('.');
      return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fen}`;
    };
    const forms = [(a: string) => `"¥${grouped(a)}"`, (a: string) => `￥${a}`, (a: string) => `"¥ ${grouped(a)}"`, (a: string) => `"${grouped(a)}元"`];
    const text = [header, ...lines.map((line, i) => {
      const cells = line.split(',');
      const amount = cells.pop() ?? '';
      return [...cells, (forms[i % forms.length] ?? String)(amount)].join(',');
    })].join('\n');
    expect(text).toContain('"¥3,000,000.00"');
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${text}\n`)));
    expect(report.problems).toEqual([]);
    expect(await loaded()).toEqual(plain);

    // A negative amount in a signed column: the minus before or after the sign.
    const balances = readFileSync(join(import.meta.dirname, '../fixtures/tiny/fund_balances.csv'), 'utf8').trimEnd().split('\n');
    const [bHeader = '', first = '', ...rest] = balances;
    const firstCells = first.split(',');
    const opening = firstCells.pop() ?? '';
    // Also in brackets, as accounting formats and finance systems show a negative amount, and with the minus sign U+2212
    // (found by the helpers' sweep: each was 不是数字金额).
    // A ledger export's minus after the amount (1,234.56-) too (found by the sweep: refused as no number).
    for (const form of [`-¥${opening}`, `¥-${opening}`, `"-￥${grouped(opening)}"`, `"(${grouped(opening)})"`, `（${opening}）`, `"(¥${grouped(opening)})"`, `−${opening}`, `"−${grouped(opening)}"`, `${opening}-`, `"${grouped(opening)}-"`]) {
      const withSign = [bHeader, [...firstCells, form].join(','), ...rest].join('\n');
      const r = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', `${withSign}\n`)));
      const [row] = await engine().query(`SELECT CAST(opening_balance AS VARCHAR) AS v FROM fund_balances WHERE region_code = '${firstCells[1] ?? ''}' AND fund = '${firstCells[2] ?? ''}' AND year = ${firstCells[0] ?? 0}`);
      expect(r.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)), form).toEqual([]);
      expect(row?.v, form).toBe(new Dec(opening).neg().toFixed(2));
    }

    // In a column that may not be negative, an amount in brackets is refused as the negative amount it is.
    const bracketed = [header, ...lines.map((line, i) => (i === 1 ? `${line.slice(0, line.lastIndexOf(','))},(12.50)` : line))].join('\n');
    const negative = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${bracketed}\n`)));
    expect(negative.problems.map((p) => formatProblem(p))).toEqual(['fund_flows.csv · 第3行 · amount · 金额"-12.50"为负数 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56']);
    const trailing = [header, ...lines.map((line, i) => (i === 1 ? `${line.slice(0, line.lastIndexOf(','))},12.50-` : line))].join('\n');
    const trailingNegative = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${trailing}\n`)));
    expect(trailingNegative.problems.map((p) => formatProblem(p))).toEqual(['fund_flows.csv · 第3行 · amount · 金额"-12.50"为负数 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56']);

    const inWan = [header, ...lines.map((line, i) => (i === 2 ? `${line.slice(0, line.lastIndexOf(','))},12.5万元` : line))].join('\n');
    const refused = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${inWan}\n`)));
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第4行 · amount · 金额"12.5万元"在单元格里写了单位：金额只能是数字，单位写在表头之上（如"单位：万元"）或列名后（如 金额（万元）），整张表一种 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
    ]);
  });

  it('reads a zero as Excel writes an accounting-formatted (会计专用) cell into a CSV, " ¥-   ", and refuses a bare dash', async () => {
    // Found by the office-tools sweep: a zero amount shown by the accounting format is its currency sign and a dash.
    const text = readFileSync(join(import.meta.dirname, '../fixtures/tiny/fund_flows.csv'), 'utf8').trimEnd();
    const zero = (amount: string): string => `${text}\n2024Q4,150102,assistance,expenditure,emergency,,${amount}\n2024Q4,150103,assistance,expenditure,emergency,,${amount === '0.00' ? amount : '"-￥ - "'}\n`;
    expect((await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', zero('0.00'))))).ok).toBe(true);
    const zeros = await loaded();
    for (const form of ['" ¥-   "', '￥-', '"¥ - "']) {
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', zero(form))));
      expect(report.problems.map((p) => formatProblem(p)), form).toEqual([]);
      expect(await loaded(), form).toEqual(zeros);
    }
    const dash = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${text}\n2024Q4,150102,assistance,expenditure,emergency,,-\n`)));
    expect(dash.problems.map((p) => formatProblem(p))).toEqual(['fund_flows.csv · 第41行 · amount · 金额"-"：Excel 的千位分隔或会计格式把 0 显示为"-"，另存为 CSV 时写成了"-"；若为 0 请填 0，或把该列设为"常规"或"数值"格式后再另存 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56']);
    // The tests after this one start from the plain files.
    expect((await loadDataset(engine(), await tinyWith())).ok).toBe(true);
  });

  it('refuses a 合计 row that does not add up, naming row and column in the sheet\'s unit', async () => {
    const text = readFileSync(join(OFFICE, 'csv-utf8/fund_flows.csv'), 'utf8').replace('合计,,,,,,,2319.62349,', '合计,,,,,,,2319.62,');
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第43行 · amount · 合计行的金额为 2319.62（万元），上方各行之和为 2,319.62349，相差 0.00349 · 应为：合计行等于其上方各行之和',
    ]);
    expect(formatProblem(report.problems.find((p) => p.severity === 'error') ?? report.problems[0]!, 'en')).toBe(
      'fund_flows.csv · row 43 · amount · The total row says 2319.62 (in units of 10,000 yuan); the rows above it add up to 2,319.62349 (a difference of 0.00349) · expected: a total row equal to the sum of the rows above it',
    );
    // The loaded data stays: the tiny figures still answer.
    expect(await loaded()).toEqual(plain);
  });

  it('checks each 合计 row against the rows since the previous one, the first row included', async () => {
    const header = 'quarter,region_code,fund,direction,item,source_level,amount';
    const row = (item: string, amount: string): string => `2024Q4,150102,assistance,expenditure,${item},,${amount}`;
    // Two sections: 1.00 + 2.00 = 3.00, then 4.00 alone; a running total (7.00) in the second is wrong.
    const flows = (second: string): string =>
      [header, row('inpatient', '1.00'), row('outpatient', '2.00'), '合计,,,,,,3.00', row('emergency', '4.00'), `合计,,,,,,${second}`].join('\n');
    const ok = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows('4.00'))));
    expect(ok.ok).toBe(true);
    const [sum] = await engine().query('SELECT CAST(sum(amount) AS VARCHAR) AS s, count(*) AS n FROM fund_flows');
    expect(sum).toEqual({ s: '7.00', n: 3 });
    const bad = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows('7.00'))));
    expect(bad.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第6行 · amount · 合计行的金额为 7.00，上方各行之和为 4.00，相差 3.00 · 应为：合计行等于其上方各行之和',
    ]);
  });

  it('refuses 万元 with more than six decimals, naming the cell', async () => {
    const text = readFileSync(join(OFFICE, 'csv-utf8/fund_flows.csv'), 'utf8').replace(',10.000005,', ',10.0000051,');
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', text)));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'fund_flows.csv · 第42行 · amount · 金额"10.0000051"（万元）超过6位小数，换算为元后不是整分 · 应为：以万元为单位、最多6位小数的非负金额，如 12.345678',
    ]);
  });

  it('reads 单位：亿元 and 单位:元 lines, and refuses two different units', async () => {
    const flows = (unit: string, amount: string): string =>
      `基金收支表\n${unit}\nquarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150102,assistance,expenditure,emergency,,${amount}\n`;
    for (const [unit, amount] of [
      ['单位：亿元', '0.0000000123'],
      ['单位:元', '1.23'],
      ['金额单位：万元', '0.000123'],
    ] as const) {
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows(unit, amount))));
      expect(report.ok, unit).toBe(true);
      const [row] = await engine().query('SELECT CAST(amount AS VARCHAR) AS a FROM fund_flows');
      expect(row?.a, unit).toBe('1.23');
    }
    // A province's amounts: past 9.22亿元 (or 922,337,203.69万元) DuckDB's product of two
    // DECIMAL(18) overflowed and the whole file was refused with its "Out of Range Error"; 13.76亿元 is the sample's
    // 150000 resident income row (1,376,253,649.20 yuan), 162.89亿元 the province's year.
    for (const [unit, amount, yuan] of [
      ['单位：亿元', '13.7625364920', '1376253649.20'],
      ['单位：亿元', '162.89', '16289000000.00'],
      ['单位：万元', '92233720368.5478', '922337203685478.00'],
    ] as const) {
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows(unit, amount))));
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)), amount).toEqual([]);
      const [row] = await engine().query('SELECT CAST(amount AS VARCHAR) AS a FROM fund_flows');
      expect(row?.a, amount).toBe(yuan);
    }
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows('单位：万元,单位：元', '1'))));
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => said(p))).toContain('表头或其上方写了不同的金额单位（"单位：万元"等）');
  });

  // Found by the helpers' sweep: these lines were skipped as titles and the amounts read as yuan,
  // 10,000 times too small, with nothing but the "rows skipped" notice (which even quoted the unit).
  it('reads the unit from a 单位 list (单位：人、万元), a cell holding the unit alone (,,万元 or （万元）) and a title ending in it', async () => {
    const flows = (above: string): string => `${above}\nquarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150102,assistance,expenditure,emergency,,0.000123\n`;
    for (const above of ['单位：人、万元', '计量单位：万元，户', ',,,,,,万元', ',,,,,,（万元）', '2024年第四季度基金收支表,,,,,,万元', '2024年第四季度基金收支表（万元）']) {
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows(above))));
      expect(report.problems.filter((p) => p.severity === 'error'), above).toEqual([]);
      expect(report.problems.map((p) => p.problem.code), above).toContain('header.unit_converted');
      const [row] = await engine().query('SELECT CAST(amount AS VARCHAR) AS a FROM fund_flows');
      expect(row?.a, above).toBe('1.23');
    }
  });

  // Found by stop 33's sweep: a space inside the unit (a form's layout) or an English form's unit line was skipped
  // as a title, and the amounts read as yuan — the province's income 1,628,892.81 instead of 16,288,928,100.00.
  it('reads a unit with a space inside it (单位：万 元, 万　元) or in English (Unit: 10,000 yuan, (RMB 10 thousand), 100 million yuan)', async () => {
    const flows = (above: string, amount: string): string => `${above}\nquarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150102,assistance,expenditure,emergency,,${amount}\n`;
    for (const [above, amount] of [
      ['单位：万 元', '0.000123'],
      ['单位：万\u3000元', '0.000123'],
      ['2024年基金收支表（万 元）', '0.000123'],
      ['"Unit: 10,000 yuan"', '0.000123'],
      ['Fund flows (RMB 10 thousand)', '0.000123'],
      ['Unit: 100 million yuan', '0.0000000123'],
      ['Unit: yuan', '1.23'],
    ] as const) {
      const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows(above, amount))));
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)), above).toEqual([]);
      const [row] = await engine().query('SELECT CAST(amount AS VARCHAR) AS a FROM fund_flows');
      expect(row?.a, above).toBe('1.23');
    }
    // A magnitude the contract does not read is refused, not read as yuan.
    const thousand = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows('"Unit: 1,000 yuan"', '1'))));
    expect(thousand.problems.map((p) => said(p))).toContain('"Unit: 1,000 yuan"中的金额单位无法换算（只读取元、万元、亿元）');
  });

  it('refuses counts said to be in 万人 above the header (read as persons they would be 10,000 times too few)', async () => {
    const lines = readFileSync(join(TINY_DIR, 'assistance_enrollment.csv'), 'utf8');
    for (const above of ['单位：万人', '救助对象参保情况（万人）', '单位：万 人']) {
      const report = await loadDataset(engine(), await tinyWith(csv('assistance_enrollment.csv', `${above}\n${lines}`)));
      expect(report.ok, above).toBe(false);
      expect(report.problems.map((p) => formatProblem(p)), above).toEqual([
        `assistance_enrollment.csv · 表头上方的"${above.replace(' ', '')}"写明人数以万人（或千人、万户）计：本表的人数按实际人数读取，不换算 · 应为：人数、户数填写实际数（如 40321，不写 4.03 万人），并删去这一行单位说明`,
      ]);
    }
    // 单位：人 says what the contract reads: loaded.
    const persons = await loadDataset(engine(), await tinyWith(csv('assistance_enrollment.csv', `单位：人\n${lines}`)));
    expect(persons.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  // Found by stop 44's sweep: a line naming the money and the count unit side by side, as government tables carry it
  // above the header, was refused as naming no clear unit (人数单位：人 金额单位：万元), though its counts are persons.
  describe('a unit line naming the money unit and the count unit (人数单位：人 金额单位：万元)', () => {
    const [header = [], ...rows] = readFileSync(join(TINY_DIR, 'assistance_enrollment.csv'), 'utf8').trimEnd().split('\n').map((l) => l.split(','));
    // The amounts in 万元 (yuan ÷ 10,000), the first written with a thousands separator: 1,234.56 万元.
    const inWan = rows.map((cells, i) => [...cells.slice(0, 6), i === 0 ? '1,234.56' : new Dec(cells[6] ?? '').div(10_000).toFixed()]);
    // Counted by hand: 1,234.56 × 10,000 = 12,345,600.00 yuan; the other rows as the plain file has them, in yuan.
    const yuan = rows.map((cells, i) => (i === 0 ? '12345600.00' : (cells[6] ?? '')));
    const quoted = (cells: readonly string[]): string => cells.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',');
    const amounts = async (): Promise<string[]> =>
      (await engine().query("SELECT CAST(subsidy_amount AS VARCHAR) AS a FROM assistance_enrollment ORDER BY quarter, region_code, category")).map((r) => String(r.a));
    // The amounts in the query's order (quarter, region_code, category).
    const expectedAmounts = (values: readonly string[] = yuan): string[] => {
      const order = rows.map((cells, i) => ({ key: `${cells[0]}|${cells[1]}|${cells[2]}`, a: values[i] ?? '' }));
      return order.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((r) => r.a);
    };
    it.each([
      ['人数单位：人 金额单位：万元'],
      ['金额单位：万元　人数单位：人'],
      ['单位：万元、人'],
      ['（金额单位：万元；人数：人）'],
      ['（人数单位：人次；金额单位：万元）'],
      ['户数单位：户 金额单位：万元'],
      ['"Amounts in 10,000 yuan; persons"'],
    ])('%s: the amounts read in 万元 to the fen, the counts as persons (CSV)', async (above) => {
      const text = `救助对象参保情况表\n${above}\n${header.join(',')}\n${inWan.map(quoted).join('\n')}\n`;
      const report = await loadDataset(engine(), await tinyWith(csv('assistance_enrollment.csv', text)));
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p)), above).toEqual([]);
      expect(report.problems.map((p) => p.problem.code), above).toContain('header.unit_converted');
      expect(await amounts(), above).toEqual(expectedAmounts());
      const [counts] = await engine().query("SELECT CAST(sum(recipients) AS VARCHAR) AS r FROM assistance_enrollment");
      expect(counts?.r).toBe(String(rows.reduce((n, cells) => n + Number(cells[3]), 0)));
    });
    it('reads such a line above a sheet\'s header too, and 金额单位：亿元 alone', async () => {
      const book = inlineWorkbook('assistance_enrollment', [['救助对象参保情况表'], ['人数单位：人　金额单位：万元'], header, ...inWan]);
      const report = await loadDataset(engine(), [...(await tinyWith()).filter((f) => f.name !== 'assistance_enrollment.csv'), book]);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
      expect(await amounts()).toEqual(expectedAmounts());
      const yi = `金额单位：亿元\n${header.join(',')}\n${rows.map((cells) => [...cells.slice(0, 6), new Dec(cells[6] ?? '').div(100_000_000).toFixed()].join(',')).join('\n')}\n`;
      expect((await loadDataset(engine(), await tinyWith(csv('assistance_enrollment.csv', yi)))).ok).toBe(true);
      expect(await amounts()).toEqual(expectedAmounts(rows.map((cells) => cells[6] ?? '')));
    });
    it.each([
      ['人数单位：万人 金额单位：万元', 'header.count_unit'],
      ['金额单位：万元 户数单位：万户', 'header.count_unit'],
      ['"Amounts in 10,000 yuan; counts in 10,000 persons"', 'header.count_unit'],
      ['人数单位：人 金额单位：千元', 'header.unit_unsupported'],
    ])('%s: still refused (%s), alone', async (above, code) => {
      const text = `${above}\n${header.join(',')}\n${inWan.map(quoted).join('\n')}\n`;
      const report = await loadDataset(engine(), await tinyWith(csv('assistance_enrollment.csv', text)));
      expect(report.ok).toBe(false);
      expect(report.problems.map((p) => p.problem.code)).toEqual([code]);
    });
  });

  it('refuses a unit said where the amounts cannot be read in it: below the table (注：单位：万元) or in words (金额以万元计)', async () => {
    const header = 'quarter,region_code,fund,direction,item,source_level,amount';
    const row = '2024Q4,150102,assistance,expenditure,emergency,,0.000123';
    const where = '应为：单位写在表头之上的一行，如"单位：万元"，或写在金额列名后，如 金额（万元）';
    const bottom = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${header}\n${row}\n注：单位：万元,,,,,,\n`)));
    expect(bottom.problems.map((p) => formatProblem(p))).toEqual([
      `fund_flows.csv · 表格下方的"注：单位：万元"写明了金额单位，与表头及其上方写的不同（没写时按元）：金额只按表头及其上方的单位读取 · ${where}`,
    ]);
    // The same note under a table whose unit line says 万元 too is consistent: loaded.
    const both = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `单位：万元\n${header}\n${row}\n注：单位：万元,,,,,,\n`)));
    expect(both.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const words = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `基金收支表（金额以万元计）\n${header}\n${row}\n`)));
    expect(words.problems.map((p) => formatProblem(p))).toEqual([
      `fund_flows.csv · "基金收支表（金额以万元计）"提到了金额单位，但看不出表中金额以什么为单位（不写明时按元读取） · ${where}`,
    ]);
    // A table without amounts (the regions) may name 万元 in its title.
    const regionLines = readFileSync(join(TINY_DIR, 'regions.csv'), 'utf8');
    const regions = await loadDataset(engine(), await tinyWith(csv('regions.csv', `区划表（含补助10万元以上地区）\n${regionLines}`)));
    expect(regions.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
  });

  it('reads a unit written after the amount column\'s name (金额（万元）)', async () => {
    const flows = '季度,区划代码,基金,收支方向,项目,资金来源级次,金额（万元）\n2024Q4,150102,assistance,expenditure,emergency,,0.000123\n';
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', flows)));
    expect(report.ok).toBe(true);
    const [row] = await engine().query('SELECT CAST(amount AS VARCHAR) AS a FROM fund_flows');
    expect(row?.a).toBe('1.23');
    const mixed = '基金收支表\n单位：元\n季度,区划代码,基金,收支方向,项目,资金来源级次,金额（万元）\n2024Q4,150102,assistance,expenditure,emergency,,1\n';
    expect((await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', mixed)))).ok).toBe(false);
  });

  it('ignores an unnamed column only when it is empty, and names it when it holds anything', async () => {
    const base = 'year,region_code,fund,opening_balance,,\n2024,150100,resident,1.00,,\n';
    const quiet = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', base)));
    expect(quiet.problems).toEqual([]);
    const noisy = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', `${base}2023,150100,resident,2.00,,x\n`)));
    expect(noisy.problems.filter((p) => p.row === 1).map((p) => formatProblem(p))).toEqual([
      'fund_balances.csv · 第1行 · 未读取数据说明以外的列：第6列（无列名） · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
    ]);
  });

  it('reads a Parquet file with a column outside the contract, and says so', async () => {
    const [, ...rows] = readFileSync(join(import.meta.dirname, '../fixtures/tiny/fund_balances.csv'), 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(','));
    const parquet = writeParquetFile({
      year: rows.map((r) => r[0] ?? ''),
      region_code: rows.map((r) => r[1] ?? ''),
      fund: rows.map((r) => r[2] ?? ''),
      opening_balance: rows.map((r) => r[3] ?? ''),
      remark: rows.map(() => 'x'),
    });
    const files = [...(await tinyWith()).filter((f) => f.name !== 'fund_balances.csv'), { name: 'fund_balances.parquet', bytes: parquet }];
    const report = await loadDataset(engine(), files);
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([
      'fund_balances.parquet · 未读取数据说明以外的列："remark"（第5列） · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
    ]);
  });

  it('reconciles opening balances stated in 万元 with flows in yuan', async () => {
    const balances = readFileSync(join(import.meta.dirname, '../fixtures/tiny/fund_balances.csv'), 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l, i) => (i === 0 ? l : l.replace(/,([-0-9.]+)$/, (_, yuan: string) => `,${new Dec(yuan).div(10_000).toFixed()}`)));
    const report = await loadDataset(engine(), await tinyWith(csv('fund_balances.csv', `单位：万元\n${balances.join('\n')}\n`)));
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.column === 'opening_balance')).toEqual([]);
    expect(await loaded()).toEqual(plain);
  });

  for (const writer of ['openpyxl', 'libreoffice']) {
    const dir = `xlsx-${writer}`;
    it(`${dir}: a workbook with a merged title, unit line and 合计 row loads to the same figures`, async () => {
      const files = [...(await tinyWith()).filter((f) => f.name !== 'fund_flows.csv'), file(dir, 'fund_flows.xlsx')];
      const report = await loadDataset(engine(), files);
      expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.problems.map((p) => said(p))).toContain('第43行是合计行：不作为数据载入，已与上方各行之和核对');
      expect(await loaded()).toEqual(plain);
    });
  }
});
