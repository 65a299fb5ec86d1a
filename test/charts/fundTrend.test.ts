import { describe, expect, it } from 'vitest';
import { buildFundTrendOption } from '../../src/charts/options/fundTrend';
import { EXPENDITURE_COLOR, SOURCE_LEVEL_COLOR } from '../../src/charts/palette';
import { TREND_POINTS } from './fixtures';

interface Series {
  type: string;
  name: string;
  stack?: string;
  yAxisIndex?: number;
  data: (number | string)[];
}
interface Shape {
  series: Series[];
  color: string[];
  xAxis: { data: string[] };
  yAxis: { name: string }[];
  tooltip: { formatter: (p: unknown) => string };
}

describe('fund trend option', () => {
  const option = buildFundTrendOption({ points: TREND_POINTS });
  const shape = option as unknown as Shape;
  const byName = (name: string) => shape.series.find((s) => s.name === name) as Series;

  it('has one category per quarter', () => {
    expect(shape.xAxis.data).toEqual(['2024Q1', '2024Q2']);
  });

  it('stacks income by source level, leaving out sources that never paid', () => {
    const income = shape.series.filter((s) => s.stack === 'income');
    expect(income.map((s) => s.name)).toEqual(['收入·中央', '收入·省级', '收入·个人缴费']);
    expect(shape.color.slice(0, 3)).toEqual([
      SOURCE_LEVEL_COLOR.central,
      SOURCE_LEVEL_COLOR.province,
      SOURCE_LEVEL_COLOR.individual,
    ]);
  });

  it('draws 万元: 1,234,500.00 yuan is 123.45', () => {
    expect(byName('收入·中央').data).toEqual([123.45, 80]);
    expect(byName('收入·省级').data).toEqual([30, 0]);
    expect(byName('收入·个人缴费').data).toEqual([46.55, 20]);
    // 1,750,000.50 yuan = 175.00005 万元.
    expect(byName('支出').data).toEqual([150, 175.00005]);
    expect(shape.color[3]).toBe(EXPENDITURE_COLOR);
  });

  it('puts the accumulated balance on the second axis and leaves a gap where it is unknown', () => {
    const balance = byName('累计结余');
    expect(balance.type).toBe('line');
    expect(balance.yAxisIndex).toBe(1);
    expect(balance.data).toEqual([1050, '-']);
    expect(shape.yAxis.map((a) => a.name)).toEqual(['收支（万元）', '累计结余（万元）']);
  });

  it('shows exact amounts in the tooltip', () => {
    const html = shape.tooltip.formatter([{ dataIndex: 1 }]);
    expect(html).toContain('收入合计 100.00万元');
    // 1,000,000.00 − 1,750,000.50 = −750,000.50 yuan = −75.00005 万元 → −75.00万元 (two places).
    expect(html).toContain('当期结余 -75.00万元');
    expect(html).toContain('支出 175.00万元');
    expect(html).toContain('累计结余 无期初结余数据');
  });

  it('matches the stored option', () => {
    expect(option).toMatchSnapshot();
  });
});
