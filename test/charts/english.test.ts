// The chart builders in English: axis names, series and legend names,
// tooltips and units speak English, money axes are in million yuan, and
// the Chinese option (the default) is what it always was.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { buildAllocationBarsOption } from '../../src/charts/options/allocationBars';
import { buildCoverageRankingOption } from '../../src/charts/options/coverageRanking';
import { buildFundTrendOption, forecastName, FORECAST_NAME } from '../../src/charts/options/fundTrend';
import { buildGapWaterfallOption } from '../../src/charts/options/gapWaterfall';
import { bandStripes, buildMonthsPayableOption, stripeLabel } from '../../src/charts/options/monthsPayable';
import { COVERAGE_BARS, MONTHS_BARS, POLICY_2024, TREND_POINTS } from './fixtures';

interface Axis {
  name?: string;
  data?: string[];
}
interface Series {
  name: string;
  data: (number | string | { value: number | string })[];
  markLine?: { label: { formatter: string } };
}
interface Shape {
  xAxis: Axis;
  yAxis: Axis | Axis[];
  series: Series[];
  legend?: { data?: string[] };
  tooltip: { formatter: (p: unknown) => string };
}

const shape = (option: unknown): Shape => option as Shape;
const CJK = /[\u3400-\u9fff\uff08\uff09]/;

describe('coverage ranking in English', () => {
  const input = { bars: COVERAGE_BARS, policy: POLICY_2024 };
  const en = shape(buildCoverageRankingOption(input, 'en'));
  const zh = shape(buildCoverageRankingOption(input, 'zh'));

  it('names the zoomed axis, the series and the target line in English', () => {
    // Lowest rate 0.98 − 0.01 = 0.97, floored to the 5-point step: 95%; the target is 99%.
    expect(en.xAxis.name).toBe('Enrollment rate (axis starts at 95%)');
    expect(en.series[0]?.name).toBe('Enrollment rate');
    expect(en.series[0]?.markLine?.label.formatter).toBe('Target 99%');
  });

  it('writes the tooltip in English with the same figures', () => {
    // Best first: 甲市 996/1000 = 99.60%.
    const tip = en.tooltip.formatter({ dataIndex: 0 });
    expect(tip).toBe('<strong>甲市</strong><br/>Enrollment rate 99.60% (target 99%)<br/>996 of 1,000 recipients enrolled');
  });

  it('keeps Chinese as the default and unchanged', () => {
    expect(zh.xAxis.name).toBe('参保率（横轴自 95% 起）');
    expect(JSON.stringify(buildCoverageRankingOption(input))).toBe(JSON.stringify(zh));
    expect(zh.tooltip.formatter({ dataIndex: 0 })).toBe('<strong>甲市</strong><br/>参保率 99.60%（目标 99%）<br/>已参保 996 人 / 救助对象 1,000 人');
  });
});

describe('fund trend in English', () => {
  const en = shape(buildFundTrendOption({ points: TREND_POINTS }, 'en'));
  const zh = shape(buildFundTrendOption({ points: TREND_POINTS }));
  const yAxes = (s: Shape) => s.yAxis as Axis[];

  it('names both axes in million yuan and every series in English', () => {
    expect(yAxes(en).map((a) => a.name)).toEqual([
      'Flows\n(million yuan)',
      'Balance\n(million yuan)',
    ]);
    expect(en.series.map((s) => s.name)).toEqual([
      'Income · Central',
      'Income · Province',
      'Income · Individuals',
      'Expenditure',
      'Accumulated balance',
    ]);
    for (const s of en.series) expect(s.name).not.toMatch(CJK);
  });

  it('draws the bars in million yuan (Chinese in 万元)', () => {
    // Central 1,234,500.00 yuan = 1.2345 million = 123.45 万; expenditure of Q2 1,750,000.50 = 1.7500005 million.
    expect(en.series[0]?.data).toEqual([1.2345, 0.8]);
    expect(zh.series[0]?.data).toEqual([123.45, 80]);
    expect(en.series[3]?.data).toEqual([1.5, 1.7500005]);
  });

  it('writes the tooltip in English money', () => {
    const tip = en.tooltip.formatter([{ dataIndex: 1 }]);
    // One unit for the tooltip, two decimals: income 1,000,000.00 → 1.00 million; expenditure 1,750,000.50 → 1.75 million; balance −750,000.50 → −0.75 million.
    expect(tip).toBe(
      [
        '<strong>2024 Q2</strong>',
        'Total income 1.00 million yuan',
        '&emsp;Central 0.80 million yuan',
        '&emsp;Individuals 0.20 million yuan',
        'Expenditure 1.75 million yuan',
        'Current balance -0.75 million yuan',
        'Accumulated balance no opening balance data',
      ].join('<br/>'),
    );
  });

  it('names the projection in the language of the page', () => {
    expect(forecastName('zh')).toBe(FORECAST_NAME);
    expect(forecastName('en')).toBe('Projected balance (dashed)');
    const projected = shape(
      buildFundTrendOption({ points: TREND_POINTS.slice(0, 1), forecast: [{ quarter: '2024Q2', accumulatedBalance: new Dec('9000000') }] }, 'en'),
    );
    expect(projected.series.at(-1)?.name).toBe('Projected balance (dashed)');
    expect(projected.tooltip.formatter([{ dataIndex: 1 }])).toBe(
      '<strong>2024 Q2 (projected)</strong><br/>Projected accumulated balance 9.00 million yuan',
    );
  });
});

describe('months payable in English', () => {
  const en = shape(buildMonthsPayableOption({ bars: MONTHS_BARS, policy: POLICY_2024 }, 'en'));

  it('labels the bands, the axis and the series in English', () => {
    expect(bandStripes(POLICY_2024).map((s) => stripeLabel(s, 'en'))).toEqual(en.legend?.data);
    // The default bands: < 3 red, 3–6 orange, 6–9 normal, 9–15 blue, > 15 yellow (too much idle money).
    expect(en.legend?.data).toEqual([
      '▲ < 3 Red',
      '◆ 3–6 Orange',
      '○ 6–9 Normal',
      '■ 9–15 Blue',
      '● > 15 Yellow',
    ]);
    expect((en.yAxis as Axis).name).toBe('Months payable (months)');
    expect(en.series[0]?.name).toBe('Months payable');
    for (const label of en.legend?.data ?? []) expect(label).not.toMatch(CJK);
  });

  it('writes the tooltip in English, with a bar that cannot be computed', () => {
    // 乙市: 4 months, 400,000.00 yuan = 0.4000 million.
    expect(en.tooltip.formatter({ dataIndex: 1 })).toBe(
      '<strong>乙市</strong><br/>Months payable 4.00 months (Orange)<br/>Accumulated balance 0.40 million yuan',
    );
    expect(en.tooltip.formatter({ dataIndex: 5 })).toBe(
      '<strong>己市</strong><br/>Months payable cannot be computed<br/>Accumulated balance no opening balance data',
    );
  });
});

describe('gap waterfall and allocation in English', () => {
  const gap = new Dec('17960565.39');
  const parts = [{ key: 'balance' as const, label: 'Covered by balance', amount: gap }];

  it('draws the waterfall in million yuan with an English gap bar', () => {
    const en = shape(buildGapWaterfallOption({ gap, parts }, 'en'));
    expect((en.yAxis as Axis).name).toBe('million yuan');
    expect(en.xAxis.data).toEqual(['Gap', 'Covered by balance']);
    // 17,960,565.39 yuan = 17.96056539 million.
    expect(en.series[1]?.data.map((d) => (typeof d === 'object' ? d.value : d))).toEqual([17.96056539, 17.96056539]);
    expect(en.tooltip.formatter({ dataIndex: 0 })).toBe('<strong>Gap</strong><br/>17.96 million yuan (17,960,565.39 yuan)');
    // Bar labels are the figure in the axis's unit (17.96056539 → 17.96).
    const label = (en.series[1] as unknown as { label: { formatter: (p: unknown) => string } }).label;
    expect(label.formatter({ dataIndex: 0 })).toBe('17.96');
    const zh = shape(buildGapWaterfallOption({ gap, parts }));
    expect((zh.yAxis as Axis).name).toBe('万元');
    expect(zh.tooltip.formatter({ dataIndex: 0 })).toBe('<strong>缺口</strong><br/>1,796.06万元（17,960,565.39元）');
  });

  it('names the allocation bars and legend in English', () => {
    const bars = [{ key: '150100', name: '甲市', base: new Dec('2500000'), scenario: new Dec('3000000') }];
    const en = shape(buildAllocationBarsOption({ bars }, 'en'));
    expect(en.legend?.data).toEqual(['Baseline', 'Scenario']);
    expect(en.xAxis.name).toBe('million yuan');
    expect(en.series.map((s) => s.data)).toEqual([[2.5], [3]]);
    expect(en.tooltip.formatter([{ dataIndex: 0 }])).toBe(
      '<strong>甲市</strong><br/>Baseline 2.50 million yuan (2,500,000.00 yuan)<br/>Scenario 3.00 million yuan (3,000,000.00 yuan)',
    );
  });
});
