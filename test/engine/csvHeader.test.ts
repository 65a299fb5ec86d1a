// Found by the sweep of unseen input: how offices write a money column's
// unit after its name. `金额（万元）` was read; `金额（单位：万元）` and
// `金额【万元】`, as common, refused the whole table as missing its amount.
import { describe, expect, it } from 'vitest';
import { findColumn, headerMoneyUnits } from '../../src/engine/formats/csvHeader';
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
