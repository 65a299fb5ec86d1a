// 基金收支趋势: per quarter, income stacked by who paid it, expenditure
// beside it, and the accumulated balance as a line on its own axis (it is a
// stock, the bars are flows). Everything in 万元. An optional seasonal
// projection (domain/forecast.ts) continues the balance line, dashed, over
// the quarters after the last actual one.
import type { Decimal } from '../../domain/money';
import { SOURCE_LEVEL_LABEL } from '../../domain/labels';
import { compareQuarters } from '../../domain/quarter';
import { SOURCE_LEVELS, type Quarter, type SourceLevel } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { moneyText, monthsText, toWanNumber } from '../format';
import {
  AXIS_COLOR,
  BALANCE_COLOR,
  EXPENDITURE_COLOR,
  GRID_LINE_COLOR,
  SOURCE_LEVEL_COLOR,
  TEXT_COLOR,
} from '../palette';
import { FONT_FAMILY, type CallbackItem, type ChartOption } from './chartOption';

export interface FundTrendPoint {
  quarter: Quarter;
  income: Decimal;
  incomeBySource: Record<SourceLevel, Decimal>;
  expenditure: Decimal;
  accumulatedBalance: Decimal | null;
}

/** One projected quarter: a `ForecastPoint` of `Analysis.forecasts[].points` fits as it is. */
export interface FundTrendForecastPoint {
  quarter: Quarter;
  /** Yuan, like the actual points. */
  accumulatedBalance: Decimal;
  monthsPayable?: Decimal | null;
}

export interface FundTrendInput {
  /** Ascending by quarter. */
  points: readonly FundTrendPoint[];
  /**
   * Projected quarters after the last point, ascending (pass
   * `forecastFor(analysis.forecasts, code, fund)?.points`). Drawn as the
   * dashed series FORECAST_NAME that starts at the last actual balance;
   * quarters not after the last point are ignored. Omitted or empty: no
   * projection, and the option is the same as without the field.
   */
  forecast?: readonly FundTrendForecastPoint[];
}

const EXPENDITURE_NAME = '支出';
const BALANCE_NAME = '累计结余';
/** Legend name of the projection; the pages refer to it in their notes. */
export const FORECAST_NAME = '预测累计结余（虚线）';

function sourceName(level: SourceLevel): string {
  return `收入·${SOURCE_LEVEL_LABEL[level].zh}`;
}

export function buildFundTrendOption(input: FundTrendInput): ChartOption {
  const points = input.points;
  const lastQuarter = points.at(-1)?.quarter;
  const forecast = (input.forecast ?? []).filter((f) => lastQuarter === undefined || compareQuarters(f.quarter, lastQuarter) > 0);
  // Sources nobody paid into in any quarter would only clutter the legend.
  const levels = SOURCE_LEVELS.filter((level) => points.some((p) => !p.incomeBySource[level].isZero()));

  const tooltipFormatter = (params: unknown): string => {
    const items = params as CallbackItem[];
    const index = items[0]?.dataIndex ?? -1;
    const projected = forecast[index - points.length];
    if (projected) {
      const lines = [`<strong>${escapeHtml(projected.quarter)}（预测）</strong>`, `预测累计结余 ${moneyText(projected.accumulatedBalance)}`];
      if (projected.monthsPayable != null) lines.push(`预测可支付月数 ${monthsText(projected.monthsPayable)}`);
      return lines.join('<br/>');
    }
    const point = points[index];
    if (!point) return '';
    const lines = [`<strong>${escapeHtml(point.quarter)}</strong>`, `收入合计 ${moneyText(point.income)}`];
    for (const level of levels) {
      const amount = point.incomeBySource[level];
      if (!amount.isZero()) lines.push(`&emsp;${escapeHtml(SOURCE_LEVEL_LABEL[level].zh)} ${moneyText(amount)}`);
    }
    lines.push(`支出 ${moneyText(point.expenditure)}`);
    lines.push(`当期结余 ${moneyText(point.income.minus(point.expenditure))}`);
    lines.push(`累计结余 ${point.accumulatedBalance === null ? '无期初结余数据' : moneyText(point.accumulatedBalance)}`);
    return lines.join('<br/>');
  };

  const last = points.at(-1);
  // The dashed line starts on the last actual balance so it reads as a continuation of the solid one.
  const forecastSeries =
    forecast.length === 0
      ? []
      : [
          {
            type: 'line' as const,
            name: FORECAST_NAME,
            yAxisIndex: 1,
            symbol: 'emptyCircle',
            symbolSize: 6,
            itemStyle: { color: BALANCE_COLOR },
            lineStyle: { width: 2, type: 'dashed' as const, color: BALANCE_COLOR },
            data: [
              ...points.map((p) => (p !== last || p.accumulatedBalance === null ? '-' : toWanNumber(p.accumulatedBalance))),
              ...forecast.map((f) => toWanNumber(f.accumulatedBalance)),
            ],
          },
        ];

  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    color: [...levels.map((l) => SOURCE_LEVEL_COLOR[l]), EXPENDITURE_COLOR, BALANCE_COLOR],
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: TEXT_COLOR } },
    grid: { left: 8, right: 8, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      data: [...points.map((p) => p.quarter), ...forecast.map((f) => f.quarter)],
      axisLabel: { color: AXIS_COLOR },
      axisTick: { alignWithLabel: true },
    },
    yAxis: [
      {
        type: 'value',
        name: '收支（万元）',
        nameTextStyle: { color: AXIS_COLOR, align: 'left' },
        axisLabel: { color: AXIS_COLOR },
        splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
      },
      {
        type: 'value',
        name: '累计结余（万元）',
        nameTextStyle: { color: AXIS_COLOR, align: 'right' },
        axisLabel: { color: AXIS_COLOR },
        splitLine: { show: false },
      },
    ],
    series: [
      ...levels.map((level) => ({
        type: 'bar' as const,
        name: sourceName(level),
        stack: 'income',
        barMaxWidth: 28,
        data: points.map((p) => toWanNumber(p.incomeBySource[level])),
      })),
      {
        type: 'bar' as const,
        name: EXPENDITURE_NAME,
        barMaxWidth: 28,
        data: points.map((p) => toWanNumber(p.expenditure)),
      },
      {
        type: 'line' as const,
        name: BALANCE_NAME,
        yAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { width: 2 },
        data: points.map((p) => (p.accumulatedBalance === null ? '-' : toWanNumber(p.accumulatedBalance))),
      },
      ...forecastSeries,
    ],
  };
}
