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
    const still: ChartOption = { ...option, animation: false, tooltip: { show: false } };
    chart.setOption(still);
    const legend = option.legend as { type?: string } | undefined;
    const grid = option.grid as { top?: unknown } | undefined;
    if (legend?.type === 'scroll' && typeof grid?.top === 'number') {
      // A scrolling legend pages behind arrows ("1/2") that paper cannot click:
      // the picture shows every entry, wrapped onto as many rows as it takes,
      // and the plot moves down by the rows added.
      const oneRow = legendHeight(chart);
      const wrapped: ChartOption = { ...still, legend: { ...legend, type: 'plain' } };
      chart.setOption(wrapped, { notMerge: true });
      const added = legendHeight(chart) - oneRow;
      if (added > 0) chart.setOption({ ...wrapped, grid: { ...grid, top: grid.top + Math.ceil(added) } }, { notMerge: true });
    }
    return inlineSvg(quoteFontFamilies(chart.renderToSVGString()));
  } finally {
    chart.dispose();
  }
}

/** What ECharts' own layout gave the legend, in px (the renderer measures its text; there is no public call for it). */
interface LaidOut {
  getModel(): { getComponent(type: string): unknown };
  getViewOfComponentModel(model: unknown): { group: { getBoundingRect(): { height: number } } } | undefined;
}

function legendHeight(chart: ReturnType<typeof echarts.init>): number {
  const laidOut = chart as unknown as LaidOut;
  const model = laidOut.getModel().getComponent('legend');
  return model ? (laidOut.getViewOfComponentModel(model)?.group.getBoundingRect().height ?? 0) : 0;
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
