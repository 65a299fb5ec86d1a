// 压力测试 band chart: one pool's accumulated balance from today through the
// four projected quarters, baseline (solid) and scenario (dashed), the band
// between them shaded (what the scenario costs), and the red line: the
// balance that pays exactly the policy's red threshold of months under the
// scenario. One axis, one money unit chosen from every value drawn.
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { Dec, type Decimal } from '../../domain/money';
import { chooseMoneyUnit, moneyWithUnit, type MoneyUnit } from '../../domain/moneyUnit';
import { quarterLabel } from '../../domain/quarter';
import type { StressResult } from '../../domain/stress';
import { escapeHtml } from '../escapeHtml';
import { moneyAxisUnitFor, monthsText, toMoneyAxisNumber } from '../format';
import { AXIS_COLOR, GRID_LINE_COLOR, NORMAL_COLOR, SEVERITY_COLOR, TEXT_COLOR } from '../palette';
import { FONT_FAMILY, type CallbackItem, type ChartOption } from './chartOption';

const TEXT = texts(
  {
    baseline: '基准预测',
    scenario: '压力情景',
    band: '情景与基准之差',
    redLine: (months: string) => `红线（可支付 ${months} 个月）`,
    axis: (unit: string) => `累计结余（${unit}）`,
    today: (q: string) => `${q}（当前）`,
    projected: (q: string) => `${q}（预测）`,
    months: '可支付',
  },
  {
    baseline: 'Baseline projection',
    scenario: 'Stress scenario',
    band: 'Scenario minus baseline',
    redLine: (months: string) => `Red line (${months} months payable)`,
    axis: (unit: string) => `Accumulated balance (${unit})`,
    today: (q: string) => `${q} (now)`,
    projected: (q: string) => `${q} (projected)`,
    months: 'months payable',
  },
);

export interface StressBandInput {
  result: StressResult;
  /** The red threshold in months (policy), for the red line's name; null: no red line. */
  redMonths: Decimal | null;
  /** The unit its page chose for all the money it shows (domain pageMoneyUnit); omitted: from the chart's own figures. */
  unit?: MoneyUnit;
}

export function buildStressBandOption({ result, redMonths, unit: pageUnit }: StressBandInput, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const points = result.points;
  const unit = pageUnit ?? moneyAxisUnitFor(
    [result.opening, ...points.flatMap((p) => [p.baselineBalance, p.scenarioBalance, p.scenarioRedLine])],
    lang,
  );
  const n = (yuan: Decimal): number => toMoneyAxisNumber(yuan, unit);
  const baseline = [result.opening, ...points.map((p) => p.baselineBalance)];
  const scenario = [result.opening, ...points.map((p) => p.scenarioBalance)];
  const lower = baseline.map((b, i) => Dec.min(b, scenario[i] ?? b));
  const gap = baseline.map((b, i) => b.minus(scenario[i] ?? b).abs());
  const quarters = [result.from, ...points.map((p) => p.quarter)];

  const tooltip = (params: unknown): string => {
    const index = (params as CallbackItem[])[0]?.dataIndex ?? -1;
    const quarter = quarters[index];
    if (quarter === undefined) return '';
    const q = quarterLabel(quarter, lang);
    if (index === 0) return `<strong>${escapeHtml(t.today(q))}</strong><br/>${moneyWithUnit(result.opening, pageUnit ?? chooseMoneyUnit([result.opening], lang))}`;
    const p = points[index - 1];
    if (p === undefined) return '';
    const u = pageUnit ?? chooseMoneyUnit([p.baselineBalance, p.scenarioBalance, p.scenarioRedLine], lang);
    const lines = [
      `<strong>${escapeHtml(t.projected(q))}</strong>`,
      `${t.baseline} ${moneyWithUnit(p.baselineBalance, u)}${p.baselineMonths ? ` · ${t.months} ${monthsText(p.baselineMonths, lang)}` : ''}`,
      `${t.scenario} ${moneyWithUnit(p.scenarioBalance, u)}${p.scenarioMonths ? ` · ${t.months} ${monthsText(p.scenarioMonths, lang)}` : ''}`,
    ];
    if (p.scenarioRedLine && redMonths) lines.push(`${t.redLine(redMonths.toString())} ${moneyWithUnit(p.scenarioRedLine, u)}`);
    return lines.join('<br/>');
  };

  const redSeries =
    redMonths === null
      ? []
      : [
          {
            type: 'line' as const,
            name: t.redLine(redMonths.toString()),
            symbol: 'none',
            itemStyle: { color: SEVERITY_COLOR.red },
            lineStyle: { width: 1.5, type: 'dotted' as const, color: SEVERITY_COLOR.red },
            data: ['-' as const, ...points.map((p) => (p.scenarioRedLine === null ? ('-' as const) : n(p.scenarioRedLine)))],
          },
        ];

  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: TEXT_COLOR }, data: [t.baseline, t.scenario, ...redSeries.map((s) => s.name)] },
    grid: { left: 8, right: 16, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: { trigger: 'axis', confine: true, formatter: tooltip },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: quarters.map((q) => quarterLabel(q, lang)),
      // The first quarter sits on the value axis (no boundary gap): centred there, its label ran
      // under the lowest value label ("-4,000" where the balance goes far below zero). It starts
      // at the axis instead, and the last ends at the right edge.
      axisLabel: { color: AXIS_COLOR, alignMinLabel: 'left', alignMaxLabel: 'right' },
    },
    yAxis: {
      type: 'value',
      name: t.axis(unit.label),
      nameTextStyle: { color: AXIS_COLOR, align: 'left' },
      axisLabel: { color: AXIS_COLOR },
      splitLine: { lineStyle: { color: GRID_LINE_COLOR } },
    },
    series: [
      // The band: an invisible base at the lower line, the difference stacked on it and shaded.
      // stackStrategy 'all': the difference stacks on a negative base too (the default stacks by sign).
      { type: 'line' as const, name: 'band-base', stack: 'band', stackStrategy: 'all' as const, symbol: 'none', lineStyle: { opacity: 0 }, silent: true, tooltip: { show: false }, data: lower.map(n) },
      {
        type: 'line' as const,
        name: t.band,
        stack: 'band',
        stackStrategy: 'all' as const,
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(214, 69, 65, 0.16)' },
        silent: true,
        tooltip: { show: false },
        data: gap.map(n),
      },
      {
        type: 'line' as const,
        name: t.baseline,
        symbolSize: 6,
        itemStyle: { color: NORMAL_COLOR },
        lineStyle: { width: 2, color: NORMAL_COLOR },
        data: baseline.map(n),
      },
      {
        type: 'line' as const,
        name: t.scenario,
        symbolSize: 6,
        itemStyle: { color: SEVERITY_COLOR.red },
        lineStyle: { width: 2, type: 'dashed' as const, color: SEVERITY_COLOR.red },
        data: scenario.map(n),
      },
      ...redSeries,
    ],
  };
}
