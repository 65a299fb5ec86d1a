// 因素法分配: each city's amount as a horizontal bar, largest first; with a
// scenario, the scenario's bar next to the baseline's so the change shows.
import type { Decimal } from '../../domain/money';
import { exactYuan, moneyWithUnit, type MoneyUnit } from '../../domain/moneyUnit';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { escapeHtml } from '../escapeHtml';
import { moneyAxisUnitFor, toMoneyAxisNumber } from '../format';
import { MUTED_COLOR, NORMAL_COLOR, TEXT_COLOR } from '../palette';
import { FONT_FAMILY, rankAxis, valueAxisBelow, type CallbackItem, type ChartOption } from './chartOption';
import { compareCodes } from '../../domain/codeOrder';

export interface AllocationBar {
  key: string;
  name: string;
  base: Decimal;
  /** null when no scenario is shown. */
  scenario: Decimal | null;
}

/** "基准 12.35万元（123,456.78元）": the amount in the axis's unit and, in brackets, the exact one. */
function amountLine(name: string, amount: Decimal, unit: MoneyUnit, lang: Lang): string {
  return lang === 'zh'
    ? `${name} ${moneyWithUnit(amount, unit)}（${exactYuan(amount, lang)}）`
    : `${name} ${moneyWithUnit(amount, unit)} (${exactYuan(amount, lang)})`;
}

export const SCENARIO_COLOR = '#e08e0b';

/** Largest baseline first; equal amounts in key order. */
export function rankAllocation(bars: readonly AllocationBar[]): AllocationBar[] {
  return [...bars].sort((a, b) => b.base.comparedTo(a.base) || compareCodes(a.key, b.key));
}

const TEXT = texts({ base: '基准', scenario: '情景' }, { base: 'Baseline', scenario: 'Scenario' });

/** `unit`: the one its panel chose for all the money it shows (domain pageMoneyUnit); omitted: from the bars. */
export function buildAllocationBarsOption(input: { bars: readonly AllocationBar[]; unit?: MoneyUnit }, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const bars = rankAllocation(input.bars);
  const withScenario = bars.some((b) => b.scenario !== null);
  const unit = input.unit ?? moneyAxisUnitFor(bars.flatMap((b) => [b.base, b.scenario]), lang);
  const tooltip = (params: unknown): string => {
    const bar = bars[(params as CallbackItem).dataIndex];
    if (!bar) return '';
    const lines = [`<strong>${escapeHtml(bar.name)}</strong>`, amountLine(t.base, bar.base, unit, lang)];
    if (bar.scenario !== null) lines.push(amountLine(t.scenario, bar.scenario, unit, lang));
    return lines.join('<br/>');
  };
  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    grid: { left: 8, right: 24, top: withScenario ? 32 : 12, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    legend: withScenario ? { top: 0, data: [t.base, t.scenario] } : { show: false },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: (p: unknown) => tooltip((p as CallbackItem[])[0]) },
    xAxis: valueAxisBelow(unit.label, 24),
    yAxis: rankAxis(bars.map((b) => b.name)),
    series: [
      {
        type: 'bar',
        name: t.base,
        barMaxWidth: 16,
        itemStyle: { color: withScenario ? MUTED_COLOR : NORMAL_COLOR },
        data: bars.map((b) => toMoneyAxisNumber(b.base, unit)),
      },
      ...(withScenario
        ? [
            {
              type: 'bar' as const,
              name: t.scenario,
              barMaxWidth: 16,
              itemStyle: { color: SCENARIO_COLOR },
              data: bars.map((b) => toMoneyAxisNumber(b.scenario ?? b.base, unit)),
            },
          ]
        : []),
    ],
  };
}
