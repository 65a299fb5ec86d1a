// The typed subset of ECharts options our builders produce. Only these
// series and components are registered in src/charts/echarts.ts.
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, CustomSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | CustomSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
>;

/** The part of an ECharts tooltip/label callback parameter our formatters read. */
export interface CallbackItem {
  dataIndex: number;
  seriesName?: string;
  seriesIndex?: number;
  marker?: unknown;
}

export const FONT_FAMILY = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Room for every bar: charts grow with the number of regions instead of squeezing them. */
export function chartHeightFor(barCount: number): number {
  return Math.max(260, 90 + barCount * 30);
}
