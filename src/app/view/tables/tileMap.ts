// The tile map's table (分区方块图's accessible alternative), defined like
// every other table (view/table.ts): each child region (linked), the chosen
// indicator as the tile prints it, and its band (none where the region has no
// figure: a grey tile is not a normal one). Not exported: the coverage and
// months payable tables carry the same figures.
import { TILE_INDICATOR_LABEL, tileSeverity, tileValueText, type TileDatum, type TileIndicator } from '../../../charts/options/tileMap';
import { texts, type Lang } from '../../../domain/lang';
import type { Policy } from '../../../domain/policy/types';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts({ region: '地区', status: '状态', normal: '正常' }, { region: 'Region', status: 'Status', normal: 'Normal' });

export function tileMapSpec(tiles: readonly TileDatum[], indicator: TileIndicator, policy: Policy, lang: Lang): TableSpec<TileDatum> {
  const t = TEXT[lang];
  return tableSpec(tiles, (tile) => tile.key, [
    { key: 'region', head: t.region, kind: 'text', rowHeader: { link: (tile) => tile.key }, value: (tile) => tile.name },
    { key: 'value', head: TILE_INDICATOR_LABEL[indicator][lang], kind: 'text', num: true, value: (tile) => tileValueText(tile, indicator, policy, lang, true) },
    { key: 'status', head: t.status, kind: 'severity', normal: t.normal, computed: (tile) => tile.value !== null, value: (tile) => tileSeverity(tile, indicator, policy) },
  ]);
}
