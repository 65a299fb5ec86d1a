// The build's chart pictures keep their text and shape with fewer digits
// (scripts/snapshot/compactSvg.ts), on a real ECharts drawing.
import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { compactSvg } from '../../scripts/snapshot/compactSvg';
import { renderStillSvg } from '../../src/charts/stillSvg';

describe('compactSvg', () => {
  it('rounds coordinates to a tenth, a matrix’s rotation to a thousandth, and leaves labels as they read', () => {
    const svg =
      '<svg width="332" height="450" viewBox="0 0 332 450"><path d="M79.5 28L79.5 399.04M-1.25-2.3333A5.5 5.5 0 0 1 6.123e-17 1" stroke-width="1.5"></path>' +
      '<text x="12.3456" y="6" transform="matrix(0.81915,-0.57358,0.57358,0.81915,612.9499,400.9498)">99.70%</text>' +
      '<text transform="translate(237.3475 320) rotate(-34.987) scale(0.33333)">5.96个月 2024.125</text><rect x="-0.04" width="10.0" height="3.96"></rect></svg>';
    expect(compactSvg(svg)).toBe(
      '<svg width="332" height="450" viewBox="0 0 332 450"><path d="M79.5 28L79.5 399M-1.3-2.3A5.5 5.5 0 0 1 0 1" stroke-width="1.5"></path>' +
        '<text x="12.3" y="6" transform="matrix(0.819,-0.574,0.574,0.819,612.9,400.9)">99.70%</text>' +
        '<text transform="translate(237.3 320) rotate(-35) scale(0.333)">5.96个月 2024.125</text><rect x="0" width="10" height="4"></rect></svg>',
    );
  });

  it('shortens a real chart without changing what it says', () => {
    const option = {
      animation: false,
      xAxis: { type: 'category' as const, data: ['呼和浩特市', '包头市', '乌兰察布市'], axisLabel: { rotate: 35 } },
      yAxis: { type: 'value' as const },
      series: [{ type: 'bar' as const, data: [3.333, 7.777, 11.111], label: { show: true, formatter: '{c}个月' } }],
    };
    const svg = renderStillSvg(echarts, option, 333, 217);
    const compact = compactSvg(svg);
    expect(compact.length).toBeLessThan(svg.length);
    const text = (s: string): string[] => [...s.matchAll(/>([^<]+)</g)].map((m) => m[1] ?? '');
    expect(text(compact)).toEqual(text(svg));
    expect(text(compact)).toContain('7.777个月');
    // No geometry keeps more than one decimal, but a matrix's first four numbers.
    const geometry = [...compact.matchAll(/\s(?:d|x|y|width|height)="([^"]*)"/g)].map((m) => m[1] ?? '').join(' ');
    expect(geometry).not.toMatch(/\d\.\d\d/);
  });
});
