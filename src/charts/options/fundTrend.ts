// 基金收支趋势: per quarter, income stacked by who paid it, expenditure
// beside it, and the accumulated balance as a line on its own axis (it is a
// stock, the bars are flows). Everything in 万元.
import type { Decimal } from '../../domain/money';
import { SOURCE_LEVEL_LABEL } from '../../domain/labels';
import { SOURCE_LEVELS, type Quarter, type SourceLevel } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { moneyText, toWanNumber } from '../format';
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

export interface FundTrendInput {
  /** Ascending by quarter. */
  points: readonly FundTrendPoint[];
}

const EXPENDITURE_NAME = '支出';
const BALANCE_NAME = '累计结余';

function sourceName(level: SourceLevel): string {
  return `收入·${SOURCE_LEVEL_LABEL[level].zh}`;
}

export function buildFundTrendOption(input: FundTrendInput): ChartOption {
  const points = input.points;
  // Sources nobody paid into in any quarter would only clutter the legend.
  const levels = SOURCE_LEVELS.filter((level) => points.some((p) => !p.incomeBySource[level].isZero()));

  const tooltipFormatter = (params: unknown): string => {
    const items = params as CallbackItem[];
    const point = points[items[0]?.dataIndex ?? -1];
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

  return {
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    animationDuration: 300,
    color: [...levels.map((l) => SOURCE_LEVEL_COLOR[l]), EXPENDITURE_COLOR, BALANCE_COLOR],
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: TEXT_COLOR } },
    grid: { left: 8, right: 8, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: tooltipFormatter },
    xAxis: {
      type: 'category',
      data: points.map((p) => p.quarter),
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
    ],
  };
}
