// A chart of the report is a picture: a legend that would page behind arrows
// ("1/2", which paper cannot click) shows every entry instead, wrapped, and
// the plot moves down so the rows added do not run into the axis names.
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/report/charts';
import { buildFundTrendOption } from '../../src/charts/options/fundTrend';
import { buildMonthsPayableOption } from '../../src/charts/options/monthsPayable';
import { MONTHS_BARS, POLICY_2024, TREND_POINTS } from '../charts/fixtures';

/** The y of each text of the picture whose content is `text` (ECharts places text by a translate transform). */
function textY(svg: string, text: string): number[] {
  return [...svg.matchAll(/<text[^>]*transform="(?:matrix\([^)]*?([-\d.]+)\)|translate\([-\d.]+ ([-\d.]+)\))"[^>]*>([^<]*)<\/text>/g)]
    .filter((m) => m[3] === text)
    .map((m) => Number(m[1] ?? m[2]));
}

describe('report charts: legends as pictures', () => {
  // Five entries (three sources, 支出, 累计结余) at 12 px text: three rows in 200 px.
  const narrow = () => renderSvg(buildFundTrendOption({ points: TREND_POINTS }, 'zh'), 200, 300);

  it('shows every legend entry and no page counter where one row is too narrow', () => {
    const svg = narrow();
    expect(svg).not.toMatch(/>\s*\d+\/\d+\s*</);
    for (const name of ['收入·中央', '收入·省级', '收入·个人缴费', '支出', '累计结余']) expect(svg, name).toContain(`>${name}<`);
  });

  it('puts the axis names below the last legend row', () => {
    const svg = narrow();
    const legendRows = ['收入·中央', '支出', '累计结余'].flatMap((name) => textY(svg, name));
    const axisName = textY(svg, '收支（万元）');
    expect(legendRows.length).toBe(3);
    expect(axisName.length).toBe(1);
    expect(Math.min(...axisName)).toBeGreaterThan(Math.max(...legendRows) + 10);
  });

  it('keeps a legend that fits in one row where it was', () => {
    const svg = renderSvg(buildMonthsPayableOption({ bars: MONTHS_BARS, policy: POLICY_2024 }), 1600, 340);
    expect(svg).not.toMatch(/>\s*\d+\/\d+\s*</);
    const rows = new Set(['▲ &lt; 3 红色', '● &gt; 15 黄色'].flatMap((name) => textY(svg, name)));
    expect(rows.size).toBe(1);
  });

  // A report goes to a black-and-white printer: the bars' five band colours print as one grey, so the
  // picture itself carries each bar's band shape (2.5 months red ▲, 20 yellow ●) and the legend's.
  it('prints each months-payable bar with its band\'s shape, readable without colour', () => {
    const svg = renderSvg(buildMonthsPayableOption({ bars: MONTHS_BARS, policy: POLICY_2024 }), 1600, 340);
    for (const text of ['▲ 2.5', '◆ 4.0', '○ 7.5', '■ 12.0', '● 20.0', '▲ &lt; 3 红色', '○ 6–9 正常']) expect(textY(svg, text), text).toHaveLength(1);
  });
});
