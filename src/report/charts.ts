// Charts of the report as inline SVG: the page's own option builders,
// rendered once under Node or in the browser by ECharts' server-side SVG
// renderer, so the file needs no script to show them.
import { echarts } from '../charts/echarts';
import type { ChartOption } from '../charts/options/chartOption';
import { renderStillSvg } from '../charts/stillSvg';

export interface SvgChart {
  /** Suffix of the element ids: `chart-<id>` for the figure, `data-<id>` for its data. */
  id: string;
  title: string;
  svg: string;
  /** The numbers behind the chart, as exact decimal strings (embedded as JSON). */
  data: unknown;
}

/** The chart as a still picture (charts/stillSvg.ts: the legend whole, no tooltip), inline. */
export function renderSvg(option: ChartOption, width: number, height: number): string {
  return inlineSvg(renderStillSvg(echarts, option, width, height));
}

/**
 * Inline SVG in HTML needs no namespace declarations, and dropping them
 * keeps the file free of any http(s) text a reviewer (or a test) would have
 * to tell apart from a real outside reference.
 */
export function inlineSvg(svg: string): string {
  return svg.replace(/\s+xmlns(:xlink)?="[^"]*"/g, '');
}
