// 累计结余可支付月数 of the children (or of a county across quarters),
// coloured by the policy bands.
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import type { Policy } from '../../domain/policy/types';
import type { Analysis, Fund, Region } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import type { RegionTree } from '../view/regionTree';
import { monthsPayableChart } from '../view/overviewCharts';
import { exportTable } from '../view/table';
import { monthsPayableSpec } from '../view/tables/overview';
import { DataTable } from './DataTable';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    title: '累计结余可支付月数',
    byQuarter: (region: string) => `${region}各季度`,
    byRegion: (region: string, period: string) => `${region}下级地区 · ${period}`,
    empty: '没有该基金的结余数据（fund_balances、fund_flows）。',
    label: (fund: string) => `${fund}累计结余可支付月数，按风险档位着色`,
    note: (n: number) => `可支付月数 = 累计结余 ÷ 近 ${n} 个季度月均支出。背景色带为预警档位。`,
    file: (region: string, fund: string) => `可支付月数_${region}_${fund}`,
  },
  {
    title: 'Months payable',
    byQuarter: (region: string) => `${region} by quarter`,
    byRegion: (region: string, period: string) => `Regions under ${region} · ${period}`,
    empty: 'No balance data (fund_balances, fund_flows) for this fund.',
    label: (fund: string) => `${fund}: months payable from the accumulated balance, coloured by risk band`,
    note: (n: number) =>
      `Months payable = accumulated balance ÷ average monthly expenditure of the last ${n} quarters. Background stripes are the alert bands.`,
    file: (region: string, fund: string) => `months-payable_${region}_${fund}`,
  },
);

interface MonthsPayableSectionProps {
  analysis: Analysis;
  tree: RegionTree;
  region: Region;
  fund: Fund;
  fundLabel: string;
  policy: Policy;
  periodLabel: string;
  onSelectRegion: (code: string) => void;
  onSelectQuarter: (quarter: string) => void;
}

export function MonthsPayableSection(props: MonthsPayableSectionProps) {
  const { analysis, tree, region, fund, fundLabel, policy, periodLabel, onSelectRegion, onSelectQuarter } = props;
  const lang = useLang();
  const t = TEXT[lang];
  const { bars, byQuarter, option, height } = useMemo(
    () => monthsPayableChart(analysis, tree, region.code, fund, policy, lang),
    [analysis, tree, region.code, fund, policy, lang],
  );

  const onClick = (click: ChartClick) => {
    const bar = bars[click.dataIndex];
    if (!bar || click.seriesIndex !== 0) return;
    if (byQuarter) onSelectQuarter(bar.key);
    else onSelectRegion(bar.key);
  };

  const spec = monthsPayableSpec(bars, byQuarter, policy, lang);
  const table = <DataTable spec={spec} region={(code) => tree.byCode.get(code)} onSelectRegion={onSelectRegion} />;

  return (
    <ChartCard
      saveTag={`${region.code}-${analysis.quarter}`}
      className="card-months"
      title={t.title}
      subtitle={`${byQuarter ? t.byQuarter(region.name) : t.byRegion(region.name, periodLabel)} · ${fundLabel}`}
      empty={bars.length === 0 ? t.empty : null}
      chart={
        <Chart
          testId="chart-months-payable"
          option={option}
          height={height}
          label={t.label(fundLabel)}
          onClick={onClick}
        />
      }
      note={t.note(policy.months_payable_window_quarters)}
      table={table}
      actions={<ExportButtons filename={t.file(region.name, fundLabel)} {...exportTable(spec, lang)} />}
    />
  );
}
