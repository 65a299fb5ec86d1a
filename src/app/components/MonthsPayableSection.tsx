// 累计结余可支付月数 of the children (or of a county across quarters),
// coloured by the policy bands.
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import type { Policy } from '../../domain/policy/types';
import type { Fund } from '../../domain/types';
import type { ChartClick } from '../../charts/Chart';
import type { OverviewCardProps } from './overviewCard';
import { monthsPayableChart } from '../view/overviewCharts';
import { monthsPayableSpec } from '../view/tables/overview';
import { ChartCard } from './ChartCard';
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

interface MonthsPayableSectionProps extends OverviewCardProps {
  fund: Fund;
  fundLabel: string;
  policy: Policy;
  onSelectQuarter: (quarter: string) => void;
}

export function MonthsPayableSection(props: MonthsPayableSectionProps) {
  const { analysis, tree, region, fund, fundLabel, policy, periodLabel, onSelectRegion, onSelectQuarter } = props;
  const lang = useLang();
  const t = TEXT[lang];
  const { bars, byQuarter, unit, option, height } = useMemo(
    () => monthsPayableChart(analysis, tree, region.code, fund, policy, lang),
    [analysis, tree, region.code, fund, policy, lang],
  );

  const onClick = (click: ChartClick) => {
    const bar = bars[click.dataIndex];
    if (!bar || click.seriesIndex !== 0) return;
    if (byQuarter) onSelectQuarter(bar.key);
    else onSelectRegion(bar.key);
  };

  return (
    <ChartCard
      saveTag={`${region.code}-${analysis.quarter}`}
      className="card-months"
      title={t.title}
      subtitle={`${byQuarter ? t.byQuarter(region.name) : t.byRegion(region.name, periodLabel)} · ${fundLabel}`}
      empty={t.empty}
      chart={{ testId: 'chart-months-payable', option, height, label: t.label(fundLabel), onClick }}
      note={t.note(policy.months_payable_window_quarters)}
      spec={monthsPayableSpec(bars, byQuarter, policy, lang, unit)}
      table={{ region: (code) => tree.byCode.get(code), onSelectRegion }}
      file={t.file(region.name, fundLabel)}
    />
  );
}
