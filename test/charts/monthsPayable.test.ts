import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import type { Band } from '../../src/domain/policy/types';
import {
  bandStripes,
  buildMonthsPayableOption,
  monthsAxisRange,
  stripeLabel,
} from '../../src/charts/options/monthsPayable';
import { BAND_NORMAL_COLOR, MUTED_COLOR, SEVERITY_COLOR, SEVERITY_TINT } from '../../src/charts/palette';
import { EVIL_NAME, MONTHS_BARS, POLICY_2024 } from './fixtures';

interface Series {
  type: string;
  name: string;
  data: { value: number | string; itemStyle: { color: string } }[];
  markArea?: { data: [{ yAxis: number; itemStyle: { color: string } }, { yAxis: number }][] };
  label?: { formatter: (p: unknown) => string };
  itemStyle?: { color: string };
}
interface Shape {
  series: Series[];
  legend: { data: string[] };
  xAxis: { data: string[] };
  yAxis: { min: number; max: number; interval: number };
  tooltip: { formatter: (p: unknown) => string };
}

const bands = POLICY_2024;

describe('months payable bands', () => {
  it('cuts the default policy into five stripes: red <3, orange 3–6, normal 6–9, blue 9–15, yellow >15', () => {
    const stripes = bandStripes(bands).map((s) => [s.from?.toString() ?? null, s.to?.toString() ?? null, s.severity]);
    expect(stripes).toEqual([
      [null, '3', 'red'],
      ['3', '6', 'orange'],
      ['6', '9', null],
      ['9', '15', 'blue'],
      ['15', null, 'yellow'],
    ]);
    expect(bandStripes(bands).map((stripe) => stripeLabel(stripe))).toEqual([
      '▲ < 3 红色',
      '◆ 3–6 橙色',
      '○ 6–9 正常',
      '■ 9–15 蓝色',
      '● > 15 黄色',
    ]);
  });

  it('follows a province that sets its own bands', () => {
    const own: Band[] = [
      { severity: 'red', lt: '2' },
      { severity: 'yellow', gt: '12' },
    ];
    expect(bandStripes({ thresholds: { ...POLICY_2024.thresholds, months_payable: own } }).map((s) => s.severity)).toEqual(['red', null, 'yellow']);
  });
});

describe('months payable option', () => {
  const option = buildMonthsPayableOption({ bars: MONTHS_BARS, policy: POLICY_2024 });
  const shape = option as unknown as Shape;
  const bars = shape.series[0] as Series;

  it('draws one bar per region, a gap where months payable cannot be computed', () => {
    expect(shape.xAxis.data).toEqual(['甲市', '乙市', '丙市', EVIL_NAME, '戊市', '己市']);
    expect(bars.data.map((d) => d.value)).toEqual([2.5, 4, 7.5, 12, 20, '-']);
  });

  it('colours every bar by its band, normal in the legend\'s normal colour', () => {
    expect(bars.data.map((d) => d.itemStyle.color)).toEqual([
      SEVERITY_COLOR.red,
      SEVERITY_COLOR.orange,
      BAND_NORMAL_COLOR,
      SEVERITY_COLOR.blue,
      SEVERITY_COLOR.yellow,
      MUTED_COLOR,
    ]);
  });

  it('sizes the axis to show the highest bar and every band: max(15 × 1.2, 20 × 1.1) = 22, up to the next 3 months: 24', () => {
    expect(shape.yAxis.min).toBe(0);
    expect(shape.yAxis.max).toBe(24);
    expect(shape.yAxis.interval).toBe(3);
    const range = monthsAxisRange([{ key: 'x', name: 'x', monthsPayable: new Dec('-1.5'), accumulatedBalance: null }], bands);
    // −1.5 down to −3; 15 × 1.2 = 18 is already a multiple of 3.
    expect(range.min.toString()).toBe('-3');
    expect(range.max.toString()).toBe('18');
    // A 40-month span ticks every 6 months: 40 × 1.1 = 44 → 48.
    const wide = monthsAxisRange([{ key: 'y', name: 'y', monthsPayable: new Dec('40'), accumulatedBalance: null }], bands);
    expect([wide.min.toString(), wide.max.toString(), wide.interval.toString()]).toEqual(['0', '48', '6']);
  });

  it('paints the bands as background stripes from axis bottom to axis top', () => {
    const stripes = bars.markArea?.data.map(([from, to]) => [from.yAxis, to.yAxis, from.itemStyle.color]);
    expect(stripes).toEqual([
      [0, 3, SEVERITY_TINT.red],
      [3, 6, SEVERITY_TINT.orange],
      [6, 9, SEVERITY_TINT.normal],
      [9, 15, SEVERITY_TINT.blue],
      [15, 24, SEVERITY_TINT.yellow],
    ]);
  });

  it('explains the bands in the legend', () => {
    expect(shape.legend.data).toEqual(['▲ < 3 红色', '◆ 3–6 橙色', '○ 6–9 正常', '■ 9–15 蓝色', '● > 15 黄色']);
    expect(shape.series.slice(1).map((s) => s.itemStyle?.color)).toEqual([
      SEVERITY_COLOR.red,
      SEVERITY_COLOR.orange,
      BAND_NORMAL_COLOR,
      SEVERITY_COLOR.blue,
      SEVERITY_COLOR.yellow,
    ]);
  });

  it('escapes region names in the tooltip', () => {
    const html = shape.tooltip.formatter({ dataIndex: 3 });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('可支付月数 12.00 个月（蓝色）');
    expect(html).toContain('累计结余 120.00万元');
  });

  it('says when a value cannot be computed', () => {
    expect(shape.tooltip.formatter({ dataIndex: 5 })).toContain('可支付月数 无法计算');
    expect(shape.tooltip.formatter({ dataIndex: 4 })).toContain('累计结余 -200.00万元');
  });

  it('labels bars with one decimal', () => {
    expect(bars.label?.formatter({ dataIndex: 0 })).toBe('▲ 2.5');
    expect(bars.label?.formatter({ dataIndex: 5 })).toBe('');
  });

  // Printed in black and white the five band colours are one grey (stop 33's presenter walk): each bar
  // says its band by the shape of the tile map and the big screen (▲ red ◆ orange ● yellow ■ blue
  // ○ normal), the same shape that starts its legend entry. The fixture's bars: 2.5 < 3 red, 3 ≤ 4 < 6
  // orange, 6 ≤ 7.5 < 9 normal, 9 ≤ 12 < 15 blue, 20 > 15 yellow, then one that cannot be computed.
  it('marks every bar with its band\'s shape, the legend entry of that band starting with the same shape', () => {
    const labels = [0, 1, 2, 3, 4, 5].map((dataIndex) => bars.label?.formatter({ dataIndex }));
    expect(labels).toEqual(['▲ 2.5', '◆ 4.0', '○ 7.5', '■ 12.0', '● 20.0', '']);
    const legendOf = (mark: string) => shape.legend.data.filter((entry: string) => entry.startsWith(`${mark} `));
    expect(['▲', '◆', '○', '■', '●'].map((mark) => legendOf(mark))).toEqual([['▲ < 3 红色'], ['◆ 3–6 橙色'], ['○ 6–9 正常'], ['■ 9–15 蓝色'], ['● > 15 黄色']]);
  });

  it('matches the stored option', () => {
    expect(option).toMatchSnapshot();
  });
});

describe('a bar below zero: the fund is overdrawn', () => {
  // Balance −565,065.74 over an average monthly expenditure of 941,776.23: −0.60 months (rounded).
  const months = new Dec('-565065.74').div('941776.23');
  const bar = { key: '150900', name: '乌兰察布市', monthsPayable: months, accumulatedBalance: new Dec('-565065.74') };
  const of = (lang: 'zh' | 'en') => buildMonthsPayableOption({ bars: [bar], policy: POLICY_2024 }, lang) as unknown as Shape;

  it('labels the bar 已透支 / overdrawn, not a negative number of months', () => {
    expect(of('zh').series[0]?.label?.formatter({ dataIndex: 0 })).toBe('▲ 已透支');
    expect(of('en').series[0]?.label?.formatter({ dataIndex: 0 })).toBe('▲ overdrawn');
  });

  it('keeps the computed figure in the tooltip, still in the red band', () => {
    expect(of('zh').tooltip.formatter({ dataIndex: 0 })).toContain('可支付月数 已透支（计算值 -0.60 个月）（红色）');
    expect(of('en').tooltip.formatter({ dataIndex: 0 })).toContain('overdrawn (computed -0.60 months)');
    expect(of('zh').series[0]?.data[0]?.itemStyle.color).toBe(SEVERITY_COLOR.red);
  });
});
