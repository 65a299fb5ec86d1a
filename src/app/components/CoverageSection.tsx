// 救助对象参保率排名: the children of the region ranked, or a county's
// recipient categories.
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import type { Policy } from '../../domain/policy/types';
import type { ChartClick } from '../../charts/Chart';
import { percentShortText } from '../../charts/format';
import { coverageTarget } from '../../domain/policy/policy';
import type { OverviewCardProps } from './overviewCard';
import { coverageChart } from '../view/overviewCharts';
import { coverageSpec } from '../view/tables/overview';
import { ChartCard } from './ChartCard';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
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

interface CoverageSectionProps extends OverviewCardProps {
  policy: Policy;
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

  return (
    <ChartCard
      saveTag={`${region.code}-${analysis.quarter}`}
      className="card-coverage"
      title={t.title}
      subtitle={`${byRegion ? t.byRegion(region.name) : t.byCategory(region.name)} · ${periodLabel}`}
      empty={t.empty}
      chart={{ testId: 'chart-coverage', option, height, label: t.label(bars.length, percentShortText(coverageTarget(policy))), onClick }}
      note={byRegion ? `${t.noteClick}${t.noteZoom}` : t.noteZoom}
      spec={coverageSpec(bars, byRegion, policy, lang)}
      table={{ region: (code) => tree.byCode.get(code), onSelectRegion }}
      file={t.file(region.name, periodLabel)}
    />
  );
}
