// The stress band chart: baseline and scenario from today's balance, the band
// between them, the red line, all in one unit; it renders under Node (the report's path).
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { buildStressBandOption } from '../../src/charts/options/stressBand';
import { Dec } from '../../src/domain/money';
import type { StressResult } from '../../src/domain/stress';

const d = (s: string) => new Dec(s);
const RESULT: StressResult = {
  regionCode: '150900',
  level: 'city',
  fund: 'resident',
  from: '2024Q4',
  opening: d('1000000'),
  currentMonths: d('2.30'),
  points: [
    { quarter: '2025Q1', baselineBalance: d('3500000'), scenarioBalance: d('1260000'), baselineMonths: d('5.25'), scenarioMonths: d('1.86'), scenarioRedLine: d('2037500') },
    { quarter: '2025Q2', baselineBalance: d('2500000'), scenarioBalance: d('1675000'), baselineMonths: d('3.75'), scenarioMonths: d('2.41'), scenarioRedLine: d('2087500') },
    { quarter: '2025Q3', baselineBalance: d('1500000'), scenarioBalance: d('380000'), baselineMonths: d('2.25'), scenarioMonths: d('0.53'), scenarioRedLine: d('2137500') },
    { quarter: '2025Q4', baselineBalance: d('1000000'), scenarioBalance: d('-560000'), baselineMonths: d('1.5'), scenarioMonths: d('-0.76'), scenarioRedLine: d('2200000') },
  ],
  baselineFirstRed: '2025Q3',
  firstRedQuarter: '2025Q1',
  baselineBuffer: d('1000000'),
  buffer: d('2760000'),
};

describe('stress band chart', () => {
  it('draws baseline, scenario, the band between them and the red line in 万元', () => {
    const option = buildStressBandOption({ result: RESULT, redMonths: d('3') });
    const series = option.series as { name: string; data: (number | string)[] }[];
    const byName = (name: string) => series.find((s) => s.name === name)?.data;
    expect((option.yAxis as { name: string }).name).toBe('累计结余（万元）');
    expect(byName('基准预测')).toEqual([100, 350, 250, 150, 100]);
    expect(byName('压力情景')).toEqual([100, 126, 167.5, 38, -56]);
    // The band: base at the lower line, the difference stacked on it.
    expect(byName('band-base')).toEqual([100, 126, 167.5, 38, -56]);
    expect(byName('情景与基准之差')).toEqual([0, 224, 82.5, 112, 156]);
    expect(byName('红线（可支付 3 个月）')).toEqual(['-', 203.75, 208.75, 213.75, 220]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['2024年第4季度', '2025年第1季度', '2025年第2季度', '2025年第3季度', '2025年第4季度']);
  });

  it('renders to SVG under Node, in English too', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 760, height: 300 });
    try {
      chart.setOption({ ...buildStressBandOption({ result: RESULT, redMonths: d('3') }, 'en'), animation: false });
      const svg = chart.renderToSVGString();
      expect(svg).toContain('Stress scenario');
      expect(svg).toMatch(/Accumulated balance \((thousand|million) yuan\)/);
    } finally {
      chart.dispose();
    }
  });
});

describe('stress band chart far below zero', () => {
  // An overdrawn pool: −565.07万元 today, −3,491.93万元 a year on under the scenario (乌兰察布市's
  // assistance fund on the sample): the value axis ends at −4,000, its widest label.
  const FAR: StressResult = {
    ...RESULT,
    opening: d('-5650657.42'),
    points: RESULT.points.map((p, i) => ({ ...p, baselineBalance: d('-5650657.42').minus(d('5000000').times(i + 1)), scenarioBalance: d('-5650657.42').minus(d('7317161.57').times(i + 1)) })),
  };

  it('starts the first quarter’s label at the value axis, right of the value labels, not centred under them', () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 1300, height: 340 });
    try {
      chart.setOption({ ...buildStressBandOption({ result: FAR, redMonths: d('3') }), animation: false });
      const texts = [...chart.renderToSVGString().matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, attrs = '', text = '']) => ({
        text,
        x: Number(/translate\(([-\d.]+)/.exec(attrs)?.[1]),
        anchor: /text-anchor="([a-z]+)"/.exec(attrs)?.[1],
      }));
      const valueLabels = texts.filter((t) => /^-?[\d,]+$/.test(t.text));
      expect(valueLabels.map((t) => t.text)).toContain('-4,000');
      // Value labels end (text-anchor end) left of the axis; the first quarter's begins at it.
      const valuesEnd = Math.max(...valueLabels.map((t) => t.x));
      const first = texts.find((t) => t.text === '2024年第4季度');
      expect(first?.anchor).toBe('start');
      expect(first?.x).toBeGreaterThan(valuesEnd);
      // The last quarter's ends at the right edge instead of running past it.
      expect(texts.find((t) => t.text === '2025年第4季度')?.anchor).toBe('end');
    } finally {
      chart.dispose();
    }
  });
});
