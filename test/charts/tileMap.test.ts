// The tile map: placement (layout file, automatic grid, regions the layout
// misses) and the option drawn as SVG by the real ECharts under Node.
import * as echarts from 'echarts';
import { afterEach, describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { autoGrid, autoGridColumns, placeTiles, type TilePosition } from '../../src/charts/tileLayout';
import {
  buildTileMapOption,
  contrastRatio,
  cjkNameLines,
  genericNameLines,
  TILE_FILL,
  textOn,
  nameInLines,
  tileLabel,
  tileSeverity,
  valueLines,
  type TileDatum,
} from '../../src/charts/options/tileMap';
import type { ChartOption } from '../../src/charts/options/chartOption';
import { EVIL_NAME, POLICY_2024 } from './fixtures';

let chart: echarts.ECharts | null = null;

function render(option: ChartOption, width = 600, height = 400): string {
  chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ ...option, animation: false });
  return chart.renderToSVGString();
}

afterEach(() => {
  chart?.dispose();
  chart = null;
});

const layout = (rows: [string, number, number][]): Map<string, TilePosition> =>
  new Map(rows.map(([code, row, col]) => [code, { row, col }]));

describe('automatic grid', () => {
  it('is a little wider than tall and fills rows in order', () => {
    expect([1, 4, 12, 20].map(autoGridColumns)).toEqual([2, 3, 5, 6]);
    expect(autoGrid(5)).toEqual([
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 0, col: 2 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
    ]);
    expect(autoGrid(0)).toEqual([]);
  });

  it('places regions in code order when the layout names none of them (a city’s counties)', () => {
    const placed = placeTiles(['150203', '150201', '150202'], layout([['150100', 0, 0]]));
    expect(placed.tiles.map((t) => [t.key, t.row, t.col, t.auto])).toEqual([
      ['150201', 0, 0, true],
      ['150202', 0, 1, true],
      ['150203', 0, 2, true],
    ]);
    expect(placed.autoPlaced).toEqual([]);
    expect([placed.rows, placed.cols]).toEqual([1, 3]);
  });
});

describe('layout placement', () => {
  it('uses the layout, shifted to start at (0, 0)', () => {
    const placed = placeTiles(['b', 'a'], layout([['a', 2, 5], ['b', 3, 7]]));
    expect(placed.tiles.map((t) => [t.key, t.row, t.col, t.auto])).toEqual([
      ['a', 0, 0, false],
      ['b', 1, 2, false],
    ]);
    expect([placed.rows, placed.cols]).toEqual([2, 3]);
  });

  it('puts regions the layout misses in rows below it, in code order, and names them', () => {
    const placed = placeTiles(['d', 'c', 'b', 'a'], layout([['a', 0, 0], ['b', 0, 1]]));
    expect(placed.autoPlaced).toEqual(['c', 'd']);
    expect(placed.tiles.map((t) => [t.key, t.row, t.col, t.auto])).toEqual([
      ['a', 0, 0, false],
      ['b', 0, 1, false],
      ['c', 1, 0, true],
      ['d', 1, 1, true],
    ]);
  });

  it('never puts two tiles on one cell, even from an unchecked layout', () => {
    const placed = placeTiles(['a', 'b'], layout([['a', 0, 0], ['b', 0, 0]]));
    const cells = placed.tiles.map((t) => `${t.row},${t.col}`);
    expect(new Set(cells).size).toBe(2);
    expect(placed.autoPlaced).toEqual(['b']);
  });
});

/** One tile per coverage band of the default policy and one without data. */
const TILES: TileDatum[] = [
  { key: '150100', name: '甲市', row: 0, col: 0, auto: false, value: new Dec('0.996') },
  { key: '150200', name: '乙市', row: 0, col: 2, auto: false, value: new Dec('0.992') },
  { key: '150300', name: '丙市', row: 1, col: 1, auto: false, value: new Dec('0.98') },
  { key: '150400', name: EVIL_NAME, row: 1, col: 2, auto: true, value: null },
];

describe('tile map option', () => {
  it('takes each tile’s severity from the policy through the domain', () => {
    expect(TILES.map((t) => tileSeverity(t, 'coverage', POLICY_2024))).toEqual([null, 'yellow', 'red', null]);
    expect(tileSeverity({ ...TILES[0]!, value: new Dec(3), worst: 'orange' }, 'alerts', POLICY_2024)).toBe('orange');
  });

  it('labels every tile with its name, a severity mark and the value', () => {
    expect(TILES.map((t) => tileLabel(t, 'coverage', POLICY_2024))).toEqual([
      '甲市\n○ 99.6%',
      '乙市\n● 99.2%',
      '丙市\n▲ 98.0%',
      `${EVIL_NAME}\n无数据`,
    ]);
    expect(tileLabel({ ...TILES[0]!, value: new Dec('2.345') }, 'months_payable', POLICY_2024, 'en')).toBe('甲市\n▲ 2.3 mo');
  });

  // Found by stop 33's presenter walk: 商都县 at 5.96 months read "◆ 6.0个月" in orange beside 卓资县's "○ 6.0个月" in green.
  it('keeps months on their side of a band limit as rates keep theirs: 5.96 below 6 is never 6.0, 8.98 below 9 never 9.0', () => {
    const months = (value: string): string => tileLabel({ ...TILES[0]!, value: new Dec(value) }, 'months_payable', POLICY_2024);
    expect(months('5.96')).toBe('甲市\n◆ 5.96个月');
    expect(months('8.98')).toBe('甲市\n○ 8.98个月');
    // 6.04 is normal (6 and above), and so is a 6.0: no more places than the band needs.
    expect(months('6.04')).toBe('甲市\n○ 6.0个月');
    expect(months('7.04')).toBe('甲市\n○ 7.0个月');
    expect(months('2.999')).toBe('甲市\n▲ 2.999个月');
  });

  it('prints a rate on the side of the band limit its colour is from, and never 100% unless everyone is', () => {
    // 6,445 of 6,446: 99.98449…%, a full tile at one decimal would say "100.0%".
    expect(tileLabel({ ...TILES[0]!, value: new Dec(6445).div(6446) }, 'coverage', POLICY_2024)).toBe('甲市\n○ 99.98%');
    // 98.96% is below the 99% target: its mark says so, and so does its figure.
    const below = { ...TILES[0]!, value: new Dec('0.9896') };
    expect(tileSeverity(below, 'coverage', POLICY_2024)).not.toBeNull();
    expect(tileLabel(below, 'coverage', POLICY_2024)).toMatch(/\n. 98\.96%$/);
  });

  it('a tile whose months payable is below zero says 已透支, red; its tooltip keeps the computed figure', () => {
    // −5,650,657.42 over an average monthly expenditure of 9,417,762.37: −0.5999… months.
    const tile = { ...TILES[0]!, value: new Dec('-5650657.42').div('9417762.37') };
    expect(tileLabel(tile, 'months_payable', POLICY_2024)).toBe('甲市\n▲ 已透支');
    expect(tileLabel(tile, 'months_payable', POLICY_2024, 'en')).toBe('甲市\n▲ overdrawn');
    const option = buildTileMapOption({ indicator: 'months_payable', tiles: [tile], policy: POLICY_2024 }) as { tooltip: { formatter: (p: unknown) => string } };
    expect(option.tooltip.formatter({ dataIndex: 0 })).toContain('可支付月数 已透支（计算值 -0.6个月）（红色）');
  });

  it('picks tile text that reads at ≥ 4.5:1 on every fill', () => {
    for (const fill of Object.values(TILE_FILL)) expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
  });

  it('renders to the reviewed SVG: equal squares, labels inside, no border strokes', () => {
    const svg = render(buildTileMapOption({ indicator: 'coverage', tiles: TILES, policy: POLICY_2024 }));
    // The hostile name has words: it goes on two lines, broken at its space, escaped on both.
    for (const text of ['甲市', '○ 99.6%', '● 99.2%', '▲ 98.0%', '无数据', '&lt;img src=x', 'onerror=alert(1)&gt;']) {
      expect(svg).toContain(text);
    }
    expect(svg).not.toContain('<img');
    expect(svg).not.toMatch(/stroke-width="[1-9]/);
    expect(svg).toMatchSnapshot();
  });

  it("keeps each label's weight and size: its style attribute is not cut short by the font family's quotes", () => {
    const svg = render(buildTileMapOption({ indicator: 'coverage', tiles: TILES, policy: POLICY_2024 }));
    const labels = svg.match(/<text [^>]*>○ 99\.6%/g) ?? [];
    expect(labels).toHaveLength(1);
    expect(labels[0]).toMatch(/ style="font: 600 \d+px 'Noto Sans CJK SC', [^"]*sans-serif" /);
  });

  it('renders in English on the dark theme', () => {
    const svg = render(buildTileMapOption({ indicator: 'coverage', tiles: TILES, policy: POLICY_2024, theme: 'dark' }, 'en'));
    expect(svg).toContain('no data');
    expect(svg).toContain('#0b1726');
  });
});

// Found by the province sweep: Xinjiang's 克孜勒苏柯尔克孜自治州 on the overview
// (six columns, tiles ~100 px) needed a font below the 9 px floor on one line
// and was cut to "克孜勒苏柯尔克孜自…". A name ending in 自治州 / 自治县 / 自治旗 /
// 地区 goes on two lines, broken before that ending, when that reads larger.
describe('tile map: long autonomous-region names', () => {
  const long: TileDatum[] = [
    { key: '653000', name: '克孜勒苏柯尔克孜自治州', row: 0, col: 5, auto: false, value: new Dec('0.998') },
    { key: '654000', name: '伊犁哈萨克自治州', row: 1, col: 4, auto: false, value: new Dec('0.997') },
    { key: '654200', name: '塔城地区', row: 1, col: 5, auto: false, value: new Dec('0.996') },
    { key: '659001', name: '石河子市', row: 3, col: 0, auto: false, value: new Dec('0.997') },
  ];
  const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

  it('shows the whole name, broken before its ending, never cut', () => {
    // 660 × 450 px: six columns, four rows, tiles of about 100 px, as on the overview.
    const svg = render(buildTileMapOption({ indicator: 'coverage', tiles: long, policy: POLICY_2024 }), 660, 450);
    const shown = texts(svg);
    expect(shown.some((t) => t.includes('...') || t.includes('…'))).toBe(false);
    expect(shown).toEqual(expect.arrayContaining(['克孜勒苏柯尔克孜', '自治州', '伊犁哈萨克', '塔城地区', '石河子市']));
  });

  it('keeps a short name on one line', () => {
    const svg = render(buildTileMapOption({ indicator: 'coverage', tiles: long, policy: POLICY_2024 }), 660, 450);
    expect(texts(svg)).not.toContain('塔城');
  });
});

// Found by the province sweep (provinces branch): Hainan's 469000 省直辖县级行政区划,
// shown as 海南省省直辖县级行政区划 (domain/regionName), was drawn at the 9 px floor
// on the overview's five-city map and cut to "海南省省直辖县级行政…".
describe('tile map: a province-governed counties unit shown behind its parent', () => {
  const hainan: TileDatum[] = [
    { key: '460100', name: '海口市', row: 0, col: 0, auto: false, value: new Dec('0.9985') },
    { key: '460200', name: '三亚市', row: 0, col: 1, auto: false, value: new Dec('0.9987') },
    { key: '460300', name: '三沙市', row: 0, col: 2, auto: false, value: new Dec('0.9995') },
    { key: '460400', name: '儋州市', row: 1, col: 0, auto: false, value: new Dec('0.9962') },
    { key: '469000', name: '海南省省直辖县级行政区划', row: 1, col: 1, auto: false, value: new Dec('0.9981') },
  ];
  const drawn = (svg: string): { text: string; size: number }[] =>
    [...svg.matchAll(/<text[^>]*font: 600 (\d+)px[^>]*>([^<]*)<\/text>/g)].map(([, size = '0', text = '']) => ({ text, size: Number(size) }));

  it('draws the whole name on lines, at 12 px or more, never cut', () => {
    // 3 × 2 tiles of about 105 px, as the overview draws five cities in a 1440 px window.
    const texts = drawn(render(buildTileMapOption({ indicator: 'coverage', tiles: hainan, policy: POLICY_2024 }), 340, 230));
    expect(texts.some((t) => t.text.includes('...') || t.text.includes('…'))).toBe(false);
    const at = texts.findIndex((t) => t.text === '海南省');
    expect(texts.slice(at, at + 4).map((t) => t.text)).toEqual(['海南省', '省直辖', '县级行政区划', '○ 99.8%']);
    expect(texts[at]?.size).toBeGreaterThanOrEqual(12);
  });

  it('breaks the generic name before 县级, and leaves other names alone', () => {
    expect(genericNameLines('海南省省直辖县级行政区划')).toEqual([
      ['海南省', '省直辖县级行政区划'],
      ['海南省', '省直辖', '县级行政区划'],
    ]);
    expect(genericNameLines('新疆维吾尔自治区自治区直辖县级行政区划')).toContainEqual(['新疆维吾尔自治区', '自治区直辖', '县级行政区划']);
    // As regionName shows it, behind a middle dot that the break replaces.
    expect(genericNameLines('海南省·省直辖县级行政区划')).toEqual(genericNameLines('海南省省直辖县级行政区划'));
    expect(genericNameLines('·省直辖县级行政区划')).toEqual([]);
    expect(genericNameLines('重庆市市辖区')).toEqual([]);
    expect(genericNameLines('重庆市·市辖区')).toEqual([]);
    expect(genericNameLines('省直辖县级行政区划')).toEqual([]);
    expect(genericNameLines('仙桃市')).toEqual([]);
  });
});

describe('tile names written in words (an English dataset)', () => {
  // 乌兰察布市's eleven counties under names in English, laid out as on the overview (5 columns),
  // drawn at the overview's size for a 1440 px window (a 1,310 × 330 px chart, tiles about 100 px).
  const NAMES = [
    'Jining District', 'Zhuozi County', 'Huade County', 'Shangdu County', 'Xinghe County', 'Liangcheng County',
    'Qahar Right Wing Front Banner', 'Qahar Right Wing Middle Banner', 'Qahar Right Wing Rear Banner', 'Siziwang Banner', 'Fengzhen City',
  ];
  const tiles: TileDatum[] = NAMES.map((name, i) => ({ key: String(150901 + i), name, row: Math.floor(i / 5), col: i % 5, auto: false, value: new Dec('0.996') }));
  /** Each text of the picture with its font size in px, in drawing order. */
  const texts = (svg: string): { text: string; size: number }[] =>
    [...svg.matchAll(/<text[^>]*font: 600 (\d+)px[^>]*>([^<]*)<\/text>/g)].map(([, size = '0', text = '']) => ({ text, size: Number(size) }));

  it('draws every name at 11 px or more, whole, on lines broken at its spaces', () => {
    const drawn = texts(render(buildTileMapOption({ indicator: 'coverage', tiles, policy: POLICY_2024 }, 'en'), 1310, 330));
    expect(Math.min(...drawn.map((t) => t.size))).toBeGreaterThanOrEqual(11);
    // No name is cut: each word of each name is drawn (a line holds whole words).
    const words = drawn.flatMap((t) => t.text.split(' '));
    for (const name of NAMES) for (const word of name.split(' ')) expect(words, name).toContain(word);
    expect(drawn.some((t) => t.text.includes('...') || t.text.includes('…'))).toBe(false);
  });

  it('breaks a name at its spaces into even lines', () => {
    expect(nameInLines('Qahar Right Wing Front Banner', 2)).toEqual(['Qahar Right Wing', 'Front Banner']);
    expect(nameInLines('Qahar Right Wing Front Banner', 3)).toEqual(['Qahar Right', 'Wing Front', 'Banner']);
    expect(nameInLines('Siziwang Banner', 3)).toBeNull();
    // A Chinese name is not written in words: it keeps its own rule (nameOnTwoLines).
    expect(nameInLines('察哈尔右翼 前旗', 2)).toBeNull();
  });

  it('leaves Chinese names as they were: 察哈尔右翼前旗 on one line', () => {
    const chinese = tiles.map((t, i) => ({ ...t, name: ['集宁区', '卓资县', '化德县', '商都县', '兴和县', '凉城县', '察哈尔右翼前旗', '察哈尔右翼中旗', '察哈尔右翼后旗', '四子王旗', '丰镇市'][i] ?? '' }));
    const drawn = texts(render(buildTileMapOption({ indicator: 'coverage', tiles: chinese, policy: POLICY_2024 }, 'en'), 1310, 330));
    expect(drawn.map((t) => t.text)).toContain('察哈尔右翼前旗');
  });
});

describe('a narrow tile (a phone: six columns of 52 px)', () => {
  it('breaks a Chinese name into lines, whole: before its one-character ending, or in even runs', () => {
    expect(cjkNameLines('巴彦淖尔市')).toEqual([['巴彦淖尔', '市'], ['巴彦淖', '尔市']]);
    expect(cjkNameLines('莫力达瓦达斡尔族自治旗')).toContainEqual(['莫力达瓦', '达斡尔族', '自治旗']);
    expect(cjkNameLines('包头市')).toEqual([]);
    // A grouping behind its municipality breaks at the middle dot first, the dot dropped.
    expect(cjkNameLines('重庆市·县')[0]).toEqual(['重庆市', '县']);
    expect(cjkNameLines('重庆市·市辖区')[0]).toEqual(['重庆市', '市辖区']);
    expect(cjkNameLines('Qahar Right Wing Front Banner')).toEqual([]);
  });

  it('breaks a value after its mark or before its unit', () => {
    expect(valueLines('○ 12.3个月')).toEqual([['○ 12.3个月'], ['○', '12.3个月'], ['○ 12.3', '个月']]);
    expect(valueLines('▲ 已透支')).toEqual([['▲ 已透支'], ['▲', '已透支']]);
    expect(valueLines('无数据')).toEqual([['无数据']]);
  });

  it('draws the sample’s twelve cities at 11 px or more at a phone’s 332 × 448 px (9 px before), whatever the indicator', () => {
    const CITIES: [string, string, number, number][] = [
      ['150700', '呼伦贝尔市', 0, 5], ['152200', '兴安盟', 1, 5], ['150800', '巴彦淖尔市', 2, 1], ['150200', '包头市', 2, 2],
      ['150900', '乌兰察布市', 2, 3], ['152500', '锡林郭勒盟', 2, 4], ['150500', '通辽市', 2, 5], ['152900', '阿拉善盟', 3, 0],
      ['150300', '乌海市', 3, 1], ['150600', '鄂尔多斯市', 3, 2], ['150100', '呼和浩特市', 3, 3], ['150400', '赤峰市', 3, 4],
    ];
    const sizes = (svg: string): number[] => [...svg.matchAll(/font: 600 (\d+)px/g)].map(([, size = '0']) => Number(size));
    for (const [indicator, value] of [['coverage', '0.998'], ['months_payable', '12.34'], ['months_payable', '-0.6'], ['alerts', '12']] as const) {
      const tiles: TileDatum[] = CITIES.map(([key, name, row, col]) => ({ key, name, row, col, auto: false, value: new Dec(value), worst: 'red' }));
      const svg = render(buildTileMapOption({ indicator, tiles, policy: POLICY_2024 }, 'zh'), 332, 448);
      expect(Math.min(...sizes(svg)), `${indicator} ${value}`).toBeGreaterThanOrEqual(11);
      expect(svg, `${indicator} ${value}`).not.toMatch(/\.\.\.|…/);
    }
  });
});
