// 压力测试's sentence: the buffers read in the unit of the table's 所需缓冲 column, figure for
// figure (the sweep's gd_a: "东莞市城乡医疗救助基金自2025年第1季度起，需缓冲 0.02亿元" beside the
// table's 180.23万元), and the province's total is named apart, not among the 统筹区.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import type { StressResult } from '../../../src/domain/stress';
import { table } from '../../../src/report/html';
import { stressSentence } from '../../../src/report/sections/stress';

const result = (
  regionCode: string,
  level: StressResult['level'],
  fund: StressResult['fund'],
  firstRed: string | null,
  buffer: string,
  baselineFirstRed: string | null = null,
): StressResult => ({
  regionCode,
  level,
  fund,
  from: '2024Q4',
  opening: new Dec(0),
  currentMonths: null,
  points: [],
  baselineFirstRed,
  firstRedQuarter: firstRed,
  baselineBuffer: new Dec(buffer),
  buffer: new Dec(buffer),
});

const NAMES: Record<string, string> = { '440000': '广东省', '441800': '清远市', '442000': '中山市', '441900': '东莞市', '440100': '广州市' };
const name = (code: string): string => NAMES[code] ?? code;

// gd_a's ranking under 支出增长10%, the province's resident fund among them.
const GD: StressResult[] = [
  result('441800', 'city', 'resident', '2025Q1', '238684700.12'),
  result('442000', 'city', 'resident', '2025Q1', '57347200.00'),
  result('441900', 'city', 'assistance', '2025Q1', '1802300.45'),
  result('440000', 'province', 'resident', '2025Q4', '133518200.00'),
  result('440100', 'city', 'resident', null, '0'),
];

/** The 所需缓冲 cells as the report's table writes them. */
const tableCells = (rows: readonly StressResult[], lang: 'zh' | 'en'): string[] => {
  const html = table({ head: ['地区', { text: '所需缓冲', num: true }], lang, rows: rows.map((r) => ({ cells: [name(r.regionCode), { text: r.buffer.toFixed(2), num: true, col: 'buffer', money: r.buffer }] })) });
  return [...html.matchAll(/data-col="buffer"[^>]*>([^<]*)</g)].map((m) => m[1]!);
};

describe('report: the stress sentence', () => {
  it('says each buffer as the table does: a small one in 万元 with two decimals, not 0.02亿元', () => {
    const zh = stressSentence(GD, name, '3', '全省', 'zh');
    expect(zh).toBe(
      '该情景下跌入红色档（可支付月数低于 3 个月）的统筹区：清远市城乡居民医保基金自2025年第1季度起，需缓冲 23,868.47万元；' +
        '中山市城乡居民医保基金自2025年第1季度起，需缓冲 5,734.72万元；东莞市城乡医疗救助基金自2025年第1季度起，需缓冲 180.23万元。' +
        '全省汇总跌入红色档：广东省城乡居民医保基金自2025年第4季度起，需缓冲 13,351.82万元。',
    );
    expect(zh).not.toContain('亿元');
    // Figure for figure the table's cells.
    expect(tableCells(GD, 'zh')).toEqual(['23,868.47', '5,734.72', '180.23', '13,351.82', '0.00']);
    for (const cell of tableCells(GD, 'zh').filter((c) => c !== '0.00')) expect(zh).toContain(`${cell}万元`);
    const en = stressSentence(GD, name, '3', '全省', 'en');
    expect(en).toContain('东莞市 Medical assistance fund from 2025 Q1, buffer 1.80 million yuan');
    for (const cell of tableCells(GD, 'en').filter((c) => c !== '0.00')) expect(en).toContain(`${cell} million yuan`);
  });

  it('keeps 亿元 where every buffer reads two digits in it (the sample: 0.66亿元 and 6.46亿元)', () => {
    const sample = [result('150900', 'city', 'assistance', '2025Q1', '65991153.44'), result('150900', 'city', 'resident', '2025Q3', '646096719.90')];
    expect(stressSentence(sample, () => '乌兰察布市', '3', '全区', 'zh')).toContain(
      '乌兰察布市城乡医疗救助基金自2025年第1季度起，需缓冲 0.66亿元；乌兰察布市城乡居民医保基金自2025年第3季度起，需缓冲 6.46亿元',
    );
  });

  it('names the province apart, never among the 统筹区', () => {
    const zh = stressSentence(GD, name, '3', '全省', 'zh');
    const pools = /的统筹区：(.*?)。/.exec(zh)?.[1] ?? '';
    expect(pools).toContain('清远市');
    expect(pools).not.toContain('广东省');
    const en = stressSentence(GD, name, '3', '全省', 'en');
    expect(/Pools that .*?: (.*?)\./.exec(en)?.[1]).not.toContain('广东省');
    expect(en).toContain('The province as a whole falls into the red band: 广东省 Resident basic medical insurance fund from 2025 Q4, buffer 133.52 million yuan.');
    // Only the province red: no pool is, and the province is still said (in the words of the data's province).
    const onlyProvince = [result('150000', 'province', 'resident', '2025Q2', '1000000'), result('150900', 'city', 'resident', null, '0')];
    expect(stressSentence(onlyProvince, () => '内蒙古自治区', '3', '全区', 'zh')).toBe(
      '该情景下未来四个季度各统筹区可支付月数均不低于 3 个月。全区汇总跌入红色档：内蒙古自治区城乡居民医保基金自2025年第2季度起，需缓冲 100.00万元。',
    );
    // Nothing red: as before.
    expect(stressSentence([result('150900', 'city', 'resident', null, '0')], () => 'x', '3', '全区', 'zh')).toBe('该情景下未来四个季度各统筹区可支付月数均不低于 3 个月，无需缓冲。');
  });

  it('says where the baseline is red too: the scenario did not push those pools into red (the sample: both red from the same quarters in the baseline)', () => {
    const rows = [
      result('150900', 'city', 'assistance', '2025Q1', '65991153.44', '2025Q1'),
      result('150200', 'city', 'resident', '2025Q2', '1000000.00', '2025Q4'),
      result('150100', 'city', 'resident', '2025Q3', '2000000.00'),
    ];
    const names: Record<string, string> = { '150900': '乌兰察布市', '150200': '包头市', '150100': '呼和浩特市' };
    expect(stressSentence(rows, (c) => names[c] ?? c, '3', '全区', 'zh')).toBe(
      '该情景下跌入红色档（可支付月数低于 3 个月）的统筹区：乌兰察布市城乡医疗救助基金自2025年第1季度起（基准预测亦自该季度起），需缓冲 6,599.12万元；' +
        '包头市城乡居民医保基金自2025年第2季度起（基准预测自2025年第4季度起），需缓冲 100.00万元；呼和浩特市城乡居民医保基金自2025年第3季度起，需缓冲 200.00万元。',
    );
    expect(stressSentence(rows, (c) => names[c] ?? c, '3', 'the region', 'en')).toContain(
      '乌兰察布市 Medical assistance fund from 2025 Q1 (so is the baseline), buffer 65.99 million yuan; 包头市 Resident basic medical insurance fund from 2025 Q2 (baseline: from 2025 Q4), buffer',
    );
  });
});
