import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildFundTrendOption, FORECAST_NAME, type FundTrendPoint } from '../../src/charts/options/fundTrend';
import { Dec } from '../../src/domain/money';
import { EXPENDITURE_COLOR, SOURCE_LEVEL_COLOR } from '../../src/charts/palette';
import { TREND_POINTS } from './fixtures';

interface Series {
  type: string;
  name: string;
  stack?: string;
  yAxisIndex?: number;
  lineStyle?: { type?: string };
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

describe('fund trend option with a projection', () => {
  // The balance of 2024Q2 is known here (1,000,000.00 yuan = 100 万元) so the dashed line can start on it.
  const points = [TREND_POINTS[0], { ...TREND_POINTS[1], accumulatedBalance: new Dec('1000000.00') }].filter(
    (p): p is FundTrendPoint => p !== undefined,
  );
  const forecast = [
    { quarter: '2024Q2', accumulatedBalance: new Dec('999.00') }, // not after the last point: ignored
    { quarter: '2024Q3', accumulatedBalance: new Dec('600000.00'), monthsPayable: new Dec('2.4') },
    { quarter: '2024Q4', accumulatedBalance: new Dec('-123456.78'), monthsPayable: null },
  ];
  const option = buildFundTrendOption({ points, forecast });
  const shape = option as unknown as Shape;
  const dashed = shape.series.find((s) => s.name === FORECAST_NAME);

  it('extends the quarters with the projected ones', () => {
    expect(shape.xAxis.data).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
  });

  it('draws a dashed line on the balance axis from the last actual balance, named for the legend', () => {
    expect(FORECAST_NAME).toBe('预测累计结余（虚线）');
    expect(dashed?.type).toBe('line');
    expect(dashed?.yAxisIndex).toBe(1);
    expect(dashed?.lineStyle?.type).toBe('dashed');
    // 1,000,000.00 → 100; 600,000.00 → 60; −123,456.78 → −12.345678 万元.
    expect(dashed?.data).toEqual(['-', 100, 60, -12.345678]);
    // The solid line and the bars keep to the actual quarters.
    expect(shape.series.find((s) => s.name === '累计结余')?.data).toEqual([1050, 100]);
    expect(shape.series.find((s) => s.name === '支出')?.data).toHaveLength(2);
  });

  it('labels projected quarters as such in the tooltip', () => {
    expect(shape.tooltip.formatter([{ dataIndex: 2 }])).toBe(
      '<strong>2024年第3季度（预测）</strong><br/>预测累计结余 60.00万元<br/>预测可支付月数 2.40 个月',
    );
    expect(shape.tooltip.formatter([{ dataIndex: 3 }])).toBe('<strong>2024年第4季度（预测）</strong><br/>预测累计结余 -12.35万元');
    expect(shape.tooltip.formatter([{ dataIndex: 1 }])).toContain('累计结余 100.00万元');
  });

  it('is the plain option when the projection is empty', () => {
    // JSON leaves out the tooltip formatter, a new closure on every call.
    const plain = JSON.stringify(buildFundTrendOption({ points: TREND_POINTS }));
    expect(JSON.stringify(buildFundTrendOption({ points: TREND_POINTS, forecast: [] }))).toBe(plain);
  });

  it('renders with the real ECharts, legend included', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    chart.dispose();
    for (const text of ['2024Q4', FORECAST_NAME, 'stroke-dasharray']) expect(svg).toContain(text);
  });

  it('matches the stored option', () => {
    expect(option).toMatchSnapshot();
  });
});
