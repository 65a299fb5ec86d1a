import { describe, expect, it } from 'vitest';
import { Dec, money } from '../../src/domain/money';
import {
  balanceRateText,
  cardsMoneyUnits,
  chooseMoneyUnit,
  exactYuan,
  formatMoney,
  formatRate,
  headlineMoneyUnit,
  headWithUnit,
  listMoneyUnit,
  moneyFigure,
  moneyUnitById,
  moneyWithUnit,
  moneyWithUnitShown,
  readsInList,
  restateMoney,
  roundedIn,
  groupRoundedIn,
  tableMoneyUnit,
  tableMoneyUnits,
} from '../../src/domain/moneyUnit';

const unitOf = (values: string[], lang: 'zh' | 'en' = 'zh') => chooseMoneyUnit(values.map(money), lang).label;

describe('chooseMoneyUnit', () => {
  it('picks 元 below 10,000 and 万元 from 10,000 (the boundary)', () => {
    expect(unitOf(['9999.99'])).toBe('元');
    expect(unitOf(['10000'])).toBe('万元');
    expect(formatMoney(money('9999.99'), 'zh')).toBe('9,999.99元');
    expect(formatMoney(money('10000'), 'zh')).toBe('1.00万元');
  });

  it('picks 亿元 from 100,000,000, counting a figure that rounds up to it', () => {
    expect(unitOf(['99999999.99'])).toBe('万元');
    expect(formatMoney(money('99999999.99'), 'zh')).toBe('10,000.00万元');
    expect(unitOf(['100000000'])).toBe('亿元');
    expect(formatMoney(money('5164000000'), 'zh')).toBe('51.64亿元');
    // 9,999.995 would print 10,000.00元 at two decimals: it reads in 万元 instead.
    expect(unitOf(['9999.995'])).toBe('万元');
  });

  it('measures negative values by their magnitude', () => {
    expect(unitOf(['-250000000'])).toBe('亿元');
    expect(formatMoney(money('-250000000'), 'zh')).toBe('-2.50亿元');
    expect(formatMoney(money('-290249007.77'), 'en')).toBe('-290.25 million yuan');
  });

  it('reads zero, an empty set and nulls in 万元 / million yuan, and a zero that rounds prints unsigned', () => {
    expect(unitOf(['0'])).toBe('万元');
    expect(chooseMoneyUnit([], 'zh').label).toBe('万元');
    expect(chooseMoneyUnit([null, undefined], 'en').label).toBe('million yuan');
    expect(formatMoney(money('0'), 'en')).toBe('0.00 million yuan');
    expect(moneyFigure(money('-49.99'), chooseMoneyUnit([money('15035000')], 'zh'))).toBe('0.00');
  });

  it('one unit for the whole set: the issue\'s 其他 1,503.50万元 beside 51.64亿元 becomes 0.15 / 51.64 亿元', () => {
    const column = [money('15035000'), money('5164000000')];
    const u = chooseMoneyUnit(column, 'zh');
    expect(column.map((d) => moneyFigure(d, u))).toEqual(['0.15', '51.64']);
    expect(headWithUnit('其他', u)).toBe('其他（亿元）');
  });

  it('English uses yuan / thousand / million / billion, two decimals at most', () => {
    expect(unitOf(['999.99'], 'en')).toBe('yuan');
    expect(unitOf(['1000'], 'en')).toBe('thousand yuan');
    expect(unitOf(['999999.99'], 'en')).toBe('thousand yuan');
    expect(unitOf(['1000000'], 'en')).toBe('million yuan');
    expect(unitOf(['1000000000'], 'en')).toBe('billion yuan');
    expect(formatMoney(money('17960565.39'), 'en')).toBe('17.96 million yuan');
    expect(formatMoney(money('1234567890'), 'en')).toBe('1.23 billion yuan');
    expect(moneyWithUnit(money('1503.5'), chooseMoneyUnit([money('1503.5')], 'en'))).toBe('1.50 thousand yuan');
  });

  it('keeps the exact yuan to the fen for the hover title', () => {
    expect(exactYuan(money('17960565.39'), 'zh')).toBe('17,960,565.39元');
    expect(exactYuan(money('17960565.39'), 'en')).toBe('17,960,565.39 yuan');
  });
});

describe('formatRate', () => {
  const target = [new Dec('0.99')];
  it('tells 98.9% from 99.0% at two decimals', () => {
    expect(formatRate(new Dec('0.989029'))).toBe('98.90%');
    expect(formatRate(new Dec('0.99996'), 2, [new Dec('0.99')])).toBe('99.996%');
    expect(formatRate(new Dec('0.99'))).toBe('99.00%');
  });

  it('never rounds a red value up to the target: more decimals near it', () => {
    expect(formatRate(new Dec('0.98996'))).toBe('99.00%');
    expect(formatRate(new Dec('0.98996'), 2, target)).toBe('98.996%');
    expect(formatRate(new Dec('0.9899999'), 2, target)).toBe('98.99999%');
    // At or above the target it reads as ever.
    expect(formatRate(new Dec('0.99'), 2, target)).toBe('99.00%');
    expect(formatRate(new Dec('0.990004'), 2, target)).toBe('99.0004%');
    expect(formatRate(new Dec('0.9962'), 2, target)).toBe('99.62%');
  });

  it('works for upper thresholds too (growth gap above 5 pp)', () => {
    expect(formatRate(new Dec('0.050001'), 2, [new Dec('0.05')])).toBe('5.0001%');
  });
});

describe('restateMoney', () => {
  it('restates a sentence in the unit of its smallest figure, never finer than it prints, figures read back exactly', () => {
    // Checkable as written: 19,737.10 ÷ 1,237.00 = 15.96 (in 亿元 it read 1.97 ÷ 0.12, which is 16.4).
    expect(restateMoney('累计结余 19,737.10万元 ÷ 近4个季度月均支出 1,237.00万元 = 15.96 个月', 'zh')).toBe(
      '累计结余 19,737.10万元 ÷ 近4个季度月均支出 1,237.00万元 = 15.96 个月',
    );
    expect(restateMoney('累计结余 197,371.00万元 ÷ 近4个季度月均支出 12,370.00万元 = 15.96 个月', 'zh')).toBe(
      '累计结余 19.74亿元 ÷ 近4个季度月均支出 1.24亿元 = 15.96 个月',
    );
    // A figure printed in 亿元 is never restated finer (5.56亿元 is not 55,600.00万元).
    expect(restateMoney('结余 5.56亿元，缺口 666.69万元', 'zh')).toBe('结余 5.56亿元，缺口 0.07亿元');
    expect(restateMoney('收入 1,380.44万元 − 支出 1,651.02万元 = -270.58万元，低于 0.00万元（红色）', 'zh')).toBe(
      '收入 1,380.44万元 − 支出 1,651.02万元 = -270.58万元，低于 0.00万元（红色）',
    );
    expect(restateMoney('income 13.8044 million yuan − expenditure 16.5102 million yuan = -2.7058 million yuan, below 0.0000 million yuan', 'en')).toBe(
      'income 13.80 million yuan − expenditure 16.51 million yuan = -2.71 million yuan, below 0.00 million yuan',
    );
    expect(restateMoney('98.90%，低于目标 99.00%', 'zh')).toBe('98.90%，低于目标 99.00%');
  });

  // The report's gap finding of 东莞市 (gap 400,012.34 − 400,000.00 = 12.34, no opening balance): its figures said
  // 12.34元 (readsAsZero) and the balance's exact 0.00 took chooseMoneyUnit's default, 0.00万元, beside them.
  it('a zero takes the unit of the rest of the sentence: 0.00元 beside 12.34元, never 0.00万元', () => {
    expect(restateMoney('东莞市 城乡医疗救助基金 2024年缺口 12.34元，累计结余弥补 0.00万元，剩余 12.34元：无下辖县区，由本级承担 12.34元。', 'zh')).toBe(
      '东莞市 城乡医疗救助基金 2024年缺口 12.34元，累计结余弥补 0.00元，剩余 12.34元：无下辖县区，由本级承担 12.34元。',
    );
    expect(restateMoney('gap 12.34 yuan, covered by the accumulated balance 0.00 million yuan, remaining 12.34 yuan', 'en')).toBe(
      'gap 12.34 yuan, covered by the accumulated balance 0.00 yuan, remaining 12.34 yuan',
    );
    // A zero sets no unit: 500.00 thousand yuan is the smallest figure, the zero reads beside it in thousands.
    expect(restateMoney('gap 500.00 thousand yuan, covered by the accumulated balance 0.00 million yuan', 'en')).toBe(
      'gap 500.00 thousand yuan, covered by the accumulated balance 0.00 thousand yuan',
    );
  });
});

describe('moneyWithUnitShown', () => {
  const yi = moneyUnitById('yi', 'zh');
  const wan = moneyUnitById('wan', 'zh');
  it('adds decimals to an amount that would read zero, until two significant digits show', () => {
    expect(moneyWithUnitShown(new Dec('14788.40'), yi)).toBe('0.00015亿元');
    expect(moneyWithUnitShown(new Dec('-49.00'), wan)).toBe('-0.0049万元');
    // Never past the fen: 0.01元 in 亿元 is the tenth decimal.
    expect(moneyWithUnitShown(new Dec('0.01'), yi)).toBe('0.0000000001亿元');
    expect(moneyWithUnitShown(new Dec('0.01'), moneyUnitById('million', 'en'))).toBe('0.00000001 million yuan');
  });
  it('leaves zero and every amount that shows at two decimals as moneyWithUnit has it', () => {
    expect(moneyWithUnitShown(new Dec('0'), yi)).toBe('0.00亿元');
    expect(moneyWithUnitShown(new Dec('500000.00'), yi)).toBe('0.01亿元');
    expect(moneyWithUnitShown(new Dec('123456.78'), wan)).toBe(moneyWithUnit(new Dec('123456.78'), wan));
  });
});

describe('roundedIn', () => {
  it('is true when a figure has more than two decimals in the unit, never for nulls or exact figures', () => {
    const wan = moneyUnitById('wan', 'zh');
    // 6,700.00 元 = 0.67 万元 exactly; 760.00 元 = 0.076 万元; 0.01 元 = 0.000001 万元.
    expect(roundedIn([money('67000'), money('6700'), null, undefined], wan)).toBe(false);
    expect(roundedIn([money('67000'), money('760')], wan)).toBe(true);
    expect(roundedIn([money('-0.01')], wan)).toBe(true);
    expect(roundedIn([money('1234.56')], moneyUnitById('yuan', 'zh'))).toBe(false);
    expect(roundedIn([money('1500000')], moneyUnitById('million', 'en'))).toBe(false);
    expect(roundedIn([money('1505000')], moneyUnitById('million', 'en'))).toBe(true);
  });
});

describe('tableMoneyUnit: a table\'s unit comes from its body rows, the total row reads in it', () => {
  const m = (values: string[]) => values.map(money);

  it('the regions choose: cities of 8,611,700 / 4,902,200 / 898,500 yuan read in 万元 although their total is 1.37亿', () => {
    // Largest city 8,611,700 < 100,000,000: 万元. With the total 136,859,800 in the set it was 亿元 (0.09 / 0.05 / 0.01).
    const u = tableMoneyUnit(m(['8611700', '4902200', '898500']), m(['136859800']), 'zh');
    expect(u.label).toBe('万元');
    expect(moneyFigure(money('898500'), u)).toBe('89.85');
    // The total in the same unit, with the integer digits it needs.
    expect(moneyFigure(money('136859800'), u)).toBe('13,685.98');
    // English: 8,611,700 reaches a million, not a billion.
    expect(tableMoneyUnit(m(['8611700', '898500']), m(['136859800']), 'en').label).toBe('million yuan');
  });

  it('a table of its total alone, or whose body has nothing to measure, takes the total\'s unit', () => {
    expect(tableMoneyUnit([], m(['136859800']), 'zh').label).toBe('亿元');
    expect(tableMoneyUnit([null, undefined], m(['136859800']), 'zh').label).toBe('亿元');
    expect(tableMoneyUnit(m(['0', '0']), m(['250']), 'zh').label).toBe('元');
    // Nothing anywhere: 万元, as chooseMoneyUnit reads an empty set.
    expect(tableMoneyUnit([], [], 'zh').label).toBe('万元');
    expect(tableMoneyUnit(m(['0']), m(['0']), 'en').label).toBe('million yuan');
  });

  it('steps down a unit while a region\'s money would read 0.00–0.09 (one digit or none), the largest keeping ≤ 7 integer digits', () => {
    // 对账 in Chinese: 赤峰市 153,600,000 (1.54亿) beside 乌海市 2,547,075.69 (0.03亿): 万元, 15,360.00 and 254.71.
    const zh = tableMoneyUnit(m(['153600000', '2547075.69']), [], 'zh');
    expect(zh.label).toBe('万元');
    expect(moneyFigure(money('2547075.69'), zh)).toBe('254.71');
    // 0.10 is two digits: it stays (1.54 and 0.10 亿元).
    expect(tableMoneyUnit(m(['153600000', '10000000']), [], 'zh').label).toBe('亿元');
    // A negative figure is measured by its size: −0.03亿 steps down too.
    expect(tableMoneyUnit(m(['153600000', '-2547075.69']), [], 'zh').label).toBe('万元');
    // 对账: 赤峰市 received 153,600,000 yuan (1.54亿), 乌海市 420,000 (0.0042亿 → "0.00"): 万元, 15,360.00 and 42.00.
    const u = tableMoneyUnit(m(['153600000', '420000']), [], 'zh');
    expect(u.label).toBe('万元');
    expect(moneyFigure(money('420000'), u)).toBe('42.00');
    expect(moneyFigure(money('153600000'), u)).toBe('15,360.00');
    // English: 1.54 billion and 0.00042 billion → million yuan (1,536.00 and 0.42).
    expect(tableMoneyUnit(m(['153600000', '420000']), [], 'en').label).toBe('million yuan');
    // A difference of 20 yuan beside 8,907,631.73 (0.00 万元 → 元): 8,907,631.73 has 7 integer digits, so 元.
    expect(tableMoneyUnit(m(['-8907631.73', '20']), [], 'zh').label).toBe('元');
    // Beside 12,345,678.90 yuan (8 digits in 元) it stays 万元: 0.00 there, but 12,345,678.90 is not a figure to read.
    expect(tableMoneyUnit(m(['12345678.90', '20']), [], 'zh').label).toBe('万元');
    // The total counts for the digits: cities of 420,000 and 153,600,000,000 (1,536亿) with it keep 亿元.
    expect(tableMoneyUnit(m(['153600000000', '420000']), [], 'zh').label).toBe('亿元');
    // Zero is zero: a region with nothing reads 0.00 in any unit and moves nothing.
    expect(tableMoneyUnit(m(['153600000', '0']), [], 'zh').label).toBe('亿元');
    // A total that exceeds 7 digits in the smaller unit keeps the larger one.
    expect(tableMoneyUnit(m(['150000000', '400']), m(['199999999999']), 'zh').label).toBe('亿元');
  });

  it('measures negative figures by their magnitude, in the body as before', () => {
    // A shortfall of −24,200 yuan in a city: 万元, though the province's −427,300 is larger still.
    expect(tableMoneyUnit(m(['-24200', '-980']), m(['-427300']), 'zh').label).toBe('万元');
    expect(tableMoneyUnit(m(['-980', '15']), m(['-427300']), 'zh').label).toBe('元');
  });
});

describe('tableMoneyUnits: a group shares one unit, chosen from its body rows', () => {
  const m = (values: string[]) => values.map(money);

  it('due and paid share the cities\' unit; a column outside the group keeps its own; the province total reads in it', () => {
    // Due: cities 8,611,700 and 898,500, total 136,859,800; paid: 8,587,500 and 897,500, total 136,432,500;
    // the difference alone: 24,200 and 1,000, total 427,300.
    const columns = [
      { body: m(['8611700', '898500']), total: m(['136859800']), group: 'due' },
      { body: m(['8587500', '897500']), total: m(['136432500']), group: 'due' },
      { body: m(['24200', '1000']), total: m(['427300']) },
    ];
    const units = tableMoneyUnits(columns, 'zh');
    expect(units.map((u) => u.label)).toEqual(['万元', '万元', '万元']);
    // A share of 6,700 alone would read in 元; grouped with its total subsidy 67,000 it reads in the group's 万元 (0.67).
    // The province totals (2亿, 0.2亿) choose nothing; 760 outside the group reads in 元 though its total is 3亿.
    const mixed = tableMoneyUnits([
      { body: m(['67000']), total: m(['200000000']), group: 'split' },
      { body: m(['6700']), total: m(['20000000']), group: 'split' },
      { body: m(['760']), total: m(['300000000']) },
    ], 'zh');
    expect(mixed.map((u) => u.label)).toEqual(['万元', '万元', '元']);
    // Every figure of the group, the total too, exact at two decimals in 万元: no note.
    expect(groupRoundedIn([{ body: m(['67000']), total: m(['200000000']), group: 'split' }], [mixed[0]!])).toBe(false);
  });

  it('one unit for every money column of a table, in English too (the sample\'s 应资助与实际资助)', () => {
    // 特困人员: 呼和浩特市 2,140,000 and 乌海市 230,000; 孤儿: 10,400 and 2,000; due 8,611,700 and 898,500
    // (total 136,859,800); the difference 24,200 and 1,000 (total 427,300). Chosen per column the English
    // row read 2.14 million | 10.40 thousand | 8.61 million | 24.20 thousand. One unit: the cities' 2,000
    // reads 0.00 million, so thousand, where the total keeps 136,859.80 (six integer digits).
    const columns = [
      { body: m(['2140000', '230000']), total: m(['34346800']) },
      { body: m(['10400', '2000']), total: m(['152800']) },
      { body: m(['8611700', '898500']), total: m(['136859800']), group: 'due' },
      { body: m(['8587500', '897500']), total: m(['136432500']), group: 'due' },
      { body: m(['24200', '1000']), total: m(['427300']) },
    ];
    expect(tableMoneyUnits(columns, 'en').map((u) => u.label)).toEqual(Array(5).fill('thousand yuan'));
    const thousand = moneyUnitById('thousand', 'en');
    expect(['2140000', '10400', '8611700', '24200', '136859800'].map((v) => moneyFigure(money(v), thousand))).toEqual(['2,140.00', '10.40', '8,611.70', '24.20', '136,859.80']);
    // Chinese read 万元 throughout before and still does (0.20万元 for the 2,000 yuan).
    expect(tableMoneyUnits(columns, 'zh').map((u) => u.label)).toEqual(Array(5).fill('万元'));
  });

  it('a column whose money would read 0.00–0.09 in the table\'s unit keeps its own, when the unit cannot step down', () => {
    // 12,345,678.90 yuan has 8 integer digits in 元: the table reads 万元, where 20 yuan would be 0.00.
    const columns = [{ body: m(['12345678.90', '5000000']), total: [] }, { body: m(['20', '-15']), total: [] }, { body: m(['3000000']), total: [] }];
    expect(tableMoneyUnits(columns, 'zh').map((u) => u.label)).toEqual(['万元', '元', '万元']);
    // English steps down to thousand (12,345.68 has five integer digits), where 20 yuan still reads 0.02: yuan.
    expect(tableMoneyUnits(columns, 'en').map((u) => u.label)).toEqual(['thousand yuan', 'yuan', 'thousand yuan']);
    // A group keeps its own unit together: 20 yuan grouped with 800 yuan reads 20.00 and 800.00 元.
    const grouped = tableMoneyUnits([{ body: m(['123456789.00']), total: [] }, { body: m(['20']), total: [], group: 'g' }, { body: m(['800']), total: [], group: 'g' }], 'zh');
    expect(grouped.map((u) => u.label)).toEqual(['万元', '元', '元']);
  });

  it('says a group is rounded when a total reads rounded in the body\'s unit, never for a column outside a group', () => {
    const wan = moneyUnitById('wan', 'zh');
    // 136,859,800 = 13,685.98万元 exactly; 136,859,801 = 13,685.9801万元: rounded.
    expect(groupRoundedIn([{ body: m(['8611700']), total: m(['136859800']), group: 'due' }], [wan])).toBe(false);
    expect(groupRoundedIn([{ body: m(['8611700']), total: m(['136859801']), group: 'due' }], [wan])).toBe(true);
    expect(groupRoundedIn([{ body: m(['8611701']), total: m(['136859801']) }], [wan])).toBe(false);
  });
});

describe('headlineMoneyUnit', () => {
  const unit = (headline: string | null, beside: string[], lang: 'zh' | 'en' = 'zh') => headlineMoneyUnit(headline === null ? null : money(headline), beside.map(money), lang).label;

  it("reads a headline in its own unit, the figures beside it in the same one (集宁区's -2,167.72万元 beside 亿元 flows)", () => {
    expect(unit('-21677200.00', ['350000000.00', '371677200.00'])).toBe('万元');
    expect(unit('880000000.00', ['16290000000.00', '15410000000.00'])).toBe('亿元');
    expect(unit('-14788.40', ['200000000.00', '200014788.40'])).toBe('万元');
    expect(unit('9999.00', ['12000.00'])).toBe('元');
  });

  it('steps up only while a figure beside it would need more than seven integer digits', () => {
    // 99,999,999,949.99 reads 9,999,999.99万元 (seven digits); 99,999,999,950.00 rounds to 10,000,000.00万元 (eight): 亿元.
    expect(unit('3000000.00', ['99999999949.99'])).toBe('万元');
    expect(unit('3000000.00', ['99999999950.00'])).toBe('亿元');
    // 元 → 万元 for a 9,999元 headline beside 1亿 (100,000,000.00元 is nine digits).
    expect(unit('9999.00', ['100000000.00'])).toBe('万元');
  });

  it('leaves a zero or missing headline to the figures beside it, and reads English in its units', () => {
    expect(unit('0', ['350000000.00'])).toBe('亿元');
    expect(unit(null, ['35000.00'])).toBe('万元');
    expect(unit('-21677200.00', ['350000000.00'], 'en')).toBe('million yuan');
    expect(unit('-14788.40', ['200000000.00'], 'en')).toBe('thousand yuan');
  });
});

describe('listMoneyUnit / readsInList: one unit down a list of sentences', () => {
  const u = (id: Parameters<typeof moneyUnitById>[0], lang: 'zh' | 'en' = 'en') => moneyUnitById(id, lang);

  it('is the unit most sentences read in on their own; a tie goes to the larger unit; none: undefined', () => {
    expect(listMoneyUnit([u('thousand'), u('million'), u('million'), u('billion')], 'en')?.label).toBe('million yuan');
    expect(listMoneyUnit([u('thousand'), u('thousand'), u('million')], 'en')?.label).toBe('thousand yuan');
    expect(listMoneyUnit([u('thousand'), u('million')], 'en')?.label).toBe('million yuan');
    expect(listMoneyUnit([u('wan', 'zh'), u('yi', 'zh'), u('wan', 'zh')], 'zh')?.label).toBe('万元');
    expect(listMoneyUnit([], 'en')).toBeUndefined();
  });

  it('reads well: every amount that is not zero with two digits at least, none with more than seven integer digits', () => {
    const million = u('million');
    // -950,868.27 reads -0.95 million; 57,450.00 would read 0.06; zero reads 0.00 and is fine.
    expect(readsInList([money('-950868.27'), money('0')], million)).toBe(true);
    expect(readsInList([money('-950868.27'), money('57450.00')], million)).toBe(false);
    expect(readsInList([money('-99000')], million)).toBe(true); // 0.10 after rounding
    expect(readsInList([money('-94999.99')], million)).toBe(false); // 0.09
    // 9,999,999.99 million is seven digits; 10,000,000.00 is eight.
    expect(readsInList([money('9999999994999.99')], million)).toBe(true);
    expect(readsInList([money('9999999995000.00')], million)).toBe(false);
  });
});

describe('cardsMoneyUnits: money cards side by side share the smaller of their units where it fits', () => {
  const m = (v: string | null) => (v === null ? null : money(v));
  const labels = (cards: [string | null, (string | null)[]][], lang: 'zh' | 'en') => cardsMoneyUnits(cards.map(([h, b]) => ({ headline: m(h), beside: b.map(m) })), lang).map((u) => u.label);

  it('882.17 million beside 10.92 billion: million for both; Chinese 亿元 for both as each reads alone', () => {
    const row: [string | null, (string | null)[]][] = [['882170000.00', ['16288930000.00', '15406760000.00']], ['10921880000.00', ['10039710000.00']]];
    expect(labels(row, 'en')).toEqual(['million yuan', 'million yuan']);
    expect(labels(row, 'zh')).toEqual(['亿元', '亿元']);
  });

  it('each its own where a figure would need more than seven integer digits in the smaller unit', () => {
    // -657,390.00 reads in thousand; 16,288,930,000.00 would be 16,288,930.00 thousand (eight digits).
    expect(labels([['-657390.00', ['3509630.00', '4167020.00']], ['16288930000.00', []]], 'en')).toEqual(['thousand yuan', 'billion yuan']);
  });

  it('a card with nothing to measure chooses nothing', () => {
    expect(labels([['880000000.00', ['16290000000.00', '15410000000.00']], [null, [null]]], 'zh')).toEqual(['亿元', '亿元']);
  });
});

// The stop-44 sweep (广东, 东莞市): a deficit of 12.34元 on 400,000.00元 of income, a rate of
// -12.34 / 400,000 = -0.003085%, read "当期结余率 0.00%" in the report's finding and balance table.
describe('balanceRateText', () => {
  it('keeps a balance rate on its side of zero', () => {
    expect(balanceRateText(new Dec('-12.34').div(new Dec('400000')))).toBe('-0.003%');
    expect(balanceRateText(new Dec('0.0444'))).toBe('4.44%');
    expect(balanceRateText(new Dec('0'))).toBe('0.00%');
  });
});
