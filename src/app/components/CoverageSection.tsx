// 救助对象参保率排名: the children of the region ranked, or a county's
// recipient categories.
import { formatRate } from '../../domain/moneyUnit';
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import { formatCount } from '../../domain/money';
import type { Policy } from '../../domain/policyTypes';
import type { Analysis, Region } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { coverageTarget } from '../../domain/policy';
import { severityOf } from '../../domain/severity';
import type { RegionTree } from '../view/regionTree';
import { coverageChart } from '../view/overviewCharts';
import { coverageTable } from '../view/exportRows';
import { ChartCard } from './ChartCard';
import { ExportButtons } from './ExportButtons';
import { RegionLink } from './RegionLink';
import { SeverityChip } from './SeverityChip';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    region: '地区',
    category: '救助类别',
    recipients: '救助对象（人）',
    enrolled: '已参保（人）',
    uninsured: '疑似未参保（人）',
    rate: '参保率',
    status: '状态',
    title: '救助对象参保率排名',
    byRegion: (region: string) => `${region}下级地区`,
    byCategory: (region: string) => `${region}各救助类别`,
    empty: '该地区本季度没有救助对象参保数据（assistance_enrollment）。',
    label: (n: number, target: string) => `救助对象参保率排名，${n} 项，目标线 ${target}`,
    noteZoom: '横轴为便于比较而放大，起点见轴标题。',
    noteClick: '点击条形可查看下一级地区。',
    file: (region: string, period: string) => `参保率_${region}_${period}`,
  },
  {
    region: 'Region',
    category: 'Recipient category',
    recipients: 'Recipients',
    enrolled: 'Enrolled',
    uninsured: 'Possibly not enrolled',
    rate: 'Enrollment rate',
    status: 'Status',
    title: 'Recipient enrollment rate ranking',
    byRegion: (region: string) => `Regions under ${region}`,
    byCategory: (region: string) => `${region} by recipient category`,
    empty: 'No recipient enrollment data (assistance_enrollment) for this region and quarter.',
    label: (n: number, target: string) => `Recipient enrollment rate ranking, ${n} items, target line ${target}`,
    noteZoom: 'The horizontal axis is zoomed for comparison; its title says where it starts.',
    noteClick: 'Click a bar to open the region below. ',
    file: (region: string, period: string) => `enrollment-rate_${region}_${period}`,
  },
);

interface CoverageSectionProps {
  analysis: Analysis;
  tree: RegionTree;
  region: Region;
  policy: Policy;
  periodLabel: string;
  onSelectRegion: (code: string) => void;
}

export function CoverageSection({ analysis, tree, region, policy, periodLabel, onSelectRegion }: CoverageSectionProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const byRegion = tree.childrenOf(region.code).length > 0;
  const { bars, option, height } = useMemo(
    () => coverageChart(analysis, tree, region.code, policy, lang),
    [analysis, tree, region.code, policy, lang],
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
          <th scope="col">{byRegion ? t.region : t.category}</th>
          <th scope="col" className="num">{t.recipients}</th>
          <th scope="col" className="num">{t.enrolled}</th>
          <th scope="col" className="num">{t.uninsured}</th>
          <th scope="col" className="num">{t.rate}</th>
          <th scope="col">{t.status}</th>
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
              <td className="num">{formatRate(bar.rate, 2, [coverageTarget(policy)])}</td>
              <td>
                <SeverityChip severity={severityOf('coverage', bar.rate, policy)} />
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
      title={t.title}
      subtitle={`${byRegion ? t.byRegion(region.name) : t.byCategory(region.name)} · ${periodLabel}`}
      empty={bars.length === 0 ? t.empty : null}
      chart={
        <Chart
          testId="chart-coverage"
          option={option}
          height={height}
          label={t.label(bars.length, coverageTarget(policy).toString())}
          onClick={onClick}
        />
      }
      note={byRegion ? `${t.noteClick}${t.noteZoom}` : t.noteZoom}
      table={table}
      actions={<ExportButtons filename={t.file(region.name, periodLabel)} {...coverageTable(bars, byRegion, lang)} />}
    />
  );
}
