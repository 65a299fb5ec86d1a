// 基金收支趋势 of the selected region and fund, quarter by quarter.
import { useMemo } from 'react';
import { SOURCE_LEVEL_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import type { Analysis, Fund, Region } from '../../domain/types';
import { SOURCE_LEVELS } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { fundTrendChart } from '../view/overviewCharts';
import { trendTable } from '../view/exportRows';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { Money } from './Money';
import { columnUnit, moneyHead } from '../view/moneyCell';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    quarter: '季度',
    income: '收入',
    expenditure: '支出',
    currentBalance: '当期结余',
    accumulated: '累计结余',
    title: '基金收支趋势',
    empty: '没有该基金的收支数据（fund_flows）。',
    label: (region: string, fund: string) => `${region}${fund}各季度收入（按来源）、支出与累计结余`,
    note: '收入按资金来源堆叠；累计结余（折线）对应右侧坐标轴。点击某季度可切换到该季度。',
    forecast: (method: string, negative: string | null) =>
      `虚线为年末前累计结余预测：${method.replace(/。$/, '')}${negative !== null ? `；预计 ${negative} 转为负数。` : '。'}`,
    file: (region: string, fund: string) => `收支趋势_${region}_${fund}`,
  },
  {
    quarter: 'Quarter',
    income: 'Income',
    expenditure: 'Expenditure',
    currentBalance: 'Current balance',
    accumulated: 'Accumulated balance',
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
  region: Region;
  fund: Fund;
  fundLabel: string;
  onSelectQuarter: (quarter: string) => void;
}

export function FundTrendSection({ analysis, region, fund, fundLabel, onSelectQuarter }: FundTrendSectionProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const { points, forecast, option, height } = useMemo(
    () => fundTrendChart(analysis, region.code, fund, lang),
    [analysis, region.code, fund, lang],
  );
  const levels = SOURCE_LEVELS.filter((level) => points.some((p) => !p.incomeBySource[level].isZero()));

  const onClick = (click: ChartClick) => {
    const point = points[click.dataIndex];
    if (point) onSelectQuarter(point.quarter);
  };

  // One unit per column, from its largest figure, named in its head.
  const unit = {
    income: columnUnit(points.map((p) => p.income), lang),
    expenditure: columnUnit(points.map((p) => p.expenditure), lang),
    current: columnUnit(points.map((p) => p.income.minus(p.expenditure)), lang),
    accumulated: columnUnit(points.map((p) => p.accumulatedBalance), lang),
  };
  const levelUnit = Object.fromEntries(levels.map((l) => [l, columnUnit(points.map((p) => p.incomeBySource[l]), lang)]));

  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">{t.quarter}</th>
          <th scope="col" className="num">{moneyHead(t.income, unit.income)}</th>
          {levels.map((level) => (
            <th scope="col" className="num" key={level}>
              {moneyHead(SOURCE_LEVEL_LABEL[level][lang], levelUnit[level]!)}
            </th>
          ))}
          <th scope="col" className="num">{moneyHead(t.expenditure, unit.expenditure)}</th>
          <th scope="col" className="num">{moneyHead(t.currentBalance, unit.current)}</th>
          <th scope="col" className="num">{moneyHead(t.accumulated, unit.accumulated)}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.quarter}>
            <th scope="row">{p.quarter}</th>
            <td className="num">
              <Money value={p.income} unit={unit.income} />
            </td>
            {levels.map((level) => (
              <td className="num" key={level}>
                <Money value={p.incomeBySource[level]} unit={levelUnit[level]} />
              </td>
            ))}
            <td className="num">
              <Money value={p.expenditure} unit={unit.expenditure} />
            </td>
            <td className="num">
              <Money value={p.income.minus(p.expenditure)} unit={unit.current} />
            </td>
            <td className="num">
              <Money value={p.accumulatedBalance} unit={unit.accumulated} />
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
      title={t.title}
      subtitle={`${region.name} · ${fundLabel}`}
      empty={points.length === 0 ? t.empty : null}
      chart={
        <Chart
          testId="chart-fund-trend"
          option={option}
          height={height}
          label={t.label(region.name, fundLabel)}
          onClick={onClick}
        />
      }
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
      table={table}
      actions={
        <ExportButtons
          filename={t.file(region.name, fundLabel)}
          {...trendTable(points, levels.map((l) => ({ key: l, label: SOURCE_LEVEL_LABEL[l][lang] })), lang)}
        />
      }
    />
  );
}
