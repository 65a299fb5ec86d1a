// A chart as a still picture (a saved PNG/SVG, the report's figures): a legend
// that pages on screen ("1/2" behind arrows) is drawn whole, so no series
// name is lost from the picture.
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildFundTrendOption, type FundTrendPoint } from '../../src/charts/options/fundTrend';
import { hasPagedLegend, renderStillSvg } from '../../src/charts/stillSvg';
import type { ChartOption } from '../../src/charts/options/chartOption';
import type { EchartsLib } from '../../src/charts/loadEcharts';
import { Dec } from '../../src/domain/money';
import { TREND_POINTS } from './fixtures';

// TREND_POINTS' income comes from the centre, the province and individuals; with a projection
// the legend lists those three sources, expenditure, the balance and the dashed projection.
const points = [TREND_POINTS[0], { ...TREND_POINTS[1], accumulatedBalance: new Dec('1000000.00') }].filter((p): p is FundTrendPoint => p !== undefined);
const option = buildFundTrendOption({ points, forecast: [{ quarter: '2024Q3', accumulatedBalance: new Dec('600000.00') }] });
const NAMES = ['收入·中央', '收入·省级', '收入·个人缴费', '支出', '累计结余', '预测累计结余（虚线）'];

/** What the screen draws: the option as it is, its legend paging. */
function onScreen(o: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...o, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The names a reader sees: a text wholly inside the picture (ECharts places each
 * text by a translate; its x is the left edge, 12 px a character at most). A
 * paging legend's names behind the arrows lie beyond the right edge, clipped.
 */
function visibleTexts(svg: string, width: number): string[] {
  return [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)]
    .filter(([, attrs = '']) => {
      const left = Number(/translate\(([-\d.]+)/.exec(attrs)?.[1] ?? 0) + Number(/\sx="([-\d.]+)"/.exec(attrs)?.[1] ?? 0);
      return left >= 0 && left < width;
    })
    .map(([, , text = '']) => text);
}
const hasPageCounter = (svg: string): boolean => />\s*\d+\/\d+\s*</.test(svg);

describe('a still picture of a chart whose legend pages on screen', () => {
  it('on screen, 360 px wide, the fund trend pages its legend: names lie behind the arrows', () => {
    expect(hasPagedLegend(option)).toBe(true);
    const svg = onScreen(option, 360, 300);
    expect(hasPageCounter(svg)).toBe(true);
    expect(NAMES.filter((n) => !visibleTexts(svg, 360).includes(n))).toEqual(['累计结余', '预测累计结余（虚线）']);
  });

  it('the picture draws every name of the legend inside it, and no page counter', () => {
    const svg = renderStillSvg(echarts as unknown as EchartsLib, option, 360, 300);
    const texts = visibleTexts(svg, 360);
    for (const name of NAMES) expect(texts, name).toContain(name);
    expect(hasPageCounter(svg)).toBe(false);
    // The picture keeps its size.
    expect(svg).toMatch(/<svg[^>]*width="360" height="300"/);
  });

});
