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
import { bandBoundaries, inBandOf, severityOf, type PolicyBands } from '../../domain/policy/severity';
import { formatRate } from '../../domain/moneyUnit';
import { GENERIC_NAME_SEPARATOR, GENERIC_REGION_NAMES } from '../../domain/regionName';
import type { Severity } from '../../domain/types';
import { escapeHtml } from '../escapeHtml';
import { SEVERITY_MARK } from '../palette';
import { countText } from '../format';
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

/** A shape per severity (one rule for every chart and the big screen: palette.ts). */
export { SEVERITY_MARK };

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
export function tileValueText(tile: TileDatum, indicator: TileIndicator, policy: PolicyBands, lang: Lang = DEFAULT_LANG, full = false): string {
  const t = TEXT[lang];
  if (tile.value === null) return t.noData;
  switch (indicator) {
    case 'coverage':
    case 'balance_rate':
      // On the side of each band limit the tile's colour says (98.96% against 99% is never "99.0%").
      return formatRate(tile.value, 1, bandBoundaries(indicator, policy));
    case 'months_payable':
      return (full ? monthsPayableInFull : monthsPayableText)(tile.value, lang, 1, t.months, inBandOf(indicator, tile.value, policy));
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
  return `${tile.name}\n${mark}${tileValueText(tile, indicator, policy, lang)}`;
}

/**
 * A line's width in em, a little generous: CJK, the severity marks and % a full
 * em, digits and Latin letters a little over half, spaces and points less.
 */
export function widthInEm(line: string): number {
  let em = 0;
  for (const ch of line) {
    if (ch === ' ' || ch === '.' || ch === ',') em += 0.3;
    else if (/[0-9]/.test(ch)) em += 0.56;
    // % is nearly an em in the CJK fonts the charts use (0.96 in Noto Sans CJK): "○ 99.8%" was cut on a narrow tile.
    else if (ch === '%') em += 1;
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
 * region is shown by behind its parent's name (domain/regionName: 海南省·省直辖县级行政区划).
 * 市辖区 and 县 are short enough for one line.
 */
const LONG_GENERIC_NAMES = GENERIC_REGION_NAMES.filter((g) => g.length > 3);

/**
 * Ways to draw a parent's name followed by a long generic one (海南省·省直辖县级行政区划,
 * twelve characters: on one line below the 9 px floor on the overview, and cut):
 * the parent's name, then the generic name whole or broken before its 县级
 * (海南省 / 省直辖 / 县级行政区划). Empty for any other name.
 */
export function genericNameLines(name: string): string[][] {
  const generic = LONG_GENERIC_NAMES.find((g) => name.endsWith(g) && name.length > g.length);
  if (generic === undefined) return [];
  // The middle dot displayName sets before a generic name ends the line it is on: the break says it.
  const parent = name.slice(0, -generic.length).replace(new RegExp(`${GENERIC_NAME_SEPARATOR}$`), '');
  if (parent === '') return [];
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

/** One-character endings of a region's name (巴彦淖尔 / 市), broken before when a narrow tile reads larger so. */
const SHORT_ENDINGS = ['市', '盟', '旗', '县', '区'];

/**
 * A name in Chinese characters on two or three lines, for a narrow tile (a phone's
 * six columns of 52 px): before a one-character ending (巴彦淖尔 / 市), then as even
 * runs (莫力达瓦 / 达斡尔族 / 自治旗). The whole name, only broken; empty for a
 * name of words or one too short to break.
 */
export function cjkNameLines(name: string): string[][] {
  const chars = [...name];
  if (/[A-Za-z]/.test(name) || chars.length < 4) return [];
  const out: string[][] = [];
  // A generic name behind its parent's (重庆市·市辖区) breaks at the middle dot, which the break replaces.
  const dot = name.lastIndexOf(GENERIC_NAME_SEPARATOR);
  if (dot > 0 && dot < name.length - 1) out.push([name.slice(0, dot), name.slice(dot + 1)]);
  const last = chars.at(-1) ?? '';
  if (SHORT_ENDINGS.includes(last)) out.push([chars.slice(0, -1).join(''), last]);
  for (const count of [2, 3]) {
    if (chars.length < 2 * count) continue;
    const per = Math.ceil(chars.length / count);
    out.push(Array.from({ length: Math.ceil(chars.length / per) }, (_, i) => chars.slice(i * per, (i + 1) * per).join('')));
  }
  return out;
}

/**
 * The value line whole, or for a narrow tile broken after its severity mark (▲ / 已透支,
 * ○ / 99.8%) or before a unit in words (○ 12.3 / 个月).
 */
export function valueLines(line: string): string[][] {
  const out = [[line]];
  const at = line.indexOf(' ');
  if (at > 0) out.push([line.slice(0, at), line.slice(at + 1)]);
  const unit = /[\u4e00-\u9fff]+$/.exec(line);
  if (unit && unit.index > 0 && /\d$/.test(line.slice(0, unit.index))) out.push([line.slice(0, unit.index), unit[0]]);
  return out;
}

/** The size (px) a tile's text is readable at: below it, a name may go on more lines (cjkNameLines). */
const READABLE = 11;

/** The share of a narrow tile's width a line may take by widthInEm's estimate (0.88 elsewhere). */
const NARROW_FILL = 0.8;

/** How much taller than wide a tile may be drawn where its cell is tall and narrow (a phone): room for a name on lines. */
const TALL = 1.5;

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
    // Equal squares whatever the chart's shape: the smaller side of a cell, less the gap. Where the
    // cell is taller than wide (six columns in a phone's 330 px) the tiles are drawn taller, up to
    // TALL times their width, so that a name may go on lines and read at 11 px or more.
    const w = Math.min(cellW, cellH) * (1 - GAP);
    const h = Math.min(cellH * (1 - GAP), w * TALL);
    const x = (center[0] ?? 0) - w / 2;
    const y = (center[1] ?? 0) - h / 2;
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
    // On a narrow tile (a phone) any name may go on lines (cjkNameLines) and the value
    // break after its mark, whichever reads largest; the whole name stays, in the
    // tooltip and the table too.
    const [name = '', value = ''] = oneLine;
    const inWords = /[A-Za-z]/.test(name);
    const floor = inWords ? WORDS_FLOOR : 9;
    // `fill`: the share of the tile's width a line may take by widthInEm's estimate; a narrow tile
    // leaves more to spare (the browser's % and ○ ran past the estimate and were cut: "○ 99....").
    const sizeFor = (lines: readonly string[], fill = 0.88): number =>
      Math.max(
        floor,
        Math.min(maxFont, Math.floor(h / 6), Math.floor((w * fill) / Math.max(...lines.map(widthInEm))), Math.floor((h * 0.94) / (1.6 * lines.length))),
      );
    const rest = oneLine.slice(1);
    const largest = (candidates: readonly (string[] | null)[], from: string[], fill?: number): string[] =>
      candidates.reduce<string[]>((best, c) => (c !== null && sizeFor(c, fill) > sizeFor(best, fill) ? c : best), from);
    const broken = inWords ? [nameInLines(name, 2), nameInLines(name, 3)] : [nameOnTwoLines(name), ...genericNameLines(name)];
    let lines = largest(
      broken.map((n) => (n === null ? null : [...n, ...rest])),
      oneLine,
    );
    let nameSize = sizeFor(lines);
    // Only where that still reads below 11 px (a narrow tile): Chinese names broken anywhere, the value after its mark.
    if (nameSize < READABLE) {
      const names = [[name], ...broken.filter((n): n is string[] => n !== null), ...(inWords ? [] : cjkNameLines(name))];
      const values = oneLine.length > 1 ? valueLines(value) : [[]];
      lines = largest(
        names.flatMap((n) => values.map((v) => [...n, ...v])),
        lines,
        NARROW_FILL,
      );
      nameSize = sizeFor(lines, NARROW_FILL);
    }
    return {
      type: 'group',
      children: [
        { type: 'rect', shape: { x, y, width: w, height: h, r: Math.min(6, w / 12) }, style: { fill: item.fill } },
        {
          type: 'text',
          x: x + w / 2,
          y: y + h / 2,
          style: {
            text: lines.join('\n'),
            fill: item.text,
            font: `600 ${nameSize}px ${FONT_FAMILY}`,
            lineHeight: Math.round(nameSize * 1.6),
            align: 'center',
            verticalAlign: 'middle',
            width: w * 0.94,
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
        `${escapeHtml(TILE_INDICATOR_LABEL[input.indicator][lang])} ${escapeHtml(tileValueText(item.tile, input.indicator, input.policy, lang, true))}（${escapeHtml(state)}）`,
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
