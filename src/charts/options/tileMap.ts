// 分区方块图: one equal-size square tile per region on a schematic grid (no
// drawn boundaries: DOMAIN.md "Regions" — a shared display should not draw
// borders without an approval number), coloured by the severity the policy
// gives the chosen indicator's value. Every tile says its name, a severity
// mark and its value, so colour is never the only cue.
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { SEVERITY_LABEL } from '../../domain/labels';
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import type { Decimal } from '../../domain/money';
import { monthsPayableInFull, monthsPayableText } from '../../domain/monthsPayableText';
import { severityOf, type PolicyBands } from '../../domain/policy/severity';
import { GENERIC_REGION_NAMES } from '../../domain/regionName';
import type { Severity } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { countText, percentText } from '../format';
import type { PlacedTile } from '../tileLayout';
import { FONT_FAMILY, itemTooltip, type ChartOption } from './chartOption';

export const TILE_INDICATORS = ['coverage', 'months_payable', 'balance_rate', 'alerts'] as const;
export type TileIndicator = (typeof TILE_INDICATORS)[number];

export const TILE_INDICATOR_LABEL: Record<TileIndicator, { zh: string; en: string }> = {
  coverage: { zh: '救助对象参保率', en: 'Enrollment rate' },
  months_payable: { zh: '可支付月数', en: 'Months payable' },
  balance_rate: { zh: '当期结余率', en: 'Balance rate' },
  alerts: { zh: '预警数', en: 'Alerts' },
};

export interface TileDatum extends PlacedTile {
  name: string;
  /** The indicator's value; for `alerts` the number of alerts. null = no data. */
  value: Decimal | null;
  /** `alerts` only: the worst severity among the region's alerts (the alerts' own, from the domain). */
  worst?: Severity | null;
}

export type TileTheme = 'light' | 'dark';

export interface TileMapInput {
  indicator: TileIndicator;
  tiles: readonly TileDatum[];
  policy: PolicyBands;
  theme?: TileTheme;
  /** Largest name font size in px; the tile size lowers it. */
  maxFontSize?: number;
}

/** Tile fills, chosen dark or light enough that one of black or white text reads on each at ≥ 4.5:1. */
export const TILE_FILL: Record<Severity | 'normal' | 'none', string> = {
  red: '#c62828',
  orange: '#f08c2e',
  yellow: '#f5cd47',
  blue: '#2a6db0',
  normal: '#2e7d4f',
  none: '#5f6b78',
};

/** A shape per severity, printed before the value: the severity read without colour. */
export const SEVERITY_MARK: Record<Severity | 'normal', string> = {
  red: '▲',
  orange: '◆',
  yellow: '●',
  blue: '■',
  normal: '○',
};

const PAGE_BACKGROUND: Record<TileTheme, string> = { light: '#ffffff', dark: '#0b1726' };

const TEXT = texts(
  {
    noData: '无数据',
    normal: '正常',
    alerts: (n: string) => `${n} 条`,
    months: (m: string) => `${m}个月`,
    auto: '（自动排布）',
  },
  {
    noData: 'no data',
    normal: 'Normal',
    alerts: (n: string) => `${n} alerts`,
    months: (m: string) => `${m} mo`,
    auto: ' (placed automatically)',
  },
);

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const DARK_TEXT = '#111111';
const LIGHT_TEXT = '#ffffff';

/** Black or white, whichever reads better on `fill`. */
export function textOn(fill: string): string {
  return contrastRatio(fill, DARK_TEXT) >= contrastRatio(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/** The severity of a tile, as the domain gives it: never a band applied here. */
export function tileSeverity(tile: TileDatum, indicator: TileIndicator, policy: PolicyBands): Severity | null {
  if (indicator === 'alerts') return tile.worst ?? null;
  return severityOf(indicator, tile.value, policy);
}

/**
 * The value as the tile prints it; `full` (the tooltip and the table, which have
 * room) keeps the computed figure beside 已透支 (domain/monthsPayableText).
 */
export function tileValueText(tile: TileDatum, indicator: TileIndicator, lang: Lang = DEFAULT_LANG, full = false): string {
  const t = TEXT[lang];
  if (tile.value === null) return t.noData;
  switch (indicator) {
    case 'coverage':
    case 'balance_rate':
      return percentText(tile.value, 1);
    case 'months_payable':
      return (full ? monthsPayableInFull : monthsPayableText)(tile.value, lang, 1, t.months);
    case 'alerts':
      return t.alerts(countText(tile.value.toNumber()));
  }
}

function tileFill(tile: TileDatum, severity: Severity | null): string {
  if (tile.value === null) return TILE_FILL.none;
  return TILE_FILL[severity ?? 'normal'];
}

/** The label of a tile: name, then severity mark and value. */
export function tileLabel(tile: TileDatum, indicator: TileIndicator, policy: PolicyBands, lang: Lang = DEFAULT_LANG): string {
  const severity = tileSeverity(tile, indicator, policy);
  const mark = tile.value === null ? '' : `${SEVERITY_MARK[severity ?? 'normal']} `;
  return `${tile.name}\n${mark}${tileValueText(tile, indicator, lang)}`;
}

/**
 * A line's width in em, a little generous: CJK and the severity marks a full
 * em, digits and Latin letters a little over half, spaces and points less.
 */
export function widthInEm(line: string): number {
  let em = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '.' || ch === ',') em += 0.3;
    else if (/[0-9]/.test(ch)) em += 0.56;
    else em += (ch.codePointAt(0) ?? 0) <= 0x24f ? 0.62 : 1;
  }
  return em;
}

/** Endings a long name is broken before when it reads larger on two lines (伊犁哈萨克 / 自治州). */
const NAME_ENDINGS = ['自治州', '自治县', '自治旗', '地区'];

/** The name broken before its administrative ending; null when it has none (or nothing before it worth a line). */
export function nameOnTwoLines(name: string): [string, string] | null {
  const ending = NAME_ENDINGS.find((e) => name.endsWith(e) && name.length > e.length + 1);
  return ending === undefined ? null : [name.slice(0, -ending.length), ending];
}

/**
 * The long generic names of the official lists (省直辖县级行政区划…), which a
 * region is shown by behind its parent's name (domain/regionName: 海南省省直辖县级行政区划).
 * 市辖区 and 县 are short enough for one line.
 */
const LONG_GENERIC_NAMES = GENERIC_REGION_NAMES.filter((g) => g.length > 3);

/**
 * Ways to draw a parent's name followed by a long generic one (海南省省直辖县级行政区划,
 * twelve characters: on one line below the 9 px floor on the overview, and cut):
 * the parent's name, then the generic name whole or broken before its 县级
 * (海南省 / 省直辖 / 县级行政区划). Empty for any other name.
 */
export function genericNameLines(name: string): string[][] {
  const generic = LONG_GENERIC_NAMES.find((g) => name.endsWith(g) && name.length > g.length);
  if (generic === undefined) return [];
  const parent = name.slice(0, -generic.length);
  const at = generic.indexOf('县级');
  return at > 0 ? [[parent, generic], [parent, generic.slice(0, at), generic.slice(at)]] : [[parent, generic]];
}

/**
 * A name written in words (Latin letters: "Qahar Right Wing Front Banner")
 * broken at its spaces into `count` lines, the widest as narrow as can be;
 * null when it has fewer words than lines, or is not written in words.
 */
export function nameInLines(name: string, count: number): string[] | null {
  const words = name.trim().split(/\s+/);
  if (!/[A-Za-z]/.test(name) || words.length < count) return null;
  let best: string[] | null = null;
  let bestWidth = Infinity;
  // Every way to cut the words into `count` runs (a name has a handful of words).
  const cut = (from: number, left: number, lines: string[]): void => {
    if (left === 1) {
      const all = [...lines, words.slice(from).join(' ')];
      const width = Math.max(...all.map(widthInEm));
      if (width < bestWidth) [best, bestWidth] = [all, width];
      return;
    }
    for (let end = from + 1; end <= words.length - (left - 1); end++) cut(end, left - 1, [...lines, words.slice(from, end).join(' ')]);
  };
  cut(0, count, []);
  return best;
}

/** The smallest size a name of words is drawn at (px): at 9 px Latin letters do not read; past it the name is cut, whole in the tooltip and the table. */
const WORDS_FLOOR = 11;

/** Gap between tiles as a share of a tile: space, not a drawn border. */
const GAP = 0.06;

export function buildTileMapOption(input: TileMapInput, lang: Lang = DEFAULT_LANG): ChartOption {
  const t = TEXT[lang];
  const theme = input.theme ?? 'light';
  const tiles = input.tiles;
  const cols = Math.max(1, ...tiles.map((d) => d.col + 1));
  const rows = Math.max(1, ...tiles.map((d) => d.row + 1));
  const maxFont = input.maxFontSize ?? 16;
  const styled = tiles.map((tile) => {
    const severity = tileSeverity(tile, input.indicator, input.policy);
    const fill = tileFill(tile, severity);
    return { tile, severity, fill, text: textOn(fill), label: tileLabel(tile, input.indicator, input.policy, lang) };
  });

  const renderItem = (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI): CustomSeriesRenderItemReturn => {
    const item = styled[params.dataIndex];
    if (!item) return null;
    const center = api.coord([item.tile.col, item.tile.row]);
    const cell = api.size?.([1, 1]) as number[] | undefined;
    const cellW = cell?.[0] ?? 0;
    const cellH = cell?.[1] ?? 0;
    // Equal squares whatever the chart's shape: the smaller side of a cell, less the gap.
    const side = Math.min(cellW, cellH) * (1 - GAP);
    const x = (center[0] ?? 0) - side / 2;
    const y = (center[1] ?? 0) - side / 2;
    const oneLine = item.label.split('\n');
    // The whole name rather than a cut one (察哈尔右翼前旗 and 察哈尔右翼后旗 differ
    // only at the end): the font shrinks until the longest line fits. A long
    // autonomous prefecture's name (克孜勒苏柯尔克孜自治州) goes on two lines,
    // broken before its ending, when that reads larger: on one line it would
    // need less than the 9 px floor and be cut.
    // A province's 省直辖县级行政区划, shown behind the province's name, goes on
    // two or three lines the same way (genericNameLines).
    // A name written in words (English) goes on two or three lines, broken at its
    // spaces, when that reads larger, and never below 11 px.
    const [name = '', ...rest] = oneLine;
    const inWords = /[A-Za-z]/.test(name);
    const floor = inWords ? WORDS_FLOOR : 9;
    const sizeFor = (lines: readonly string[]): number =>
      Math.max(
        floor,
        Math.min(maxFont, Math.floor(side / 6), Math.floor((side * 0.88) / Math.max(...lines.map(widthInEm))), Math.floor((side * 0.94) / (1.6 * lines.length))),
      );
    const broken = inWords ? [nameInLines(name, 2), nameInLines(name, 3)] : [nameOnTwoLines(name), ...genericNameLines(name)];
    const lines = broken.reduce<string[]>((best, b) => (b !== null && sizeFor([...b, ...rest]) > sizeFor(best) ? [...b, ...rest] : best), oneLine);
    const nameSize = sizeFor(lines);
    return {
      type: 'group',
      children: [
        { type: 'rect', shape: { x, y, width: side, height: side, r: Math.min(6, side / 12) }, style: { fill: item.fill } },
        {
          type: 'text',
          x: x + side / 2,
          y: y + side / 2,
          style: {
            text: lines.join('\n'),
            fill: item.text,
            font: `600 ${nameSize}px ${FONT_FAMILY}`,
            lineHeight: Math.round(nameSize * 1.6),
            align: 'center',
            verticalAlign: 'middle',
            width: side * 0.94,
            overflow: 'truncate',
          },
        },
      ],
    };
  };

  return {
    textStyle: { fontFamily: FONT_FAMILY },
    backgroundColor: PAGE_BACKGROUND[theme],
    animation: false,
    grid: { left: 4, right: 4, top: 4, bottom: 4 },
    xAxis: { type: 'category', data: Array.from({ length: cols }, (_, i) => String(i)), show: false },
    yAxis: { type: 'category', data: Array.from({ length: rows }, (_, i) => String(i)), show: false, inverse: true },
    tooltip: itemTooltip(styled, (item) => {
      const state = item.tile.value === null ? t.noData : item.severity === null ? t.normal : SEVERITY_LABEL[item.severity][lang];
      return [
        `<strong>${escapeHtml(item.tile.name)}</strong>${item.tile.auto ? escapeHtml(t.auto) : ''}`,
        `${escapeHtml(TILE_INDICATOR_LABEL[input.indicator][lang])} ${escapeHtml(tileValueText(item.tile, input.indicator, lang, true))}（${escapeHtml(state)}）`,
      ];
    }),
    series: [
      {
        type: 'custom',
        name: TILE_INDICATOR_LABEL[input.indicator][lang],
        coordinateSystem: 'cartesian2d',
        renderItem,
        data: styled.map((s) => ({ value: [s.tile.col, s.tile.row], name: s.tile.name })),
        encode: { x: 0, y: 1 },
      },
    ],
  };
}
