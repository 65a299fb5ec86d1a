// 基金收支趋势: per quarter, income stacked by who paid it, expenditure
// beside it, and the accumulated balance as a line on its own axis (it is a
// stock, the bars are flows). Each axis reads in one unit chosen from the
// largest amount it draws (domain/moneyUnit.ts); a tooltip in one unit too. An optional seasonal
// projection (domain/forecast.ts) continues the balance line, dashed, over
// the quarters after the last actual one.
import type { Decimal } from '../../domain/money';
import { levelName } from '../../domain/labels';
import { CITY_COUNTY_WORDS, type LevelWords } from '../../domain/levelWords';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { compareQuarters, quarterLabel } from '../../domain/quarter';
import { SOURCE_LEVELS, type Quarter, type SourceLevel } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { moneyAxisUnitFor, monthsText, toMoneyAxisNumber } from '../format';
import { chooseMoneyUnit, moneyWithUnit, type MoneyUnit } from '../../domain/moneyUnit';
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
  /**
   * The unit its page chose for all the money it shows (domain pageMoneyUnit): the axes and
   * tooltips read in it, as the table under the chart does. Omitted: chosen from the chart's own figures.
   */
  unit?: MoneyUnit;
  /** The dataset's words for the levels income comes from (自治区, 盟市级 …); omitted: the national 省级, 市级, 县级. */
  words?: LevelWords;
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
    // Short enough for both axis names to sit side by side on a phone.
    // The unit on a line of its own: both names whole on one line ran into each other on a phone once
    // both axes read the overview's one unit (million yuan, with its wider tick labels).
    flowsAxis: (unit: string) => `Flows\n(${unit})`,
    balanceAxis: (unit: string) => `Balance\n(${unit})`,
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
  const words = input.words ?? CITY_COUNTY_WORDS;
  const sourceName = (level: SourceLevel): string => t.source(levelName(level, lang, words));
  const points = input.points;
  const lastQuarter = points.at(-1)?.quarter;
  const forecast = (input.forecast ?? []).filter((f) => lastQuarter === undefined || compareQuarters(f.quarter, lastQuarter) > 0);
  const flowsUnit = input.unit ?? moneyAxisUnitFor(
    points.flatMap((p) => [p.income, p.expenditure, ...SOURCE_LEVELS.map((l) => p.incomeBySource[l])]),
    lang,
  );
  const balanceUnit = input.unit ?? moneyAxisUnitFor(
    [...points.map((p) => p.accumulatedBalance), ...(input.forecast ?? []).map((f) => f.accumulatedBalance)],
    lang,
  );
  const flowNumber = (yuan: Decimal): number => toMoneyAxisNumber(yuan, flowsUnit);
  const balanceNumber = (yuan: Decimal): number => toMoneyAxisNumber(yuan, balanceUnit);
  // Sources nobody paid into in any quarter would only clutter the legend.
  const levels = SOURCE_LEVELS.filter((level) => points.some((p) => !p.incomeBySource[level].isZero()));

  const tooltipFormatter = (params: unknown): string => {
    const items = params as CallbackItem[];
    const index = items[0]?.dataIndex ?? -1;
    const projected = forecast[index - points.length];
    if (projected) {
      const lines = [
        `<strong>${escapeHtml(t.projectedQuarter(quarterLabel(projected.quarter, lang)))}</strong>`,
        `${t.projectedBalance} ${moneyWithUnit(projected.accumulatedBalance, input.unit ?? chooseMoneyUnit([projected.accumulatedBalance], lang))}`,
      ];
      if (projected.monthsPayable != null) lines.push(`${t.projectedMonths} ${monthsText(projected.monthsPayable, lang)}`);
      return lines.join('<br/>');
    }
    const point = points[index];
    if (!point) return '';
    // One unit for the whole tooltip, so its figures compare at a glance.
    const unit = input.unit ?? chooseMoneyUnit(
      [point.income, point.expenditure, point.income.minus(point.expenditure), point.accumulatedBalance],
      lang,
    );
    const moneyText = (yuan: Decimal): string => moneyWithUnit(yuan, unit);
    // The axis names quarters compactly (2024Q4); the tooltip says them as the page's header does.
    const lines = [`<strong>${escapeHtml(quarterLabel(point.quarter, lang))}</strong>`, `${t.incomeTotal} ${moneyText(point.income)}`];
    for (const level of levels) {
      const amount = point.incomeBySource[level];
      if (!amount.isZero()) lines.push(`&emsp;${escapeHtml(levelName(level, lang, words))} ${moneyText(amount)}`);
    }
    lines.push(`${t.expenditure} ${moneyText(point.expenditure)}`);
    lines.push(`${t.currentBalance} ${moneyText(point.income.minus(point.expenditure))}`);
    lines.push(`${t.balance} ${point.accumulatedBalance === null ? t.noOpening : moneyText(point.accumulatedBalance)}`);
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
              ...points.map((p) => (p !== last || p.accumulatedBalance === null ? '-' : balanceNumber(p.accumulatedBalance))),
              ...forecast.map((f) => balanceNumber(f.accumulatedBalance)),
            ],
          },
        ];

  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    color: [...levels.map((l) => SOURCE_LEVEL_COLOR[l]), EXPENDITURE_COLOR, BALANCE_COLOR],
    // One row that pages on a narrow screen: a wrapped legend ran into the axis names.
    legend: { type: 'scroll', top: 0, left: 0, right: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: TEXT_COLOR } },
    // Room under the legend for the English axis names' second line.
    grid: { left: 8, right: 8, top: lang === 'en' ? 58 : 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
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
        name: t.flowsAxis(flowsUnit.label),
        nameTextStyle: { color: AXIS_COLOR, align: 'left' },
        axisLabel: { color: AXIS_COLOR },
        splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
      },
      {
        type: 'value',
        name: t.balanceAxis(balanceUnit.label),
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
        data: points.map((p) => flowNumber(p.incomeBySource[level])),
      })),
      {
        type: 'bar' as const,
        name: t.expenditure,
        barMaxWidth: 28,
        data: points.map((p) => flowNumber(p.expenditure)),
      },
      {
        type: 'line' as const,
        name: t.balance,
        yAxisIndex: 1,
        symbolSize: 6,
        lineStyle: { width: 2 },
        data: points.map((p) => (p.accumulatedBalance === null ? '-' : balanceNumber(p.accumulatedBalance))),
      },
      ...forecastSeries,
    ],
  };
}
