import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { resolvePolicy, DEFAULT_POLICY_FILE, parsePolicyFile } from '../../src/domain/policy/policy';
import {
  buildCoverageRankingOption,
  coverageAxisMin,
  rankCoverage,
} from '../../src/charts/options/coverageRanking';
import { NORMAL_COLOR, SEVERITY_COLOR } from '../../src/charts/palette';
import { COVERAGE_BARS, EVIL_NAME, POLICY_2024 } from './fixtures';

interface BarSeries {
  data: { value: number; itemStyle: { color: string } }[];
  markLine: { data: { xAxis: number }[]; label: { formatter: string } };
  label: { formatter: (p: unknown) => string };
}
interface Shape {
  series: BarSeries[];
  yAxis: { data: string[]; inverse: boolean };
  xAxis: { min: number; max: number; name: string };
  tooltip: { formatter: (p: unknown) => string };
}

const input = { bars: COVERAGE_BARS, policy: POLICY_2024 };

describe('coverage ranking option', () => {
  const option = buildCoverageRankingOption(input);
  const shape = option as unknown as Shape;
  const series = shape.series[0] as BarSeries;

  it('ranks best first, top down', () => {
    expect(shape.yAxis.data).toEqual(['甲市', EVIL_NAME, '丙市']);
    expect(shape.yAxis.inverse).toBe(true);
    expect(rankCoverage(COVERAGE_BARS).map((b) => b.key)).toEqual(['150100', '150200', '150300']);
  });

  it('draws 996/1000, 992/1000 and 490/500', () => {
    expect(series.data.map((d) => d.value)).toEqual([0.996, 0.992, 0.98]);
  });

  it('colours by the policy coverage bands: ≥ 99.5% normal, 99–99.5% yellow, < 99% red', () => {
    expect(series.data.map((d) => d.itemStyle.color)).toEqual([NORMAL_COLOR, SEVERITY_COLOR.yellow, SEVERITY_COLOR.red]);
  });

  it('marks the policy target', () => {
    expect(series.markLine.data).toEqual([{ xAxis: 0.99 }]);
    expect(series.markLine.label.formatter).toBe('目标 99%');
  });

  it('takes the target from the policy, not a literal', () => {
    // The target is the red band's upper bound: moving it moves the line (and the yellow band meets it).
    const strict = parsePolicyFile({
      ...DEFAULT_POLICY_FILE,
      years: [...DEFAULT_POLICY_FILE.years, { year: 2026, thresholds: { coverage: [{ severity: 'red', lt: '0.995' }, { severity: 'yellow', gte: '0.995', lt: '0.998' }] } }],
    });
    const policy = resolvePolicy(strict, 2026);
    const s = (buildCoverageRankingOption({ ...input, policy }) as unknown as Shape)
      .series[0] as BarSeries;
    expect(s.markLine.data).toEqual([{ xAxis: 0.995 }]);
    expect(s.markLine.label.formatter).toBe('目标 99.5%');
  });

  it('zooms the axis from 95% and says so in the axis name', () => {
    expect(shape.xAxis.min).toBe(0.95);
    expect(shape.xAxis.max).toBe(1);
    expect(shape.xAxis.name).toBe('参保率（横轴自 95% 起）');
  });

  it('opens the axis further when a rate is far below target', () => {
    // 0.85 − 0.01 = 0.84, down to the 5-point step: 0.80.
    expect(coverageAxisMin([new Dec('0.85')], new Dec('0.99')).toString()).toBe('0.8');
    // 0.9512 − 0.01 = 0.9412 → 0.90.
    expect(coverageAxisMin([new Dec('0.9512')], new Dec('0.99')).toString()).toBe('0.9');
    expect(coverageAxisMin([new Dec('0.999')], new Dec('0.99')).toString()).toBe('0.95');
  });

  it('escapes data text in the tooltip and shows exact figures', () => {
    const html = shape.tooltip.formatter({ dataIndex: 1 });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('参保率 99.20%（目标 99%）');
    expect(html).toContain('已参保 992 人 / 救助对象 1,000 人');
  });

  it('labels bars with the percentage', () => {
    expect(series.label.formatter({ dataIndex: 2 })).toBe('98.00%');
  });

  it('matches the stored option', () => {
    expect(option).toMatchSnapshot();
  });
});
