// 基金收支趋势 of the selected region and fund, quarter by quarter.
import { useMemo } from 'react';
import { SOURCE_LEVEL_LABEL } from '../../domain/labels';
import { forecastFor } from '../../domain/forecast';
import type { Analysis, Fund, Region } from '../../domain/types';
import { SOURCE_LEVELS } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { buildFundTrendOption } from '../../charts/options/fundTrend';
import { trendPoints } from '../view/selectors';
import { trendTable } from '../view/exportRows';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { Money } from './Money';

interface FundTrendSectionProps {
  analysis: Analysis;
  region: Region;
  fund: Fund;
  fundLabel: string;
  onSelectQuarter: (quarter: string) => void;
}

export function FundTrendSection({ analysis, region, fund, fundLabel, onSelectQuarter }: FundTrendSectionProps) {
  const points = useMemo(() => trendPoints(analysis, region.code, fund), [analysis, region.code, fund]);
  // The seasonal projection to the year end, drawn dashed after the last actual quarter.
  const forecast = useMemo(() => forecastFor(analysis.forecasts ?? [], region.code, fund), [analysis, region.code, fund]);
  const option = useMemo(() => buildFundTrendOption({ points, forecast: forecast?.points }), [points, forecast]);
  const levels = SOURCE_LEVELS.filter((level) => points.some((p) => !p.incomeBySource[level].isZero()));

  const onClick = (click: ChartClick) => {
    const point = points[click.dataIndex];
    if (point) onSelectQuarter(point.quarter);
  };

  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">季度</th>
          <th scope="col" className="num">收入</th>
          {levels.map((level) => (
            <th scope="col" className="num" key={level}>
              {SOURCE_LEVEL_LABEL[level].zh}
            </th>
          ))}
          <th scope="col" className="num">支出</th>
          <th scope="col" className="num">当期结余</th>
          <th scope="col" className="num">累计结余</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.quarter}>
            <th scope="row">{p.quarter}</th>
            <td className="num">
              <Money value={p.income} />
            </td>
            {levels.map((level) => (
              <td className="num" key={level}>
                <Money value={p.incomeBySource[level]} />
              </td>
            ))}
            <td className="num">
              <Money value={p.expenditure} />
            </td>
            <td className="num">
              <Money value={p.income.minus(p.expenditure)} />
            </td>
            <td className="num">
              <Money value={p.accumulatedBalance} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartCard
      saveTag={`${region.code}-${analysis.quarter}`}
      className="card-trend"
      title="基金收支趋势"
      subtitle={`${region.name} · ${fundLabel} · 单位：万元`}
      empty={points.length === 0 ? '没有该基金的收支数据（fund_flows）。' : null}
      chart={
        <Chart
          testId="chart-fund-trend"
          option={option}
          height={340}
          label={`${region.name}${fundLabel}各季度收入（按来源）、支出与累计结余`}
          onClick={onClick}
        />
      }
      note={
        <>
          收入按资金来源堆叠；累计结余（折线）对应右侧坐标轴。点击某季度可切换到该季度。
          {forecast && forecast.points.length > 0 && (
            <span data-testid="forecast-note">
              {' '}
              虚线为年末前累计结余预测：{forecast.method.replace(/。$/, '')}
              {forecast.negativeQuarter !== null ? `；预计 ${forecast.negativeQuarter} 转为负数。` : '。'}
            </span>
          )}
        </>
      }
      table={table}
      actions={
        <ExportButtons
          filename={`收支趋势_${region.name}_${fundLabel}`}
          {...trendTable(points, levels.map((l) => ({ key: l, label: SOURCE_LEVEL_LABEL[l].zh })))}
        />
      }
    />
  );
}
