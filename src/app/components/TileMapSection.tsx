// 分区方块图 on the overview: the selected region's children as equal tiles
// coloured by the chosen indicator's severity; a click drills down like a bar.
import { useMemo, useState } from 'react';
import { texts } from '../../domain/lang';
import type { Fund } from '../../domain/types';
import type { ChartClick } from '../../charts/Chart';
import { TILE_INDICATORS, TILE_INDICATOR_LABEL, type TileIndicator } from '../../charts/options/tileMap';
import type { OverviewCardProps } from './overviewCard';
import { FIRST_TILE_INDICATOR, tileMapChart } from '../view/overviewCharts';
import { SelectField } from './SelectField';
import { useLang } from '../i18n/LangProvider';
import { ChartCard } from './ChartCard';
import { tileMapSpec } from '../view/tables/tileMap';

const TEXT = texts(
  {
    title: '分区方块图',
    subtitle: (region: string, period: string) => `${region}下级地区 · ${period}`,
    indicator: '指标',
    note: '示意图：每个地区一个等大方块，位置仅示意相对方位，不表示边界。方块内标注名称与数值，▲红 ◆橙 ●黄 ■蓝 ○正常。点击方块查看下一级地区。',
    auto: (names: string) => `布局文件未包含 ${names}，已自动排在下方。`,
    label: (n: number, indicator: string) => `分区方块图，${n} 个地区，按${indicator}着色`,
    empty: '没有下级地区可显示。',
  },
  {
    title: 'Tile map',
    subtitle: (region: string, period: string) => `Regions under ${region} · ${period}`,
    indicator: 'Indicator',
    note: 'Schematic: one equal tile per region; positions only suggest relative location, no boundary is drawn. Each tile shows its name and value; ▲ red ◆ orange ● yellow ■ blue ○ normal. Click a tile to open the region below.',
    auto: (names: string) => `The layout file does not place ${names}: placed automatically below.`,
    // The indicator's name mid-sentence: "coloured by enrollment rate", not "by Enrollment rate".
    label: (n: number, indicator: string) => `Tile map, ${n} regions, coloured by ${indicator.charAt(0).toLowerCase()}${indicator.slice(1)}`,
    empty: 'No regions below this one to show.',
  },
);

interface TileMapSectionProps extends OverviewCardProps {
  fund: Fund;
}

export function TileMapSection({ analysis, tree, region, fund, periodLabel, onSelectRegion }: TileMapSectionProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const [indicator, setIndicator] = useState<TileIndicator>(FIRST_TILE_INDICATOR);
  const { view, height, maxWidth } = useMemo(
    () => tileMapChart(analysis, tree, region.code, fund, indicator, lang),
    [analysis, tree, region.code, fund, indicator, lang],
  );
  const onClick = (click: ChartClick) => {
    const tile = view.tiles[click.dataIndex];
    if (tile) onSelectRegion(tile.key);
  };
  const select = (
    <SelectField
      className="control tile-indicator"
      label={t.indicator}
      testId="tile-indicator"
      value={indicator}
      options={TILE_INDICATORS.map((i) => ({ value: i, label: TILE_INDICATOR_LABEL[i][lang] }))}
      onChange={(i) => setIndicator(i as TileIndicator)}
    />
  );
  return (
    <ChartCard
      className="card-tiles"
      title={t.title}
      subtitle={t.subtitle(view.scope?.name ?? region.name, periodLabel)}
      saveTag={`${view.scope?.code ?? region.code}-${analysis.quarter}`}
      empty={t.empty}
      actions={select}
      chart={{ testId: 'chart-tiles', option: view.option, height, label: t.label(view.tiles.length, TILE_INDICATOR_LABEL[indicator][lang]), onClick }}
      chartMaxWidth={maxWidth}
      note={
        <>
          {view.autoPlaced.length > 0 && (
            <span data-testid="tile-auto-note">{t.auto(view.autoPlaced.join(lang === 'zh' ? '、' : ', '))} </span>
          )}
          {t.note}
        </>
      }
      spec={tileMapSpec(view.tiles, indicator, analysis.policy, lang)}
      table={{ region: (code) => tree.byCode.get(code), onSelectRegion }}
    />
  );
}
