// A chart as a still picture — the report's figures, a chart saved from the
// screen as PNG or SVG — drawn by ECharts' server-side SVG renderer. Paper and
// a picture file cannot click, so whatever pages or hovers on screen is laid
// out whole here: the legend shows every entry, and there is no tooltip.
import type { ChartOption } from './options/chartOption';
import type { EchartsLib } from './loadEcharts';

/** Whether the option's legend pages behind arrows ("1/2") on screen. */
export function hasPagedLegend(option: ChartOption): boolean {
  return (option.legend as { type?: string } | undefined)?.type === 'scroll';
}

/**
 * The chart at `width` × `height` as an SVG string. A scrolling legend is
 * drawn plain, wrapped onto as many rows as it takes, and the plot moves
 * down by the rows added (the picture keeps its size).
 */
export function renderStillSvg(lib: EchartsLib, option: ChartOption, width: number, height: number): string {
  const chart = lib.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const still: ChartOption = { ...option, animation: false, tooltip: { show: false } };
    chart.setOption(still);
    const grid = option.grid as { top?: unknown } | undefined;
    if (hasPagedLegend(option) && typeof grid?.top === 'number') {
      const oneRow = legendHeight(chart);
      const wrapped: ChartOption = { ...still, legend: { ...(option.legend as object), type: 'plain' } };
      chart.setOption(wrapped, { notMerge: true });
      const added = legendHeight(chart) - oneRow;
      if (added > 0) chart.setOption({ ...wrapped, grid: { ...grid, top: grid.top + Math.ceil(added) } }, { notMerge: true });
    }
    return quoteFontFamilies(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/** What ECharts' own layout gave the legend, in px (the renderer measures its text; there is no public call for it). */
interface LaidOut {
  getModel(): { getComponent(type: string): unknown };
  getViewOfComponentModel(model: unknown): { group: { getBoundingRect(): { height: number } } } | undefined;
}

function legendHeight(chart: ReturnType<EchartsLib['init']>): number {
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
