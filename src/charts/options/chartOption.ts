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
import { AXIS_COLOR, GRID_LINE_COLOR, TEXT_COLOR } from '../palette';

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

// Single quotes: ECharts' SVG writes a text's `font` shorthand unescaped
// into a double-quoted style attribute, so double-quoted names ended the
// attribute early (the tile map's names lost their weight and size).
export const FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Room for every bar: charts grow with the number of regions instead of squeezing them. */
export function chartHeightFor(barCount: number): number {
  return Math.max(260, 90 + barCount * 30);
}

/** The tooltip of one item (a bar, a tile), kept inside the chart: the lines `lines` gives for the item under the pointer. */
export function itemTooltip<T>(items: readonly T[], lines: (item: T) => string[]) {
  return {
    trigger: 'item' as const,
    confine: true,
    formatter: (params: unknown): string => {
      const item = items[(params as CallbackItem).dataIndex];
      return item === undefined ? '' : lines(item).join('<br/>');
    },
  };
}

/** The width a name takes on a 12 px axis: a CJK character 12 px, anything else about 7. */
function nameWidth(name: string): number {
  let width = 0;
  for (const ch of name) width += /[\u2e80-\uffef]/u.test(ch) ? 12 : 7;
  return width;
}

/** The slant of names that do not fit flat. */
const SLANT = 35;
/** What one slanted name needs along the axis to keep clear of the next: a 12 px line over sin 35°. */
const SLANTED_SLOT = 28;
/** What the chart's width spends beside its category slots: the value axis' figures and the grid's margins. */
const BESIDE_SLOTS = 72;

/**
 * A category axis whose every name stays on screen under its own bar, however narrow the chart: flat
 * while the longest name fits its slot, slanted 35° while slanted names keep clear of each other,
 * upright below that — ECharts media queries on the chart's width, so the page, a resize and the
 * build-time pictures pick alike. ECharts hides a label that overlaps its neighbour, and under a
 * slanted axis the next name then sits beneath the bar: a phone read 旗县自身原因 under 累计结余弥补's
 * 29,024.90万元. Only where even upright names cannot part (bars narrower than a line, ~16 px) are some hidden.
 */
export function categoryAxis(names: readonly string[]) {
  const count = Math.max(1, names.length);
  const longest = Math.max(0, ...names.map(nameWidth));
  return {
    xAxis: {
      type: 'category' as const,
      data: [...names],
      axisTick: { show: false },
      axisLabel: { color: TEXT_COLOR, interval: 0, rotate: 90, hideOverlap: true },
    },
    media: [
      { query: { minWidth: BESIDE_SLOTS + count * SLANTED_SLOT }, option: { xAxis: { axisLabel: { rotate: SLANT } } } },
      { query: { minWidth: BESIDE_SLOTS + count * (longest + 8) }, option: { xAxis: { axisLabel: { rotate: 0 } } } },
    ],
  };
}

/** A ranking's axis of names, one bar each, the first at the top, every name shown. */
export function rankAxis(names: string[]) {
  return { type: 'category' as const, inverse: true, data: names, axisTick: { show: false }, axisLabel: { color: TEXT_COLOR, interval: 0 } };
}

/** A value axis across the bottom, its name under it, centred (at the axis' end a name runs into the last figure). */
export function valueAxisBelow(name: string, nameGap: number) {
  return {
    type: 'value' as const,
    name,
    nameLocation: 'middle' as const,
    nameGap,
    nameTextStyle: { color: AXIS_COLOR },
    axisLabel: { color: AXIS_COLOR, hideOverlap: true },
    splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
  };
}

/** Each bar's figure beside it (`position`): the text `text` gives for the bar. */
export function barLabels<T>(bars: readonly T[], position: 'right' | 'top', text: (bar: T) => string) {
  return {
    show: true,
    position,
    color: TEXT_COLOR,
    formatter: (params: unknown): string => {
      const bar = bars[(params as CallbackItem).dataIndex];
      return bar === undefined ? '' : text(bar);
    },
  };
}
