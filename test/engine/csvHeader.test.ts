// Found by the sweep of unseen input: how offices write a money column's
// unit after its name. `金额（万元）` was read; `金额（单位：万元）` and
// `金额【万元】`, as common, refused the whole table as missing its amount.
import { describe, expect, it } from 'vitest';
import { message } from '../../src/domain/messages/codes';
import { findColumn, findMoneyUnit, headerMoneyUnits } from '../../src/engine/formats/csvHeader';
import { tableSpec } from '../../src/engine/contract/contract';

const FLOWS = tableSpec('fund_flows')!;

describe('a money column named with its unit', () => {
  it.each([
    ['金额（万元）', '万元'],
    ['金额(万元)', '万元'],
    ['金额（单位：万元）', '万元'],
    ['金额(单位:万元)', '万元'],
    ['金额 （单位： 亿元）', '亿元'],
    ['金额【万元】', '万元'],
    ['金额[元]', '元'],
    ['amount (万元)', '万元'],
  ])('%s is the amount in %s', (cell, unit) => {
    expect(findColumn(FLOWS, cell)?.name).toBe('amount');
    expect(headerMoneyUnits(FLOWS, ['季度', cell]).map((u) => u.unit.label)).toEqual([unit]);
  });

  it.each(['金额（千元）', '金额（万元', '季度（万元）', '金额 万元'])('%s is no contract column', (cell) => {
    expect(findColumn(FLOWS, cell)).toBeUndefined();
    expect(headerMoneyUnits(FLOWS, [cell])).toEqual([]);
  });
});

// Found by the helpers' sweep: government templates mark required fields (*季度) and write a
// count's unit after its name (救助对象人数（人）); each was "缺少列" (the column missing).
describe('a header cell with a required-field mark or a count unit', () => {
  const ENROLLMENT = tableSpec('assistance_enrollment')!;
  it.each([
    ['*季度', 'quarter'],
    ['＊区划代码', 'region_code'],
    ['季度*', 'quarter'],
    ['* 季度', 'quarter'],
    ['救助对象人数（人）', 'recipients'],
    ['救助对象人数(人)', 'recipients'],
    ['*救助对象人数（人）', 'recipients'],
  ])('%s names %s', (cell, name) => {
    expect(findColumn(ENROLLMENT, cell)?.name).toBe(name);
  });

  it('keeps a money column\'s unit behind a mark (金额（万元）*), and a count unit only on a count column', () => {
    expect(headerMoneyUnits(FLOWS, ['季度', '金额（万元）*']).map((u) => u.unit.label)).toEqual(['万元']);
    expect(findColumn(FLOWS, '季度（人）')).toBeUndefined();
    expect(findColumn(FLOWS, '金额（人）')).toBeUndefined();
    expect(findColumn(ENROLLMENT, '救助对象人数（千人）')).toBeUndefined();
  });
});

describe('a header cell with characters that cannot be seen', () => {
  // Copied from a web page or a chat message: a zero-width space, joiner or word joiner inside or after the name
  // made the column "missing" while the header read amount / 金额 on screen.
  it.each([['amount\u200b'], ['\u200bquarter'], ['金\u200d额'], ['region\u2060_code'], ['\ufeff季度']])('%j names its column', (cell) => {
    expect(findColumn(FLOWS, cell)).toBeDefined();
  });

  it('still names no column with a visible difference', () => {
    expect(findColumn(FLOWS, 'amount1')).toBeUndefined();
  });
});

describe('a unit line above the header', () => {
  it.each([
    ['单位：万元', '万元'],
    ['（单位：亿元）', '亿元'],
    ['单位：万元、人', '万元'],
    ['单位：人、万元', '万元'],
    ['计量单位：万元，户', '万元'],
    ['万元', '万元'],
    ['（万元）', '万元'],
    ['【亿元】', '亿元'],
    ['基金收支表（单位：万元）', '万元'],
    ['2024年第四季度基金收支表（万元）', '万元'],
    ['填报单位：某县医疗保障局', null],
    ['单位：人', null],
    ['年初结余表', null],
  ])('%s gives the money unit %s', (line, unit) => {
    const found = findMoneyUnit([['年初结余表'], [line]]);
    expect(found.unit?.label ?? null).toBe(unit);
    expect(found.refused).toBeNull();
  });

  // Found by the sweep: these lines were skipped as titles and the amounts read as yuan (1,000 or 10^6 times too small).
  it.each(['单位：千元', '单位: 百万元', '金额单位：十万元', '（单位：千万元）', '单位：亿'])('%s is refused, not read as yuan', (line) => {
    const found = findMoneyUnit([[line]]);
    expect(found.unit).toBeNull();
    expect(found.refused).toEqual(message('header.unit_unsupported', { text: line }));
  });

  it.each(['金额以万元计', '单位：万元、亿元', '资金（万元/亿元）'])('%s names a money unit in a way that says none: refused, not read as yuan', (line) => {
    const found = findMoneyUnit([[line]]);
    expect(found.unit).toBeNull();
    expect(found.refused).toEqual(message('header.unit_unclear', { text: line }));
  });

  it('refuses two different units, as before', () => {
    expect(findMoneyUnit([['单位：万元'], ['单位：元']]).refused).toEqual(message('header.units_conflict', { text: '单位：万元' }));
  });
});

describe('a header cell broken over lines', () => {
  // Found by the sweep of office files: templates break long headers with Alt+Enter (上级区划↵代码), which Excel shows as 上级区划代码 wrapped.
  it.each([
    ['上级区划\n代码', 'parent_code'],
    ['上级区划\r\n代码', 'parent_code'],
    ['区划 代码', 'region_code'],
    ['区\u3000划\u3000代\u3000码', 'region_code'],
  ])('reads %j as %s', (cell, name) => {
    expect(findColumn(tableSpec('regions')!, cell)?.name).toBe(name);
  });

  it('reads 金额↵（万元） with its unit', () => {
    expect(findColumn(FLOWS, '金额\n（万元）')?.name).toBe('amount');
    expect(headerMoneyUnits(FLOWS, ['金额\n（万元）']).map((u) => u.unit.label)).toEqual(['万元']);
  });

  it('still keeps English names apart from words with spaces', () => {
    expect(findColumn(tableSpec('regions')!, 'region code')).toBeUndefined();
  });
});

// Found by the office-files sweep: a workbook with a hidden helper column named like a contract column
// (金额 beside amount, hidden in Excel) was refused as 列"amount"出现了两次, and the user saw one amount
// column only. The message now names both columns, and in a sheet says hidden columns count.
describe('a column given twice', () => {
  it('names both header cells and their positions; in a sheet, says a hidden column counts', async () => {
    const { mapHeader } = await import('../../src/engine/formats/csvHeader');
    const { formatProblem } = await import('../../src/engine/ingest/problems');
    const header = ['quarter', 'region_code', 'fund', 'direction', 'item', 'source_level', 'amount', '金额'];
    const [inCsv] = mapHeader(FLOWS, 'fund_flows.csv', header).problems;
    expect(formatProblem(inCsv!)).toBe(
      'fund_flows.csv · 第1行 · amount · 列"amount"出现了两次：第7列"amount"、第8列"金额" · 应为：表头为 quarter,region_code,fund,direction,item,source_level,amount（或中文 季度,区划代码,基金,收支方向,项目,资金来源级次,金额）',
    );
    const [inSheet] = mapHeader(FLOWS, 'fund_flows.xlsx', header, { sheet: 'fund_flows', headerRow: 3 }).problems;
    expect(formatProblem(inSheet!)).toContain('列"amount"出现了两次：G列"amount"、H列"金额"（隐藏的列也算）');
    expect(formatProblem(inSheet!, 'en')).toContain('Column "amount" appears twice: column G "amount" and column H "金额" (hidden columns count too)');
  });
});

// An office sweep: a roster headed 身份证号码 or 公民身份号码 (the ID card's own word) was refused as missing its 身份证号.
describe("the ID column under the offices' own words", () => {
  const ROSTER = tableSpec('roster')!;
  it.each(['身份证号', '身份证号码', '公民身份号码', '身份证', '证件号码', '*身份证号码', 'person_id'])('%s is person_id', (cell) => {
    expect(findColumn(ROSTER, cell)?.name).toBe('person_id');
  });
  it.each(['身份证号码（户主）', '姓名'])('%s is no column', (cell) => {
    expect(findColumn(ROSTER, cell)).toBeUndefined();
  });
});
