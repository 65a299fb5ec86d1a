// 累计结余可支付月数 of the children (or of a county across quarters),
// coloured by the policy bands.
import { useMemo } from 'react';
import { fixed } from '../../domain/money';
import type { Policy } from '../../domain/policyTypes';
import type { Analysis, Fund, Region } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { chartHeightFor } from '../../charts/options/chartOption';
import { buildMonthsPayableOption } from '../../charts/options/monthsPayable';
import { severityOf } from '../../charts/severity';
import type { RegionTree } from '../view/regionTree';
import { monthsPayableBars } from '../view/selectors';
import { monthsPayableTable } from '../view/exportRows';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { Money } from './Money';
import { RegionLink } from './RegionLink';
import { SeverityChip } from './SeverityChip';

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
  const { bars, byQuarter } = useMemo(
    () => monthsPayableBars(analysis, tree, region.code, fund),
    [analysis, tree, region.code, fund],
  );
  const bands = policy.thresholds.months_payable;
  const option = useMemo(
    () => buildMonthsPayableOption({ bars, bands: policy.thresholds.months_payable }),
    [bars, policy],
  );

  const onClick = (click: ChartClick) => {
    const bar = bars[click.dataIndex];
    if (!bar || click.seriesIndex !== 0) return;
    if (byQuarter) onSelectQuarter(bar.key);
    else onSelectRegion(bar.key);
  };

  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">{byQuarter ? '季度' : '地区'}</th>
          <th scope="col" className="num">累计结余</th>
          <th scope="col" className="num">可支付月数</th>
          <th scope="col">档位</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const child = byQuarter ? undefined : tree.byCode.get(bar.key);
          return (
            <tr key={bar.key}>
              <th scope="row">{child ? <RegionLink region={child} onSelect={onSelectRegion} /> : bar.name}</th>
              <td className="num">
                <Money value={bar.accumulatedBalance} />
              </td>
              <td className="num">{bar.monthsPayable === null ? '—' : `${fixed(bar.monthsPayable, 2)} 个月`}</td>
              <td>
                {bar.monthsPayable === null ? (
                  <span className="muted">无法计算</span>
                ) : (
                  <SeverityChip severity={severityOf(bar.monthsPayable, bands)} />
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
      title="累计结余可支付月数"
      subtitle={`${byQuarter ? `${region.name}各季度` : `${region.name}下级地区 · ${periodLabel}`} · ${fundLabel}`}
      empty={bars.length === 0 ? '没有该基金的结余数据（fund_balances、fund_flows）。' : null}
      chart={
        <Chart
          testId="chart-months-payable"
          option={option}
          height={Math.max(340, chartHeightFor(bars.length))}
          label={`${fundLabel}累计结余可支付月数，按风险档位着色`}
          onClick={onClick}
        />
      }
      note={`可支付月数 = 累计结余 ÷ 近 ${policy.months_payable_window_quarters} 个季度月均支出。背景色带为预警档位。`}
      table={table}
      actions={<ExportButtons filename={`可支付月数_${region.name}_${fundLabel}`} {...monthsPayableTable(bars, byQuarter)} />}
    />
  );
}
