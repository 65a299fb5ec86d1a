// 累计结余可支付月数: one bar per region (or per quarter), coloured by the
// policy band it falls in, over background stripes that show every band so
// the reader sees how far a bar is from the next one.
import { Dec, type Decimal } from '../../domain/money';
import { monthsPayableText } from '../../domain/monthsPayableText';
import { bandBoundaries, inBandOf, severityOf, severityStripes, type PolicyBands, type SeverityStripe } from '../../domain/policy/severity';
import { SEVERITY_LABEL } from '../../domain/labels';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import type { Severity } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { moneyAxisUnitFor, monthsText, toChartNumber } from '../format';
import { moneyWithUnit, type MoneyUnit } from '../../domain/moneyUnit';
import {
  AXIS_COLOR,
  BAND_NORMAL_COLOR,
  GRID_LINE_COLOR,
  MUTED_COLOR,
  SEVERITY_COLOR,
  SEVERITY_MARK,
  SEVERITY_TINT,
  TEXT_COLOR,
} from '../palette';
import { barLabels, categoryAxis, FONT_FAMILY, itemTooltip, type ChartOption } from './chartOption';

export interface MonthsPayableBar {
  /** Region code, or quarter when one region is shown across quarters. */
  key: string;
  name: string;
  monthsPayable: Decimal | null;
  accumulatedBalance: Decimal | null;
}

export interface MonthsPayableInput {
  bars: readonly MonthsPayableBar[];
  /** The resolved policy of the year: its months_payable bands colour the bars and stripes. */
  policy: PolicyBands;
  /** The unit its page chose for all the money it shows (domain pageMoneyUnit); omitted: from the chart's own figures. */
  unit?: MoneyUnit;
}

/** One background stripe: the values between two band boundaries (null = open end). */
export type BandStripe = SeverityStripe;

/** The months-payable stripes of the policy (the domain cuts the number line; see severityStripes). */
export function bandStripes(policy: PolicyBands): BandStripe[] {
  return severityStripes('months_payable', policy);
}

const TEXT = texts(
  {
    normal: '正常',
    monthsPayable: '可支付月数',
    cannotCompute: '无法计算',
    severity: (label: string) => `（${label}）`,
    balance: '累计结余',
    noOpening: '无期初结余数据',
    axis: '可支付月数（个月）',
  },
  {
    normal: 'Normal',
    monthsPayable: 'Months payable',
    cannotCompute: 'cannot be computed',
    severity: (label: string) => ` (${label})`,
    balance: 'Accumulated balance',
    noOpening: 'no opening balance data',
    axis: 'Months payable (months)',
  },
);

/**
 * The band's shape first (▲ ◆ ● ■ ○, as each bar's label and the tile map): printed in grey, the legend still keys
 * the bars. The range without its unit (the axis names it): with the shapes, "个月" five times took the legend past a
 * 1,280-pixel screen's card, and it paged, its last band out of sight and off the paper.
 */
export function stripeLabel(stripe: BandStripe, lang: Lang = DEFAULT_LANG): string {
  const t = TEXT[lang];
  const state = stripe.severity === null ? t.normal : SEVERITY_LABEL[stripe.severity][lang];
  const { from, to } = stripe;
  const range = from === null ? (to === null ? null : `< ${to.toString()}`) : to === null ? `> ${from.toString()}` : `${from.toString()}–${to.toString()}`;
  return `${SEVERITY_MARK[stripe.severity ?? 'normal']} ${range === null ? '' : `${range} `}${state}`;
}

/** Bars and legend share these, so a normal bar reads as the normal band. */
function stripeColor(severity: Severity | null): string {
  return severity === null ? BAND_NORMAL_COLOR : SEVERITY_COLOR[severity];
}

/**
 * Axis range: all bars visible, every band at least partly visible, and
 * ticks every quarter-year-multiple (3, 6 or 12 months) so gridlines fall on
 * the default band limits.
 */
export function monthsAxisRange(
  bars: readonly MonthsPayableBar[],
  policy: PolicyBands,
): { min: Decimal; max: Decimal; interval: Decimal } {
  const values = bars.map((b) => b.monthsPayable).filter((v): v is Decimal => v !== null);
  const cuts = bandBoundaries('months_payable', policy);
  const highestCut = cuts[cuts.length - 1] ?? new Dec(0);
  const lowest = Dec.min(new Dec(0), ...values);
  const highest = Dec.max(highestCut.times('1.2'), ...values.map((v) => v.times('1.1')));
  const span = highest.minus(lowest);
  const interval = new Dec(span.lte(24) ? 3 : span.lte(48) ? 6 : 12);
  return {
    min: lowest.div(interval).floor().times(interval),
    max: highest.div(interval).ceil().times(interval),
    interval,
  };
}

export function buildMonthsPayableOption(input: MonthsPayableInput, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const label = (stripe: BandStripe): string => stripeLabel(stripe, lang);
  const bars = input.bars;
  const balanceUnit = input.unit ?? moneyAxisUnitFor(bars.map((b) => b.accumulatedBalance), lang);
  const stripes = bandStripes(input.policy);
  const range = monthsAxisRange(bars, input.policy);

  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    // One row that pages on a narrow screen: a wrapped legend ran into the axis name.
    legend: {
      type: 'scroll',
      top: 0,
      left: 0,
      icon: 'rect',
      itemWidth: 14,
      itemHeight: 10,
      selectedMode: false,
      textStyle: { color: TEXT_COLOR },
      data: stripes.map(label),
    },
    grid: { left: 8, right: 16, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    // Every bar's tooltip in the same unit, so hovering from city to city compares.
    tooltip: itemTooltip(bars, (bar) => {
      const severity = severityOf('months_payable', bar.monthsPayable, input.policy);
      return [
        `<strong>${escapeHtml(bar.name)}</strong>`,
        `${t.monthsPayable} ${bar.monthsPayable === null ? t.cannotCompute : monthsText(bar.monthsPayable, lang)}${
          severity === null ? '' : t.severity(escapeHtml(SEVERITY_LABEL[severity][lang]))
        }`,
        `${t.balance} ${bar.accumulatedBalance === null ? t.noOpening : moneyWithUnit(bar.accumulatedBalance, balanceUnit)}`,
      ];
    }),
    ...categoryAxis(bars.map((b) => b.name)),
    yAxis: {
      type: 'value',
      name: t.axis,
      nameTextStyle: { color: AXIS_COLOR, align: 'left' },
      min: toChartNumber(range.min),
      max: toChartNumber(range.max),
      interval: toChartNumber(range.interval),
      axisLabel: { color: AXIS_COLOR },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: [
      {
        type: 'bar',
        name: t.monthsPayable,
        barMaxWidth: 32,
        labelLayout: { hideOverlap: true },
        data: bars.map((bar) =>
          bar.monthsPayable === null
            ? { value: '-', itemStyle: { color: MUTED_COLOR } }
            : {
                value: toChartNumber(bar.monthsPayable),
                itemStyle: { color: stripeColor(severityOf('months_payable', bar.monthsPayable, input.policy)) },
              },
        ),
        // A bar below zero says 已透支 (its tooltip keeps the computed figure). Its band's shape first
        // (▲ 2.3, ○ 8.4): in a black-and-white print every bar is the same grey.
        label: barLabels(bars, 'top', (bar) =>
          bar.monthsPayable === null
            ? ''
            : `${SEVERITY_MARK[severityOf('months_payable', bar.monthsPayable, input.policy) ?? 'normal']} ${monthsPayableText(bar.monthsPayable, lang, 1, (figure) => figure, inBandOf('months_payable', bar.monthsPayable, input.policy))}`,
        ),
        markArea: {
          silent: true,
          data: stripes.map((stripe) => [
            {
              yAxis: toChartNumber(stripe.from ?? range.min),
              itemStyle: { color: SEVERITY_TINT[stripe.severity ?? 'normal'] },
            },
            { yAxis: toChartNumber(stripe.to ?? range.max) },
          ]),
        },
      },
      // Empty series whose only job is a legend entry per band.
      ...stripes.map((stripe) => ({
        type: 'line' as const,
        name: label(stripe),
        data: [],
        itemStyle: { color: stripeColor(stripe.severity) },
      })),
    ],
  };
}
