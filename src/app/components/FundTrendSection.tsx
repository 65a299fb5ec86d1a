// 基金收支趋势 of the selected region and fund, quarter by quarter.
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import { datasetLevelWords } from '../../domain/levelWords';
import type { Analysis, Fund, Region } from '../../domain/types';
import type { RegionTree } from '../view/regionTree';
import type { ChartClick } from '../../charts/Chart';
import { fundTrendChart } from '../view/overviewCharts';
import { trendLevels, trendSpec } from '../view/tables/overview';
import { ChartCard } from './ChartCard';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    title: '基金收支趋势',
    empty: '没有该基金的收支数据（fund_flows）。',
    label: (region: string, fund: string) => `${region}${fund}各季度收入（按来源）、支出与累计结余`,
    note: '收入按资金来源堆叠；累计结余（折线）对应右侧坐标轴。点击某季度可切换到该季度。',
    forecast: (method: string, negative: string | null) =>
      `虚线为年末前累计结余预测：${method.replace(/。$/, '')}${negative !== null ? `；预计 ${negative} 转为负数。` : '。'}`,
    file: (region: string, fund: string) => `收支趋势_${region}_${fund}`,
  },
  {
    title: 'Fund income and expenditure',
    empty: 'No income or expenditure data (fund_flows) for this fund.',
    label: (region: string, fund: string) =>
      `${region}, ${fund}: income by source, expenditure and accumulated balance by quarter`,
    note: 'Income is stacked by source; the accumulated balance (line) reads on the right axis. Click a quarter to switch to it.',
    // The projection's method is the domain's English sentence (methodEn), its full stop dropped for the clause that follows.
    forecast: (method: string, negative: string | null) =>
      `The dashed line projects the accumulated balance to the year end: ${method.replace(/\.$/, '')}${
        negative !== null ? `; expected to turn negative in ${negative}.` : '.'
      }`,
    file: (region: string, fund: string) => `income-expenditure_${region}_${fund}`,
  },
);

interface FundTrendSectionProps {
  analysis: Analysis;
  tree: RegionTree;
  region: Region;
  fund: Fund;
  fundLabel: string;
  onSelectQuarter: (quarter: string) => void;
}

export function FundTrendSection({ analysis, tree, region, fund, fundLabel, onSelectQuarter }: FundTrendSectionProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const { points, forecast, unit, option, height } = useMemo(
    () => fundTrendChart(analysis, tree, region.code, fund, lang),
    [analysis, tree, region.code, fund, lang],
  );
  const levels = trendLevels(points);

  const onClick = (click: ChartClick) => {
    const point = points[click.dataIndex];
    if (point) onSelectQuarter(point.quarter);
  };

  return (
    <ChartCard
      saveTag={`${region.code}-${analysis.quarter}`}
      className="card-trend"
      title={t.title}
      subtitle={`${region.name} · ${fundLabel}`}
      empty={t.empty}
      chart={{ testId: 'chart-fund-trend', option, height, label: t.label(region.name, fundLabel), onClick }}
      note={
        <>
          {t.note}
          {forecast && forecast.points.length > 0 && (
            <span data-testid="forecast-note">
              {' '}
              {t.forecast(lang === 'en' ? forecast.methodEn : forecast.method, forecast.negativeQuarter)}
            </span>
          )}
        </>
      }
      spec={trendSpec(points, levels, lang, unit, datasetLevelWords(analysis.regions))}
      tableFromEnd
      file={t.file(region.name, fundLabel)}
    />
  );
}
