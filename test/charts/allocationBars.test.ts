import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { buildAllocationBarsOption, rankAllocation, SCENARIO_COLOR, type AllocationBar } from '../../src/charts/options/allocationBars';
import { EVIL_NAME } from './fixtures';

/** The 3-city example of test/app/allocationScenario.test.ts: baseline and +3000万. */
const BARS: AllocationBar[] = [
  { key: '150100', name: '甲市', base: new Dec('2583333.34'), scenario: new Dec('10333333.34') },
  { key: '150200', name: EVIL_NAME, base: new Dec('2583333.33'), scenario: new Dec('10333333.33') },
  { key: '150300', name: '丙市', base: new Dec('4833333.33'), scenario: new Dec('19333333.33') },
];

interface Shape {
  series: { name: string; data: number[]; itemStyle: { color: string } }[];
  yAxis: { data: string[] };
  legend: { show?: boolean; data?: string[] };
  tooltip: { formatter: (p: unknown) => string };
}

describe('allocation bars', () => {
  it('ranks the largest baseline first, equal amounts by code', () => {
    expect(rankAllocation(BARS).map((b) => b.key)).toEqual(['150300', '150100', '150200']);
  });

  it('draws baseline and scenario side by side in 万元', () => {
    const option = buildAllocationBarsOption({ bars: BARS }) as unknown as Shape;
    expect(option.series.map((s) => s.name)).toEqual(['基准', '情景']);
    expect(option.series[0]?.data).toEqual([483.333333, 258.333334, 258.333333]);
    expect(option.series[1]?.data).toEqual([1933.333333, 1033.333334, 1033.333333]);
    expect(option.series[1]?.itemStyle.color).toBe(SCENARIO_COLOR);
    expect(option.legend.data).toEqual(['基准', '情景']);
    const tip = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(tip).toContain('&lt;img');
    expect(tip).toContain('基准 258.33万元（2,583,333.33元）');
    expect(tip).toContain('情景 1,033.33万元（10,333,333.33元）');
  });

  it('without a scenario draws one series and no legend', () => {
    const option = buildAllocationBarsOption({ bars: BARS.map((b) => ({ ...b, scenario: null })) }) as unknown as Shape;
    expect(option.series.map((s) => s.name)).toEqual(['基准']);
    expect(option.legend.show).toBe(false);
  });

  it('keeps its shape', () => {
    expect(JSON.parse(JSON.stringify(buildAllocationBarsOption({ bars: BARS })))).toMatchSnapshot();
  });
});
