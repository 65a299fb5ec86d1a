// ECharts' SVG string with a font family of quoted names: the style
// attribute must stay one attribute, so that the picture parses as XML (and
// a saved PNG decodes) and the text keeps its font.
import { describe, expect, it } from 'vitest';
import { quoteFontFamilies } from '../../src/charts/stillSvg';
import { renderSvg } from '../../src/report/charts';
import { FONT_FAMILY } from '../../src/charts/options/chartOption';

describe('quoteFontFamilies', () => {
  it('turns the double quotes of a font-family into single ones, and nothing else', () => {
    const svg = '<text style="font-size:12px;font-family:"Noto Sans CJK SC", sans-serif;" x="1">"甲"</text>';
    expect(quoteFontFamilies(svg)).toBe('<text style="font-size:12px;font-family:\'Noto Sans CJK SC\', sans-serif;" x="1">"甲"</text>');
  });

  it('makes a drawn chart well-formed XML', () => {
    const svg = renderSvg(
      { textStyle: { fontFamily: FONT_FAMILY }, xAxis: { type: 'category', data: ['甲'] }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: [1] }] },
      300,
      200,
    );
    expect(svg).toContain("font-family:'Noto Sans CJK SC'");
    // Every style attribute closes before the next attribute or the tag's end.
    for (const style of svg.match(/style="[^"]*"/g) ?? []) expect(style).not.toMatch(/font-family:[^;]*$/);
  });
});
