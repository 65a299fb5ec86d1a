// 救助对象参保率排名: the children of the region ranked, or a county's
// recipient categories.
import { useMemo } from 'react';
import { decimal, formatCount, formatPercent } from '../../domain/money';
import type { Policy } from '../../domain/policyTypes';
import type { Analysis, Region } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { chartHeightFor } from '../../charts/options/chartOption';
import { buildCoverageRankingOption, rankCoverage } from '../../charts/options/coverageRanking';
import { severityOf } from '../../charts/severity';
import type { RegionTree } from '../view/regionTree';
import { coverageBars } from '../view/selectors';
import { coverageTable } from '../view/exportRows';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { RegionLink } from './RegionLink';
import { SeverityChip } from './SeverityChip';

interface CoverageSectionProps {
  analysis: Analysis;
  tree: RegionTree;
  region: Region;
  policy: Policy;
  periodLabel: string;
  onSelectRegion: (code: string) => void;
}

export function CoverageSection({ analysis, tree, region, policy, periodLabel, onSelectRegion }: CoverageSectionProps) {
  const byRegion = tree.childrenOf(region.code).length > 0;
  const bars = useMemo(() => rankCoverage(coverageBars(analysis, tree, region.code)), [analysis, tree, region.code]);
  const bands = policy.thresholds.coverage;
  const option = useMemo(
    () => buildCoverageRankingOption({ bars, target: decimal(policy.coverage_target), bands: policy.thresholds.coverage }),
    [bars, policy],
  );

  const onClick = byRegion
    ? (click: ChartClick) => {
        const bar = bars[click.dataIndex];
        if (bar) onSelectRegion(bar.key);
      }
    : undefined;

  const table = (
    <table>
      <thead>
        <tr>
          <th scope="col">{byRegion ? '地区' : '救助类别'}</th>
          <th scope="col" className="num">救助对象（人）</th>
          <th scope="col" className="num">已参保（人）</th>
          <th scope="col" className="num">疑似未参保（人）</th>
          <th scope="col" className="num">参保率</th>
          <th scope="col">状态</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => {
          const child = byRegion ? tree.byCode.get(bar.key) : undefined;
          return (
            <tr key={bar.key}>
              <th scope="row">{child ? <RegionLink region={child} onSelect={onSelectRegion} /> : bar.name}</th>
              <td className="num">{formatCount(bar.recipients)}</td>
              <td className="num">{formatCount(bar.enrolled)}</td>
              <td className="num">{formatCount(bar.recipients - bar.enrolled)}</td>
              <td className="num">{formatPercent(bar.rate, 2)}</td>
              <td>
                <SeverityChip severity={severityOf(bar.rate, bands)} />
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
      className="card-coverage"
      title="救助对象参保率排名"
      subtitle={`${byRegion ? `${region.name}下级地区` : `${region.name}各救助类别`} · ${periodLabel}`}
      empty={bars.length === 0 ? '该地区本季度没有救助对象参保数据（assistance_enrollment）。' : null}
      chart={
        <Chart
          testId="chart-coverage"
          option={option}
          height={chartHeightFor(bars.length)}
          label={`救助对象参保率排名，${bars.length} 项，目标线 ${policy.coverage_target}`}
          onClick={onClick}
        />
      }
      note={byRegion ? '点击条形可查看下一级地区。横轴为便于比较而放大，起点见轴标题。' : '横轴为便于比较而放大，起点见轴标题。'}
      table={table}
      actions={<ExportButtons filename={`参保率_${region.name}_${periodLabel}`} {...coverageTable(bars, byRegion)} />}
    />
  );
}
