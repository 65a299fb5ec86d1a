// What every section of the report is given: the model, the year's policy
// (targets and bands for charts and colours), and the chart renderer.
import { chartHeightFor, type ChartOption } from '../charts/options/chartOption';
import type { Lang } from '../domain/lang';
import type { Policy } from '../domain/policy/types';
import { renderSvg, type SvgChart } from './charts';
import { esc, jsonBlock } from './html';
import type { ReportModel } from './model';

export interface SectionContext {
  m: ReportModel;
  policy: Policy;
  /** The report's language (every section writes its words in it; region names stay as loaded). */
  lang: Lang;
  /** Every chart drawn so far, in order (the tests and the size check read them). */
  charts: SvgChart[];
}

/** Width the SVG is drawn at; the page scales it to its column (A4 text width ≈ 180 mm ≈ 680 px). */
export const CHART_WIDTH = 760;

export function figure(ctx: SectionContext, id: string, title: string, option: ChartOption, data: unknown, height = chartHeightFor(8)): string {
  const svg = renderSvg(option, CHART_WIDTH, height);
  ctx.charts.push({ id, title, svg, data });
  return (
    `<figure class="chart" id="chart-${esc(id)}">` +
    `<figcaption>${esc(title)}</figcaption>${svg}${jsonBlock(id, data)}</figure>`
  );
}
