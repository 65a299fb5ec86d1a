// Charts of the report as inline SVG: the page's own option builders,
// rendered once under Node or in the browser by ECharts' server-side SVG
// renderer, so the file needs no script to show them.
import { echarts } from '../charts/echarts';
import type { ChartOption } from '../charts/options/chartOption';

export interface SvgChart {
  /** Suffix of the element ids: `chart-<id>` for the figure, `data-<id>` for its data. */
  id: string;
  title: string;
  svg: string;
  /** The numbers behind the chart, as exact decimal strings (embedded as JSON). */
  data: unknown;
}

export function renderSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // No animation and no tooltip: a static picture, and tooltips would need a script.
    chart.setOption({ ...option, animation: false, tooltip: { show: false } });
    return inlineSvg(quoteFontFamilies(chart.renderToSVGString()));
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts' SVG string puts the font family's double-quoted names unescaped
 * into a double-quoted style attribute (`style="font-family:"Noto Sans CJK
 * SC", …"`), which ends the attribute early: the text lost its font, and a
 * picture saved as PNG failed to decode. Single quotes mean the same in CSS.
 */
export function quoteFontFamilies(svg: string): string {
  return svg.replace(/font-family:[^;>]*;/g, (css) => css.replace(/"/g, "'"));
}

/**
 * Inline SVG in HTML needs no namespace declarations, and dropping them
 * keeps the file free of any http(s) text a reviewer (or a test) would have
 * to tell apart from a real outside reference.
 */
export function inlineSvg(svg: string): string {
  return svg.replace(/\s+xmlns(:xlink)?="[^"]*"/g, '');
}
