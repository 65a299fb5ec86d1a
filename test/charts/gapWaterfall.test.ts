import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../../src/domain/money';
import { buildGapWaterfallOption, waterfallBars, WATERFALL_COLOR, type WaterfallPart } from '../../src/charts/options/gapWaterfall';
import { EVIL_NAME } from './fixtures';

/**
 * 乌兰察布市 assistance fund, 2024 (data/README.md): gap 17,960,565.39 = balance 12,309,907.97
 * + 商都县 self-caused 462,080.36 + city 50% 2,594,288.53 + counties 2,594,288.53 (two here:
 * 1,000,000.00 + 1,594,288.53).
 */
const GAP = new Dec('17960565.39');
const PARTS: WaterfallPart[] = [
  { key: 'balance', label: '累计结余弥补', amount: new Dec('12309907.97') },
  { key: 'county_self', label: '旗县自身原因', amount: new Dec('462080.36'), detail: ['商都县 462080.36 元'] },
  { key: 'city', label: '盟市本级', amount: new Dec('2594288.53') },
  { key: 'county', label: '集宁区', amount: new Dec('1000000.00') },
  { key: 'county', label: EVIL_NAME, amount: new Dec('1594288.53') },
];

interface Shape {
  series: { name: string; stack: string; data: (number | { value: number; itemStyle: { color: string } })[] }[];
  xAxis: { data: string[] };
  tooltip: { formatter: (p: unknown) => string };
}

describe('gap waterfall', () => {
  it('hangs each part from where the previous one ended, down to exactly zero', () => {
    const bars = waterfallBars({ gap: GAP, parts: PARTS });
    // 17,960,565.39 − 12,309,907.97 = 5,650,657.42; − 462,080.36 = 5,188,577.06; − 2,594,288.53 = 2,594,288.53;
    // − 1,000,000.00 = 1,594,288.53; − 1,594,288.53 = 0.00.
    expect(bars.map((b) => [b.key, b.base.toFixed(2), b.amount.toFixed(2)])).toEqual([
      ['gap', '0.00', '17960565.39'],
      ['balance', '5650657.42', '12309907.97'],
      ['county_self', '5188577.06', '462080.36'],
      ['city', '2594288.53', '2594288.53'],
      ['county', '1594288.53', '1000000.00'],
      ['county', '0.00', '1594288.53'],
    ]);
    // The parts add up to the gap, and every bar's top is the previous bar's base.
    expect(sum(PARTS.map((p) => p.amount)).eq(GAP)).toBe(true);
    const tops = bars.slice(1).map((bar) => bar.base.plus(bar.amount).toFixed(2));
    const levelsBefore = [GAP, ...bars.slice(1, -1).map((bar) => bar.base)].map((d) => d.toFixed(2));
    expect(tops).toEqual(levelsBefore);
  });

  it('draws a transparent placeholder stack under coloured amounts in 万元', () => {
    const option = buildGapWaterfallOption({ gap: GAP, parts: PARTS }) as unknown as Shape;
    const [placeholder, amount] = option.series;
    expect(placeholder?.stack).toBe(amount?.stack);
    expect(placeholder?.data).toEqual([0, 565.065742, 518.857706, 259.428853, 159.428853, 0]);
    expect(amount?.data.map((d) => (typeof d === 'number' ? d : d.value))).toEqual([
      1796.056539, 1230.990797, 46.208036, 259.428853, 100, 159.428853,
    ]);
    expect(amount?.data.map((d) => (typeof d === 'number' ? '' : d.itemStyle.color))).toEqual([
      WATERFALL_COLOR.gap,
      WATERFALL_COLOR.balance,
      WATERFALL_COLOR.county_self,
      WATERFALL_COLOR.city,
      WATERFALL_COLOR.county,
      WATERFALL_COLOR.county,
    ]);
    expect(option.xAxis.data).toEqual(['缺口', '累计结余弥补', '旗县自身原因', '盟市本级', '集宁区', EVIL_NAME]);
  });

  it('shows exact yuan on hover and escapes region names', () => {
    const option = buildGapWaterfallOption({ gap: GAP, parts: PARTS }) as unknown as Shape;
    expect(option.tooltip.formatter({ dataIndex: 2 })).toBe('<strong>旗县自身原因</strong><br/>46.21万元（462,080.36元）<br/>商都县 462080.36 元');
    const evil = option.tooltip.formatter({ dataIndex: 5 });
    expect(evil).not.toContain('<img');
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps its shape', () => {
    expect(JSON.parse(JSON.stringify(buildGapWaterfallOption({ gap: GAP, parts: PARTS })))).toMatchSnapshot();
  });
});
