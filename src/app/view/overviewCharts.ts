// The overview's four charts as pure functions of the analysis: the cards
// draw them, and the build draws the same options once more as SVG for the
// first screen (scripts/snapshot), so the picture before ECharts has loaded
// is exactly the one ECharts then draws.
import { forecastFor } from '../../domain/forecast';
import type { Lang } from '../../domain/lang';
import { datasetLevelWords } from '../../domain/levelWords';
import { pageMoneyUnit, type MoneyUnit } from '../../domain/moneyUnit';
import type { Policy } from '../../domain/policy/types';
import type { Analysis, Fund, FundForecast, RegionCode } from '../../domain/types';
import { chartHeightFor, type ChartOption } from '../../charts/options/chartOption';
import { buildCoverageRankingOption, rankCoverage, type CoverageBar } from '../../charts/options/coverageRanking';
import { buildFundTrendOption, type FundTrendPoint } from '../../charts/options/fundTrend';
import { buildMonthsPayableOption, type MonthsPayableBar } from '../../charts/options/monthsPayable';
import type { RegionTree } from './regionTree';
import type { TileIndicator } from '../../charts/options/tileMap';
import { coverageBars, monthsPayableBars, trendPoints } from './selectors';
import { tileMapView, type TileMapView } from './tileMapView';
import { moneyFiguresOf } from './table';
import { monthsPayableSpec, trendLevels, trendSpec } from './tables/overview';

export interface OverviewChart {
  option: ChartOption;
  height: number;
}

/**
 * The overview's money unit, for both its money cards side by side (可支付月数, 基金收支趋势: charts
 * and tables): chosen once from all their figures, the projection's too, so a balance reads in the
 * same unit in both (a county's 可支付月数 read 亿元 beside its trend's 万元).
 */
export function overviewMoneyUnit(analysis: Analysis, tree: RegionTree, code: RegionCode, fund: Fund, lang: Lang): MoneyUnit {
  const points = trendPoints(analysis, code, fund);
  const { bars, byQuarter } = monthsPayableBars(analysis, tree, code, fund);
  const projected = forecastFor(analysis.forecasts ?? [], code, fund)?.points ?? [];
  return pageMoneyUnit(
    [
      ...moneyFiguresOf(trendSpec(points, trendLevels(points), lang)),
      ...moneyFiguresOf(monthsPayableSpec(bars, byQuarter, analysis.policy, lang)),
      { body: projected.map((p) => p.accumulatedBalance), total: [] },
    ],
    lang,
  );
}

export interface CoverageChart extends OverviewChart {
  bars: CoverageBar[];
}

export function coverageChart(analysis: Analysis, tree: RegionTree, code: RegionCode, policy: Policy, lang: Lang): CoverageChart {
  const bars = rankCoverage(coverageBars(analysis, tree, code, lang));
  const option = buildCoverageRankingOption({ bars, policy }, lang);
  return { bars, option, height: chartHeightFor(bars.length) };
}

export interface MonthsPayableChart extends OverviewChart {
  bars: MonthsPayableBar[];
  byQuarter: boolean;
  unit: MoneyUnit;
}

/** Months payable is never drawn lower than the trend chart beside it. */
const MONTHS_MIN_HEIGHT = 340;
export const TREND_HEIGHT = 340;

export function monthsPayableChart(
  analysis: Analysis,
  tree: RegionTree,
  code: RegionCode,
  fund: Fund,
  policy: Policy,
  lang: Lang,
): MonthsPayableChart {
  const { bars, byQuarter } = monthsPayableBars(analysis, tree, code, fund);
  const unit = overviewMoneyUnit(analysis, tree, code, fund, lang);
  const option = buildMonthsPayableOption({ bars, policy, unit }, lang);
  return { bars, byQuarter, unit, option, height: Math.max(MONTHS_MIN_HEIGHT, chartHeightFor(bars.length)) };
}

export interface FundTrendChart extends OverviewChart {
  points: FundTrendPoint[];
  forecast: FundForecast | undefined;
  unit: MoneyUnit;
}

export function fundTrendChart(analysis: Analysis, tree: RegionTree, code: RegionCode, fund: Fund, lang: Lang): FundTrendChart {
  const points = trendPoints(analysis, code, fund);
  // The seasonal projection to the year end, drawn dashed after the last actual quarter.
  const forecast = forecastFor(analysis.forecasts ?? [], code, fund);
  const unit = overviewMoneyUnit(analysis, tree, code, fund, lang);
  const option = buildFundTrendOption({ points, forecast: forecast?.points, unit, words: datasetLevelWords(analysis.regions) }, lang);
  return { points, forecast, unit, option, height: TREND_HEIGHT };
}

/** The indicator the tile map opens with. */
export const FIRST_TILE_INDICATOR: TileIndicator = 'coverage';

export interface TileMapChart extends OverviewChart {
  view: TileMapView;
  /** As wide as the grid's squares need: a full-width chart would spread the tiles apart. */
  maxWidth: number;
}

export function tileMapChart(analysis: Analysis, tree: RegionTree, code: RegionCode, fund: Fund, indicator: TileIndicator, lang: Lang): TileMapChart {
  const view = tileMapView(analysis, tree, code, fund, indicator, lang);
  const height = Math.max(240, Math.min(520, view.rows * 110 + 8));
  return { view, option: view.option, height, maxWidth: Math.round((height * Math.max(1, view.cols)) / Math.max(1, view.rows)) };
}
