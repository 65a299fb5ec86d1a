// 累计结余可支付月数 of the children (or of a county across quarters),
// coloured by the policy bands.
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import { fixed } from '../../domain/money';
import type { Policy } from '../../domain/policyTypes';
import type { Analysis, Fund, Region } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { severityOf } from '../../domain/severity';
import type { RegionTree } from '../view/regionTree';
import { monthsPayableChart } from '../view/overviewCharts';
import { monthsPayableTable } from '../view/exportRows';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { Money } from './Money';
import { columnUnit, moneyHead } from '../view/moneyCell';
import { RegionLink } from './RegionLink';
import { SeverityChip } from './SeverityChip';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    quarter: '季度',
    region: '地区',
    accumulated: '累计结余',
    months: '可支付月数',
    band: '档位',
    monthsValue: (months: string) => `${months} 个月`,
    cannotCompute: '无法计算',
    title: '累计结余可支付月数',
    byQuarter: (region: string) => `${region}各季度`,
    byRegion: (region: string, period: string) => `${region}下级地区 · ${period}`,
    empty: '没有该基金的结余数据（fund_balances、fund_flows）。',
    label: (fund: string) => `${fund}累计结余可支付月数，按风险档位着色`,
    note: (n: number) => `可支付月数 = 累计结余 ÷ 近 ${n} 个季度月均支出。背景色带为预警档位。`,
    file: (region: string, fund: string) => `可支付月数_${region}_${fund}`,
  },
  {
    quarter: 'Quarter',
    region: 'Region',
    accumulated: 'Accumulated balance',
    months: 'Months payable',
    band: 'Band',
    monthsValue: (months: string) => `${months} months`,
    cannotCompute: 'Cannot compute',
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

  const balanceUnit = columnUnit(bars.map((b) => b.accumulatedBalance), lang);
  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">{byQuarter ? t.quarter : t.region}</th>
          <th scope="col" className="num">{moneyHead(t.accumulated, balanceUnit)}</th>
          <th scope="col" className="num">{t.months}</th>
          <th scope="col">{t.band}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const child = byQuarter ? undefined : tree.byCode.get(bar.key);
          return (
            <tr key={bar.key}>
              <th scope="row">{child ? <RegionLink region={child} onSelect={onSelectRegion} /> : bar.name}</th>
              <td className="num">
                <Money value={bar.accumulatedBalance} unit={balanceUnit} />
              </td>
              <td className="num">{bar.monthsPayable === null ? '—' : t.monthsValue(fixed(bar.monthsPayable, 2))}</td>
              <td>
                {bar.monthsPayable === null ? (
                  <span className="muted">{t.cannotCompute}</span>
                ) : (
                  <SeverityChip severity={severityOf('months_payable', bar.monthsPayable, policy)} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );

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
      actions={<ExportButtons filename={t.file(region.name, fundLabel)} {...monthsPayableTable(bars, byQuarter, lang)} />}
    />
  );
}
