// What the tile map shows, picked out of one Analysis: the tiles of the
// selected region's children (a county shows its city's counties), placed by
// the dataset's layout (Region.tile) or the automatic grid, with the chosen
// indicator's value. Pure, so the page and the big screen draw the same map.
import type { Lang } from '../../domain/lang';
import { Dec } from '../../domain/money';
import { SEVERITIES, type Analysis, type Fund, type Region, type RegionCode, type Severity } from '../../domain/types';
import type { ChartOption } from '../../charts/options/chartOption';
import { buildTileMapOption, type TileDatum, type TileIndicator, type TileTheme } from '../../charts/options/tileMap';
import { placeTiles, type TilePosition } from '../../charts/tileLayout';
import type { RegionTree } from './regionTree';
import { alertsFor, coverageOf, fundStatusOf } from './selectors';

export interface TileMapView {
  /** The region whose children are the tiles. */
  scope: Region | null;
  tiles: TileDatum[];
  /** Names of the regions the layout did not place (placed automatically). */
  autoPlaced: string[];
  rows: number;
  cols: number;
  option: ChartOption;
}

function worstOf(severities: readonly Severity[]): Severity | null {
  return SEVERITIES.find((s) => severities.includes(s)) ?? null;
}

export function tileValue(
  analysis: Analysis,
  tree: RegionTree,
  code: RegionCode,
  fund: Fund,
  indicator: TileIndicator,
): Pick<TileDatum, 'value' | 'worst'> {
  switch (indicator) {
    case 'coverage':
      return { value: coverageOf(analysis, code)?.rate ?? null };
    case 'months_payable':
      return { value: fundStatusOf(analysis, code, fund)?.monthsPayable ?? null };
    case 'balance_rate':
      return { value: fundStatusOf(analysis, code, fund)?.balanceRate ?? null };
    case 'alerts': {
      const alerts = alertsFor(analysis, tree, code, fund, 'selected');
      return { value: new Dec(alerts.length), worst: worstOf(alerts.map((a) => a.severity)) };
    }
  }
}

export function tileMapView(
  analysis: Analysis,
  tree: RegionTree,
  code: RegionCode,
  fund: Fund,
  indicator: TileIndicator,
  lang: Lang,
  options: { theme?: TileTheme; maxFontSize?: number } = {},
): TileMapView {
  const region = tree.byCode.get(code);
  const scope =
    region && tree.childrenOf(region.code).length === 0 && region.parentCode !== null
      ? (tree.byCode.get(region.parentCode) ?? null)
      : (region ?? null);
  const children = scope ? tree.childrenOf(scope.code) : [];
  const layout = new Map<string, TilePosition>(children.flatMap((c) => (c.tile ? [[c.code, c.tile] as const] : [])));
  const placement = placeTiles(
    children.map((c) => c.code),
    layout,
  );
  const byCode = new Map(children.map((c) => [c.code, c]));
  const tiles: TileDatum[] = placement.tiles.map((p) => ({
    ...p,
    name: byCode.get(p.key)?.name ?? p.key,
    ...tileValue(analysis, tree, p.key, fund, indicator),
  }));
  const option = buildTileMapOption(
    { indicator, tiles, policy: analysis.policy, theme: options.theme, maxFontSize: options.maxFontSize },
    lang,
  );
  return {
    scope,
    tiles,
    autoPlaced: placement.autoPlaced.map((k) => byCode.get(k)?.name ?? k),
    rows: placement.rows,
    cols: placement.cols,
    option,
  };
}
