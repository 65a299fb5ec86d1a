// 缺口分担瀑布图: the gap as one bar, then each part that covers it hanging
// from where the previous part ended, down to zero. Drawn as stacked bars
// whose lower (placeholder) series is transparent; the placeholder heights
// are computed exactly in Decimal and only then turned into chart numbers.
import { Dec, type Decimal } from '../../domain/money';
import { exactYuan, moneyFigure, moneyWithUnit, type MoneyUnit } from '../../domain/moneyUnit';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { escapeHtml } from '../escapeHtml';
import { moneyAxisUnitFor, toMoneyAxisNumber } from '../format';
import { AXIS_COLOR, GRID_LINE_COLOR, TEXT_COLOR } from '../palette';
import { barLabels, categoryAxis, FONT_FAMILY, type CallbackItem, type ChartOption } from './chartOption';

export type WaterfallKind = 'gap' | 'balance' | 'county_self' | 'city' | 'county';

export interface WaterfallPart {
  key: WaterfallKind;
  /** Axis label (region names are text: escaped in tooltips, plain text in SVG). */
  label: string;
  amount: Decimal;
  /** Extra tooltip lines, e.g. which counties made up a self-caused shortfall. */
  detail?: string[];
}

export interface WaterfallInput {
  gap: Decimal;
  /** In waterfall order; they add up to the gap. */
  parts: readonly WaterfallPart[];
  /** The unit its page chose for all the money it shows (domain pageMoneyUnit); omitted: from the chart's own figures. */
  unit?: MoneyUnit;
}

export interface WaterfallBar extends WaterfallPart {
  /** Where the bar starts (the transparent part below it), in yuan. */
  base: Decimal;
}

export const WATERFALL_COLOR: Record<WaterfallKind, string> = {
  gap: '#d64541',
  balance: '#2e8b57',
  county_self: '#e67e22',
  city: '#2f6eb5',
  county: '#5b9bd5',
};

const TEXT = texts(
  { gap: '缺口', placeholder: '占位', amount: '金额' },
  { gap: 'Gap', placeholder: 'Placeholder', amount: 'Amount' },
);

/**
 * The gap bar stands on zero; each part hangs from the level the previous
 * ones left: base_i = gap − (part_1 + … + part_i). When the parts add up to
 * the gap, the last base is exactly zero.
 */
export function waterfallBars(input: WaterfallInput, lang: Lang = DEFAULT_LANG): WaterfallBar[] {
  const bars: WaterfallBar[] = [{ key: 'gap', label: TEXT[lang].gap, amount: input.gap, base: new Dec(0) }];
  let level = new Dec(input.gap);
  for (const part of input.parts) {
    level = level.minus(part.amount);
    bars.push({ ...part, base: level });
  }
  return bars;
}

export function buildGapWaterfallOption(input: WaterfallInput, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const bars = waterfallBars(input, lang);
  // One unit for the axis, the bar labels and the tooltips, from the largest bar (the gap).
  const unit = input.unit ?? moneyAxisUnitFor(bars.map((b) => b.amount), lang);
  const tooltip = (params: unknown): string => {
    const bar = bars[(params as CallbackItem).dataIndex];
    if (!bar) return '';
    return [
      `<strong>${escapeHtml(bar.label)}</strong>`,
      lang === 'zh'
        ? `${moneyWithUnit(bar.amount, unit)}（${exactYuan(bar.amount, lang)}）`
        : `${moneyWithUnit(bar.amount, unit)} (${exactYuan(bar.amount, lang)})`,
      ...(bar.detail ?? []).map(escapeHtml),
    ].join('<br/>');
  };
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
    ...categoryAxis(bars.map((b) => b.label)),
    yAxis: {
      type: 'value',
      name: unit.label,
      nameTextStyle: { color: AXIS_COLOR },
      axisLabel: { color: AXIS_COLOR },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: [
      {
        type: 'bar',
        name: t.placeholder,
        stack: 'waterfall',
        silent: true,
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        tooltip: { show: false },
        data: bars.map((b) => toMoneyAxisNumber(b.base, unit)),
      },
      {
        type: 'bar',
        name: t.amount,
        stack: 'waterfall',
        barMaxWidth: 48,
        // Narrow bars (a phone, many counties) would pile their figures up: the ones that collide are left to the table and tooltip.
        labelLayout: { hideOverlap: true },
        data: bars.map((b) => ({ value: toMoneyAxisNumber(b.amount, unit), itemStyle: { color: WATERFALL_COLOR[b.key] } })),
        // The bars are narrow: the label is the bare figure in the axis's unit (named once, on the axis).
        label: { ...barLabels(bars, 'top', (bar) => moneyFigure(bar.amount, unit)), fontSize: 11 },
      },
    ],
  };
}
