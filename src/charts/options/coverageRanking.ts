// 救助对象参保率排名: horizontal bars of enrollment rates with the policy
// target as a dashed line. The value axis is zoomed (rates cluster near
// 100%) and says so in its name, so the zoom is never hidden from the reader.
import { formatRate } from '../../domain/moneyUnit';
import { Dec, type Decimal } from '../../domain/money';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { coverageTarget } from '../../domain/policy/policy';
import { severityOf, type PolicyBands } from '../../domain/policy/severity';
import { escapeHtml } from '../escapeHtml';
import { countText, percentShortText, toChartNumber } from '../format';
import { AXIS_COLOR, TARGET_COLOR, TEXT_COLOR, severityColor } from '../palette';
import { barLabels, FONT_FAMILY, itemTooltip, rankAxis, valueAxisBelow, type ChartOption } from './chartOption';
import { compareCodes } from '../../domain/codeOrder';

export interface CoverageBar {
  /** Region code, or category code for a county's breakdown; used by click handlers. */
  key: string;
  name: string;
  rate: Decimal;
  recipients: number;
  enrolled: number;
}

export interface CoverageRankingInput {
  bars: readonly CoverageBar[];
  /** The resolved policy of the year: the target line is its red coverage band's upper bound, the bar colours its bands. */
  policy: PolicyBands;
}

/** Bars ranked best first; equal rates in key order so the ranking is stable. */
export function rankCoverage(bars: readonly CoverageBar[]): CoverageBar[] {
  return [...bars].sort((a, b) => b.rate.comparedTo(a.rate) || compareCodes(a.key, b.key));
}

const AXIS_STEP = new Dec('0.05');
const AXIS_MARGIN = new Dec('0.01');
const AXIS_DEFAULT_MIN = new Dec('0.95');

/**
 * Where the value axis starts: at most 95%, and a step of 5 points below the
 * lowest rate or the target so no bar is cut off.
 */
export function coverageAxisMin(rates: readonly Decimal[], target: Decimal): Decimal {
  const lowest = Dec.min(target, ...rates).minus(AXIS_MARGIN);
  const stepped = lowest.div(AXIS_STEP).floor().times(AXIS_STEP);
  return Dec.max(new Dec(0), Dec.min(AXIS_DEFAULT_MIN, stepped));
}

const TEXT = texts(
  {
    rate: (rate: string, target: string) => `参保率 ${rate}（目标 ${target}）`,
    counts: (enrolled: string, recipients: string) => `已参保 ${enrolled} 人 / 救助对象 ${recipients} 人`,
    axis: (from: string) => `参保率（横轴自 ${from} 起）`,
    series: '参保率',
    target: (target: string) => `目标 ${target}`,
  },
  {
    rate: (rate: string, target: string) => `Enrollment rate ${rate} (target ${target})`,
    counts: (enrolled: string, recipients: string) => `${enrolled} of ${recipients} recipients enrolled`,
    axis: (from: string) => `Enrollment rate (axis starts at ${from})`,
    series: 'Enrollment rate',
    target: (target: string) => `Target ${target}`,
  },
);

export function buildCoverageRankingOption(input: CoverageRankingInput, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const bars = rankCoverage(input.bars);
  const target = coverageTarget(input.policy);
  const axisMin = coverageAxisMin(
    bars.map((b) => b.rate),
    target,
  );
  const targetText = percentShortText(target);
  const axisMinText = percentShortText(axisMin);

  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    grid: { left: 8, right: 72, top: 28, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: itemTooltip(bars, (bar) => [
      `<strong>${escapeHtml(bar.name)}</strong>`,
      t.rate(formatRate(bar.rate, 2, [target]), targetText),
      t.counts(countText(bar.enrolled), countText(bar.recipients)),
    ]),
    xAxis: {
      ...valueAxisBelow(t.axis(axisMinText), 26),
      min: toChartNumber(axisMin),
      max: 1,
      axisLabel: { color: AXIS_COLOR, hideOverlap: true, formatter: (value: number) => percentShortText(new Dec(value)) },
    },
    // Best first, from the top down.
    yAxis: rankAxis(bars.map((b) => b.name)),
    series: [
      {
        type: 'bar',
        name: t.series,
        barMaxWidth: 22,
        data: bars.map((bar) => ({
          value: toChartNumber(bar.rate),
          itemStyle: { color: severityColor(severityOf('coverage', bar.rate, input.policy)) },
        })),
        label: barLabels(bars, 'right', (bar) => formatRate(bar.rate, 2, [target])),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: TARGET_COLOR, type: 'dashed', width: 1.5 },
          label: { formatter: t.target(targetText), color: TARGET_COLOR, position: 'start' },
          data: [{ xAxis: toChartNumber(target) }],
        },
      },
    ],
  };
}
