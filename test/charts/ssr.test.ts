// The builders' options render with the real ECharts under Node (the same
// path the static snapshot export uses), and data text stays text.
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCoverageRankingOption } from '../../src/charts/options/coverageRanking';
import { buildFundTrendOption } from '../../src/charts/options/fundTrend';
import { buildMonthsPayableOption } from '../../src/charts/options/monthsPayable';
import type { ChartOption } from '../../src/charts/options/chartOption';
import { COVERAGE_BARS, MONTHS_BARS, POLICY_2024, TREND_POINTS } from './fixtures';

let chart: echarts.ECharts | null = null;

function render(option: ChartOption): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 400 });
  chart.setOption({ ...option, animation: false });
  return chart.renderToSVGString();
}

afterEach(() => {
  chart?.dispose();
  chart = null;
});

describe('charts rendered to SVG under Node', () => {
  it('coverage ranking: names, bar labels, target line and the zoomed axis', () => {
    const svg = render(
      buildCoverageRankingOption({
        bars: COVERAGE_BARS,
        policy: POLICY_2024,
      }),
    );
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['甲市', '丙市', '99.60%', '99.20%', '98.00%', '目标 99%', '参保率（横轴自 95% 起）']) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
  });

  it('fund trend: quarters, legend and axis names', () => {
    const svg = render(buildFundTrendOption({ points: TREND_POINTS }));
    for (const text of ['2024Q1', '2024Q2', '收入·中央', '收入·个人缴费', '支出', '累计结余', '收支（万元）']) {
      expect(svg).toContain(text);
    }
  });

  it('months payable: band legend and bar labels', () => {
    const svg = render(buildMonthsPayableOption({ bars: MONTHS_BARS, policy: POLICY_2024 }));
    for (const text of ['▲ &lt; 3 红色', '○ 6–9 正常', '● &gt; 15 黄色', '▲ 2.5', '■ 12.0', '● 20.0', '可支付月数（个月）']) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('<img');
  });
});
