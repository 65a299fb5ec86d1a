// A phone's gap-sharing waterfall (乌兰察布市, 14 bars at ~330 px) hid every other name under its 35°
// slant, so 旗县自身原因 sat under the bar of 累计结余弥补 (29,024.90万元). Every name stays, under its
// own bar: flat when it fits, slanted while slanted names part, upright below that.
import { describe, expect, it } from 'vitest';
import { buildGapWaterfallOption, type WaterfallPart } from '../../src/charts/options/gapWaterfall';
import { buildMonthsPayableOption } from '../../src/charts/options/monthsPayable';
import { Dec } from '../../src/domain/money';
import { renderSvg } from '../../src/report/charts';
import { EVIL_NAME, MONTHS_BARS, POLICY_2024 } from './fixtures';

const COUNTIES = ['集宁区', '卓资县', '化德县', '商都县', '兴和县', '凉城县', '察哈尔右翼前旗', '察哈尔右翼中旗', '察哈尔右翼后旗', '四子王旗', '丰镇市'];
const PARTS: WaterfallPart[] = [
  { key: 'balance', label: '累计结余弥补', amount: new Dec('290249007.77') },
  { key: 'county_self', label: '旗县自身原因', amount: new Dec(0) },
  { key: 'city', label: '盟市本级承担', amount: new Dec(0) },
  ...COUNTIES.map((label): WaterfallPart => ({ key: 'county', label, amount: new Dec(0) })),
];
const option = buildGapWaterfallOption({ gap: new Dec('290249007.77'), parts: PARTS }, 'zh');
const NAMES = ['缺口', ...PARTS.map((p) => p.label)];

/** Each text of the picture whose content is one of `names`: its x along the axis and its slant (degrees, from its matrix). */
function axisNames(svg: string, names: readonly string[]): { name: string; x: number; angle: number }[] {
  const texts = [...svg.matchAll(/<text[^>]*transform="(matrix|translate)\(([^)]*)\)"[^>]*>([^<]*)<\/text>/g)];
  return texts
    .filter((m) => names.includes(m[3]!))
    .map((m) => {
      const v = m[2]!.split(/[ ,]+/).map(Number);
      // matrix(a b c d e f): a rotation by θ is (cos θ, sin θ, …); ECharts turns text counter-clockwise (negative b).
      const angle = m[1] === 'matrix' ? Math.round((Math.atan2(-v[1]!, v[0]!) * 180) / Math.PI) : 0;
      return { name: m[3]!, x: m[1] === 'matrix' ? v[4]! : v[0]!, angle };
    });
}

describe('category names under their bars', () => {
  it('on a phone (330 px) all 14 names of the waterfall stand upright, each under its own bar, in order', () => {
    const shown = axisNames(renderSvg(option, 330, 360), NAMES);
    expect(shown.map((s) => s.name)).toEqual(NAMES);
    expect(new Set(shown.map((s) => s.angle))).toEqual(new Set([90]));
    // Evenly along the axis: one slot apart, left to right.
    const steps = shown.slice(1).map((s, i) => s.x - shown[i]!.x);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 0);
    expect(steps[0]!).toBeGreaterThan(16);
  });

  it('on a desk (700 px) they slant 35°, all of them; flat when every name fits its slot', () => {
    const desk = axisNames(renderSvg(option, 700, 360), NAMES);
    expect(desk.map((s) => s.name)).toEqual(NAMES);
    expect(new Set(desk.map((s) => s.angle))).toEqual(new Set([35]));
    const few = buildGapWaterfallOption({ gap: new Dec(100), parts: [{ key: 'balance', label: '累计结余弥补', amount: new Dec(100) }] }, 'zh');
    expect(axisNames(renderSvg(few, 700, 360), ['缺口', '累计结余弥补']).map((s) => [s.name, s.angle])).toEqual([['缺口', 0], ['累计结余弥补', 0]]);
  });

  it('the months payable chart keeps every city name too', () => {
    const months = buildMonthsPayableOption({ bars: MONTHS_BARS, policy: POLICY_2024 }, 'zh');
    // EVIL_NAME's markup is escaped in the picture; the plain names are read back.
    const names = MONTHS_BARS.map((b) => b.name).filter((n) => n !== EVIL_NAME);
    for (const width of [300, 700, 1400]) expect(axisNames(renderSvg(months, width, 300), names).map((s) => s.name), `${width}`).toEqual(names);
  });
});
