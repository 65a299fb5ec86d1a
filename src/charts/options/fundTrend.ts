// 基金收支趋势: per quarter, income stacked by who paid it, expenditure
// beside it, and the accumulated balance as a line on its own axis (it is a
// stock, the bars are flows). Everything in 万元. An optional seasonal
// projection (domain/forecast.ts) continues the balance line, dashed, over
// the quarters after the last actual one.
import type { Decimal } from '../../domain/money';
import { SOURCE_LEVEL_LABEL } from '../../domain/labels';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { compareQuarters } from '../../domain/quarter';
import { SOURCE_LEVELS, type Quarter, type SourceLevel } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { moneyAxisUnit, moneyText, monthsText, toMoneyAxisNumber } from '../format';
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

const TEXT = texts(
  {
    expenditure: '支出',
    balance: '累计结余',
    forecast: '预测累计结余（虚线）',
    source: (level: string) => `收入·${level}`,
    projectedQuarter: (quarter: string) => `${quarter}（预测）`,
    projectedBalance: '预测累计结余',
    projectedMonths: '预测可支付月数',
    incomeTotal: '收入合计',
    currentBalance: '当期结余',
    noOpening: '无期初结余数据',
    flowsAxis: (unit: string) => `收支（${unit}）`,
    balanceAxis: (unit: string) => `累计结余（${unit}）`,
  },
  {
    expenditure: 'Expenditure',
    balance: 'Accumulated balance',
    forecast: 'Projected balance (dashed)',
    source: (level: string) => `Income · ${level}`,
    projectedQuarter: (quarter: string) => `${quarter} (projected)`,
    projectedBalance: 'Projected accumulated balance',
    projectedMonths: 'Projected months payable',
    incomeTotal: 'Total income',
    currentBalance: 'Current balance',
    noOpening: 'no opening balance data',
    flowsAxis: (unit: string) => `Income and expenditure (${unit})`,
    balanceAxis: (unit: string) => `Accumulated balance (${unit})`,
  },
);

/** Legend name of the projection; the pages refer to it in their notes. */
export const FORECAST_NAME = TEXT.zh.forecast;

/** FORECAST_NAME in the page's language. */
export function forecastName(lang: Lang): string {
  return TEXT[lang].forecast;
}

export function buildFundTrendOption(input: FundTrendInput, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const sourceName = (level: SourceLevel): string => t.source(SOURCE_LEVEL_LABEL[level][lang]);
  const axisNumber = (yuan: Decimal): number => toMoneyAxisNumber(yuan, lang);
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
      const lines = [
        `<strong>${escapeHtml(t.projectedQuarter(projected.quarter))}</strong>`,
        `${t.projectedBalance} ${moneyText(projected.accumulatedBalance, lang)}`,
      ];
      if (projected.monthsPayable != null) lines.push(`${t.projectedMonths} ${monthsText(projected.monthsPayable, lang)}`);
      return lines.join('<br/>');
    }
    const point = points[index];
    if (!point) return '';
    const lines = [`<strong>${escapeHtml(point.quarter)}</strong>`, `${t.incomeTotal} ${moneyText(point.income, lang)}`];
    for (const level of levels) {
      const amount = point.incomeBySource[level];
      if (!amount.isZero()) lines.push(`&emsp;${escapeHtml(SOURCE_LEVEL_LABEL[level][lang])} ${moneyText(amount, lang)}`);
    }
    lines.push(`${t.expenditure} ${moneyText(point.expenditure, lang)}`);
    lines.push(`${t.currentBalance} ${moneyText(point.income.minus(point.expenditure), lang)}`);
    lines.push(`${t.balance} ${point.accumulatedBalance === null ? t.noOpening : moneyText(point.accumulatedBalance, lang)}`);
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
            name: t.forecast,
            yAxisIndex: 1,
            symbol: 'emptyCircle',
            symbolSize: 6,
            itemStyle: { color: BALANCE_COLOR },
            lineStyle: { width: 2, type: 'dashed' as const, color: BALANCE_COLOR },
            data: [
              ...points.map((p) => (p !== last || p.accumulatedBalance === null ? '-' : axisNumber(p.accumulatedBalance))),
              ...forecast.map((f) => axisNumber(f.accumulatedBalance)),
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
        name: t.flowsAxis(moneyAxisUnit(lang)),
        nameTextStyle: { color: AXIS_COLOR, align: 'left' },
        axisLabel: { color: AXIS_COLOR },
        splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
      },
      {
        type: 'value',
        name: t.balanceAxis(moneyAxisUnit(lang)),
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
        data: points.map((p) => axisNumber(p.incomeBySource[level])),
      })),
      {
        type: 'bar' as const,
        name: t.expenditure,
        barMaxWidth: 28,
        data: points.map((p) => axisNumber(p.expenditure)),
      },
      {
        type: 'line' as const,
        name: t.balance,
        yAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { width: 2 },
        data: points.map((p) => (p.accumulatedBalance === null ? '-' : axisNumber(p.accumulatedBalance))),
      },
      ...forecastSeries,
    ],
  };
}
