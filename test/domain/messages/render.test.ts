// renderMessage's two money styles for alert sentences: `record` (万元 with
// two decimals, what `analyze --json` keeps) and `reader` (every amount in
// one unit from the sentence's largest). The reader's sentence must be the
// record's with its money restated (restateMoney), figure for figure; a
// sum's terms (收入 − 支出 = 结余) are balanced, in both, so that they add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { message, type Message } from '../../../src/domain/messages/codes';
import { messagesMoneyUnit, renderMessage } from '../../../src/domain/messages/render';
import { headlineMoneyUnit, moneyUnitById, moneyWithUnit, restateMoney } from '../../../src/domain/moneyUnit';
import { Dec } from '../../../src/domain/money';
import { SAMPLES } from './samples';

/** An amount in yuan to the fen, from a few fen to 10^14 yuan, as exact text. */
const yuan = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map((fen) => {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
});
/** Amounts near a unit's threshold, where rounding to 100 yuan first decides the unit. */
const nearUnit = fc.constantFrom('99994999.99', '99995000.00', '99999950.00', '9999.49', '9950.00', '9999.99', '10000.00', '-99995000.00', '0.49', '0');
const amount = fc.oneof(yuan, nearUnit);

const deficit = (income: string, expenditure: string, balance: string, threshold: string): Message =>
  message('alert.current_deficit', { ...SAMPLES['alert.current_deficit'], income, expenditure, balance, threshold });
const reconciliation = (booked: string, received: string, difference: string, threshold: string): Message =>
  message('alert.reconciliation', { ...SAMPLES['alert.reconciliation'], comparison: 'gt', booked, received, difference, threshold, share: '0.05', documents: ['D1'] });

/** Not zero, and 0.00 (or -0.00) at two decimals of 万元 / four of million: the record's 100 yuan reads it as zero. */
const roundsAway = (yuan: string): boolean => !new Dec(yuan).isZero() && new Dec(new Dec(yuan).div(10_000).toFixed(2)).isZero();

describe('renderMessage money styles', () => {
  it('record: 万元 with two decimals, million yuan with four; a difference as well, as the report reads it', () => {
    const m = reconciliation('2734400', '2547100', '187300.01', '127355');
    expect(renderMessage(m, 'zh')).toContain('入账 273.44万元 − 到账 254.71万元 = 差额 18.73万元，|差额| 18.73万元 高于 12.74万元');
    expect(renderMessage(m, 'en')).toContain('booked 2.7344 million yuan − received 2.5471 million yuan = difference 0.1873 million yuan');
    const round = reconciliation('90000000', '47854080', '42145920', '2392704');
    expect(renderMessage(round, 'zh')).toContain('= 差额 4,214.59万元，|差额| 4,214.59万元 高于 239.27万元');
    expect(renderMessage(round, 'en')).toContain('= difference 42.1459 million yuan');
  });

  // The sweep (D6, gd_a's 清远市): analyze --json said "差额 11.326311万元，|差额| 11.326311万元 高于 2.831578万元",
  // the report "11.33万元", the terminal "113,263.11元": the record's difference now reads as the report's.
  it('record: a reconciliation difference and its threshold read two decimals of 万元, the figures of the report', () => {
    const m = reconciliation('679578.66', '566315.55', '113263.11', '28315.78');
    const record = renderMessage(m, 'zh');
    expect(record).toContain('入账 67.96万元 − 到账 56.63万元 = 差额 11.33万元，|差额| 11.33万元 高于 2.83万元（到账的 5.00%）');
    expect(renderMessage(m, 'en')).toContain('= difference 0.1133 million yuan, |difference| 0.1133 million yuan above 0.0283 million yuan (5.00% of received)');
    expect(renderMessage(m, 'zh', 'reader')).toBe(record);
    // No figure of the record's money with more than two decimals of 万元 (four of million yuan).
    expect(record).not.toMatch(/\d\.\d{3,}万元/);
    expect(renderMessage(m, 'en')).not.toMatch(/\d\.\d{5,} million yuan/);
  });

  it('record: more decimals, to the fen at most, only where two would read a difference as zero or on the other side of its threshold', () => {
    // 38 yuan booked too much, against a threshold of 0: not "差额 0.00万元，|差额| 0.00万元 高于 0.00万元".
    const tiny = reconciliation('1000038', '1000000', '38', '0');
    expect(renderMessage(tiny, 'zh')).toContain('= 差额 0.004万元，|差额| 0.004万元 高于 0.00万元');
    expect(renderMessage(tiny, 'en')).toContain('= difference 0.00004 million yuan, |difference| 0.00004 million yuan above 0.0000 million yuan');
    // A fen off: to the fen, and no further.
    expect(renderMessage(reconciliation('100.01', '100', '0.01', '0'), 'zh')).toContain('= 差额 0.000001万元，|差额| 0.000001万元 高于 0.00万元');
    // 28,360 above 28,351: two decimals would read "2.84万元 高于 2.84万元"; each keeps its own side.
    const near = reconciliation('595360', '567000', '28360', '28351');
    expect(renderMessage(near, 'zh')).toContain('= 差额 2.84万元，|差额| 2.84万元 高于 2.835万元');
    const below = reconciliation('567000', '595360', '-28360', '28351');
    expect(renderMessage(below, 'zh')).toContain('= 差额 -2.84万元，|差额| 2.84万元 高于 2.835万元');
  });

  it('reader: every amount in the unit of the smallest, two decimals: the figure it is about keeps its digits', () => {
    const m = deficit('138044000', '165102000', '-27058000', '0');
    expect(renderMessage(m, 'zh', 'reader')).toBe(
      'Region 150102 城乡居民医保基金 本季度当期结余 = 收入 13,804.40万元 − 支出 16,510.20万元 = -2,705.80万元，低于 0.00万元（红色）',
    );
    // All of them from 1亿元 up: 亿元.
    expect(renderMessage(deficit('1380440000', '1651020000', '-270580000', '0'), 'zh', 'reader')).toContain('收入 13.80亿元 − 支出 16.51亿元 = -2.71亿元');
    // A reconciliation off by 666.69万元 of 5.6亿元 received (the sample's 呼和浩特市): not "差额 -0.07亿元".
    expect(renderMessage(reconciliation('555577936.00', '562244871.23', '-6666935.23', '0.00'), 'zh', 'reader')).toContain('-666.69万元');
    expect(renderMessage(m, 'en', 'reader')).toBe(
      'Region 150102 resident basic medical insurance fund current balance this quarter = income 138.04 million yuan − ' +
        'expenditure 165.10 million yuan = -27.06 million yuan, below 0.00 million yuan (red)',
    );
  });

  it('reader: amounts below 10,000 yuan read exact to the fen, not the record\'s 100 yuan restated (150.10 is never "200.00元")', () => {
    // Found by the sweep of unseen data: a county whose year-to-date income and spending are a few hundred yuan.
    const m = deficit('100', '150.10', '-50.10', '0');
    expect(renderMessage(m, 'zh')).toContain('收入 0.01万元 − 支出 0.02万元 = -0.01万元');
    expect(renderMessage(m, 'zh', 'reader')).toBe('Region 150102 城乡居民医保基金 本季度当期结余 = 收入 100.00元 − 支出 150.10元 = -50.10元，低于 0.00元（红色）');
    expect(renderMessage(m, 'en', 'reader')).toBe(
      'Region 150102 resident basic medical insurance fund current balance this quarter = income 100.00 yuan − expenditure 150.10 yuan = -50.10 yuan, below 0.00 yuan (red)',
    );
    // All of them under 50 yuan: the record prints only zeros ("0.00万元 − 0.00万元 = 0.00万元, below 0.00万元").
    const tiny = deficit('0', '5.5', '-5.5', '0');
    expect(renderMessage(tiny, 'zh', 'reader')).toBe('Region 150102 城乡居民医保基金 本季度当期结余 = 收入 0.00元 − 支出 5.50元 = -5.50元，低于 0.00元（红色）');
    expect(renderMessage(deficit('9000', '9999.99', '-999.99', '0'), 'en', 'reader')).toContain('income 9.00 thousand yuan − expenditure 10.00 thousand yuan = -1.00 thousand yuan');
  });

  it("reader in English: thousands where Chinese reads 万元, the card's unit for the same figure (-0.66 million yuan beside a -657.39 thousand yuan card)", () => {
    const m = deficit('1200000.00', '1857390.12', '-657390.12', '0');
    const card = headlineMoneyUnit(new Dec('-657390.12'), [new Dec('1200000.00'), new Dec('1857390.12')], 'en');
    expect(card.label).toBe('thousand yuan');
    expect(renderMessage(m, 'en', 'reader')).toContain('income 1,200.00 thousand yuan − expenditure 1,857.39 thousand yuan = -657.39 thousand yuan, below 0.00 thousand yuan');
    expect(renderMessage(m, 'zh', 'reader')).toContain('收入 120.00万元 − 支出 185.74万元 = -65.74万元');
    // The record, what analyze --json keeps, is unchanged.
    expect(renderMessage(m, 'en')).toContain('income 1.2000 million yuan − expenditure 1.8574 million yuan = -0.6574 million yuan');
  });

  it('reader = the record sentence with its money restated, for any amounts from 10,000 yuan up', () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, (a, b, c, d) => {
        for (const m of [reconciliation(a, b, c, d)]) {
          for (const lang of ['zh', 'en'] as const) {
            // The amounts this sentence prints all below 10,000 yuan, or one the record's 100 yuan would read as
            // zero: read exact (the tests above and below).
            if (!/万元|亿元|million yuan|billion yuan/.test(renderMessage(m, lang, 'reader'))) continue;
            if ([a, b, c, d].some(roundsAway)) continue;
            expect(renderMessage(m, lang, 'reader')).toBe(restateMoney(renderMessage(m, lang), lang));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  // The UX sweep: 收入 20,444.70万元 − 支出 24,077.00万元 = -3,632.29万元, each term rounded on its own.
  it("writes a sum's terms so that they add up, two decimals, the total as it rounds, each part within one step of its value", () => {
    const number = /-?[\d,]+(?:\.\d+)?/g;
    const unitOf = (term: string): InstanceType<typeof Dec> => {
      const divisors: [RegExp, number][] = [[/亿元/, 1e8], [/billion/, 1e9], [/万元/, 1e4], [/million/, 1e6], [/thousand/, 1e3]];
      return new Dec(divisors.find(([re]) => re.test(term))?.[1] ?? 1);
    };
    fc.assert(
      fc.property(yuan, yuan, amount, (income, expenditure, threshold) => {
        const balance = new Dec(income).minus(expenditure).toFixed(2);
        // A term the record's 100 yuan would read as zero is said in 元 (the test below): not this property's.
        if ([income, expenditure, balance].some(roundsAway)) return;
        for (const style of ['record', 'reader'] as const) {
          for (const lang of ['zh', 'en'] as const) {
            const text = renderMessage(deficit(income, expenditure, balance, threshold), lang, style);
            const terms = (lang === 'zh' ? /收入 (.*) − 支出 (.*) = (.*?)，/ : /income (.*) − expenditure (.*) = (.*?), /).exec(text);
            expect(terms, text).not.toBeNull();
            const [x, y, z] = terms!.slice(1).map((t) => new Dec((t.match(number) ?? [''])[0]!.replace(/,/g, '')));
            expect(x!.minus(y!).eq(z!), text).toBe(true);
            const unit = unitOf(terms![1]!);
            const places = ((terms![1]!.match(number) ?? [''])[0]!.split('.')[1] ?? '').length;
            const step = new Dec(10).pow(-places);
            // The total as it rounds; each part at most one step from its value.
            expect(z!.eq(new Dec(new Dec(balance).div(unit).toFixed(places))), text).toBe(true);
            expect(x!.minus(new Dec(income).div(unit)).abs().lte(step), text).toBe(true);
            expect(y!.minus(new Dec(expenditure).div(unit)).abs().lte(step), text).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
    const m = deficit('204447040.00', '240769950.00', '-36322910.00', '0');
    // Rounded alone: 20,444.70 − 24,077.00 = -3,632.29 (the balance as it rounds). The expenditure, at 24,076.995 the
    // nearer a half step, is written 24,076.99: now they add up, and the balance is as the cards show it.
    expect(renderMessage(m, 'zh', 'reader')).toContain('收入 20,444.70万元 − 支出 24,076.99万元 = -3,632.29万元');
    expect(renderMessage(m, 'zh')).toContain('收入 20,444.70万元 − 支出 24,076.99万元 = -3,632.29万元');
    expect(renderMessage(m, 'en')).toContain('income 204.4470 million yuan − expenditure 240.7699 million yuan = -36.3229 million yuan');
    // Terms that add up already are each rounded as usual.
    expect(renderMessage(deficit('138044000', '165102000', '-27058000', '0'), 'zh', 'reader')).toContain('收入 13,804.40万元 − 支出 16,510.20万元 = -2,705.80万元');
  });

  it('a message without money reads the same in both styles', () => {
    const m = message('alert.coverage', SAMPLES['alert.coverage']);
    expect(renderMessage(m, 'zh', 'reader')).toBe(renderMessage(m, 'zh'));
    expect(renderMessage(m, 'en', 'reader')).toBe(renderMessage(m, 'en'));
  });
});

describe('renderMessage: months payable below zero', () => {
  // Balance −5,650,657.42 ÷ average monthly expenditure 9,417,762.37 = −0.5999… months.
  const months = '-0.5999';
  const m = message('alert.months_payable', { ...SAMPLES['alert.months_payable'], balance: '-5650657.42', window: 4, average: '9417762.37', months, threshold: '3' });

  it('record (analyze --json): the figure as the formula gives it, unchanged', () => {
    expect(renderMessage(m, 'zh')).toContain('= -0.60 个月，低于 3 个月（红色）');
    expect(renderMessage(m, 'en')).toContain('= -0.60 months, below 3 months (red)');
  });

  it('reader (screen, report, terminal): 已透支 / overdrawn, the computed figure in brackets', () => {
    expect(renderMessage(m, 'zh', 'reader')).toContain('= 已透支（计算值 -0.60 个月），低于 3 个月（红色）');
    expect(renderMessage(m, 'en', 'reader')).toContain('= overdrawn (computed -0.60 months), below 3 months (red)');
  });

  it('a projection below zero, and today already below zero, read the same way', () => {
    const f = message('alert.forecast_months', { ...SAMPLES['alert.forecast_months'], balance: '-100', average: '50', months: '-2', current: '-0.5' });
    expect(renderMessage(f, 'zh', 'reader')).toContain('= 已透支（计算值 -2.00 个月），低于 3 个月（当前 已透支（计算值 -0.50 个月））');
    expect(renderMessage(f, 'zh')).toContain('= -2.00 个月，低于 3 个月（当前 -0.50 个月）');
  });

  // 东莞市: balance −12.34 ÷ average monthly expenditure 133,337.45 = −0.0000925… months; at two places 0.00, its sign gone.
  it('overdrawn by a few yuan: the computed figure shows its sign (-0.0001), never 计算值 0.00', () => {
    const few = message('alert.months_payable', { ...SAMPLES['alert.months_payable'], balance: '-12.34', window: 1, average: '133337.45', months: '-0.0000925', threshold: '3' });
    expect(renderMessage(few, 'zh', 'reader')).toContain('= 已透支（计算值 -0.0001 个月），低于 3 个月（红色）');
    expect(renderMessage(few, 'en', 'reader')).toContain('= overdrawn (computed -0.0001 months), below 3 months (red)');
  });
});

// The English walk of the alert list: 凉城县's -950.87 thousand yuan beside -16.46 million yuan, and 乌兰察布市's
// resident income 1,650.74 million yuan in one alert and 1.65 billion yuan in the next.
describe('renderMessage in a list: one money unit down the list (messagesMoneyUnit)', () => {
  // 凉城县's assistance fund: 5,115,338.44 − 6,066,206.71 = -950,868.27 yuan; its resident fund
  // 97,738,000.00 − 114,198,000.00 = -16,460,000.00; 乌兰察布市's resident fund 1,650,738,500.00 − 1,940,987,500.00
  // = -290,249,000.00 (figures as the sample's, rounded to the 100 yuan the record keeps where it matters not).
  const liangcheng = deficit('5115338.44', '6066206.71', '-950868.27', '0');
  const liangchengResident = deficit('97738000.00', '114198000.00', '-16460000.00', '0');
  const ulanqab = deficit('1650738500.00', '1940987500.00', '-290249000.00', '0');
  const growth = message('alert.growth_gap', { ...SAMPLES['alert.growth_gap'], expenditure: '1940987500.00', expenditureBefore: '1683853100.00', income: '1650738500.00', incomeBefore: '1607588100.00' });
  const list = [liangcheng, liangchengResident, ulanqab, growth];

  it('the list reads in the unit most of its sentences read in on their own: million (thousand, million, million, billion)', () => {
    expect(renderMessage(liangcheng, 'en', 'reader')).toContain('= -950.87 thousand yuan');
    expect(renderMessage(growth, 'en', 'reader')).toContain('(1.65 billion yuan ÷');
    const unit = messagesMoneyUnit(list, 'en');
    expect(unit?.label).toBe('million yuan');
    expect(renderMessage(liangcheng, 'en', 'reader', unit)).toContain('income 5.12 million yuan − expenditure 6.07 million yuan = -0.95 million yuan, below 0.00 million yuan');
    expect(renderMessage(liangchengResident, 'en', 'reader', unit)).toContain('= -16.46 million yuan');
    // The same figure in the same unit in both alerts.
    expect(renderMessage(ulanqab, 'en', 'reader', unit)).toContain('income 1,650.74 million yuan − expenditure 1,940.99 million yuan = -290.25 million yuan');
    expect(renderMessage(growth, 'en', 'reader', unit)).toContain('(1,940.99 million yuan ÷ same period last year 1,683.85 million yuan − 1)');
    expect(renderMessage(growth, 'en', 'reader', unit)).toContain('(1,650.74 million yuan ÷ same period last year 1,607.59 million yuan − 1)');
  });

  // The 10× province's 2,616 alerts took 95–260 ms to read for their list's unit, again at every click that showed them.
  it('reads each sentence once per language: asked again for the same alerts, it looks at none of their figures', () => {
    let reads = 0;
    const watched = list.map((m) => new Proxy(m, { get: (target, key, receiver) => (key === 'params' && reads++, Reflect.get(target, key, receiver)) }));
    const first = messagesMoneyUnit(watched, 'en');
    expect(reads).toBeGreaterThan(0);
    reads = 0;
    expect(messagesMoneyUnit(watched, 'en')).toEqual(first);
    expect(reads).toBe(0);
    // The other language reads them for itself, and copies of the same alerts get the same unit.
    expect(messagesMoneyUnit(watched, 'zh')?.label).toBe('亿元');
    expect(reads).toBeGreaterThan(0);
    expect(messagesMoneyUnit(list.map((m) => structuredClone(m)), 'en')).toEqual(first);
  });

  it('Chinese: 万元 down a list of more 万元 sentences than 亿元 ones, 16.51亿元 reading 165,073.85万元', () => {
    // 凉城县's two, 集宁区's (5,390,000.00 − 6,460,000.00) in 万元; 乌兰察布市's and its growth gap in 亿元. Tied, the
    // larger unit would take it (亿元), and 凉城县's -95.09万元 would read 0.0095亿: it would keep its own.
    expect(messagesMoneyUnit(list, 'zh')?.label).toBe('亿元');
    const unit = messagesMoneyUnit([...list, deficit('5390000.00', '6460000.00', '-1070000.00', '0')], 'zh');
    expect(unit?.label).toBe('万元');
    expect(renderMessage(ulanqab, 'zh', 'reader')).toContain('收入 16.51亿元 − 支出 19.41亿元 = -2.90亿元');
    expect(renderMessage(ulanqab, 'zh', 'reader', unit)).toContain('收入 165,073.85万元 − 支出 194,098.75万元 = -29,024.90万元');
    expect(renderMessage(liangcheng, 'zh', 'reader', unit)).toContain('收入 511.53万元 − 支出 606.62万元 = -95.09万元');
  });

  it('a sentence whose money would read 0.00–0.09 in the list\'s unit keeps its own: no amount reads as zero or loses its sign', () => {
    const million = moneyUnitById('million', 'en');
    // 57,450.00 yuan is 0.06 million (康巴什区's monthly expenditure): thousand, as on its own.
    const small = deficit('518890.00', '576340.00', '-57450.00', '0');
    expect(renderMessage(small, 'en', 'reader', million)).toBe(renderMessage(small, 'en', 'reader'));
    expect(renderMessage(small, 'en', 'reader', million)).toContain('= -57.45 thousand yuan');
    // A reconciliation difference of 38 yuan beside millions: never "0.00 million yuan".
    const tiny = reconciliation('2000038', '2000000', '38', '0');
    expect(renderMessage(tiny, 'en', 'reader', million)).toBe(renderMessage(tiny, 'en', 'reader'));
    expect(renderMessage(tiny, 'en', 'reader', million)).not.toContain('0.00 million');
    // An amount of more than seven integer digits in the list's unit keeps its own too (16,288,930.00 thousand).
    const big = deficit('16288930000.00', '16500000000.00', '-211070000.00', '0');
    expect(renderMessage(big, 'en', 'reader', moneyUnitById('thousand', 'en'))).toBe(renderMessage(big, 'en', 'reader'));
  });

  it('the record style (analyze --json) ignores a list unit, byte for byte', () => {
    for (const m of list) for (const lang of ['zh', 'en'] as const) expect(renderMessage(m, lang, 'record', moneyUnitById('billion', 'en'))).toBe(renderMessage(m, lang));
    expect(renderMessage(liangcheng, 'en')).toContain('-0.9509 million yuan');
  });

  it('a tie goes to the larger unit; a list without money has none', () => {
    expect(messagesMoneyUnit([liangcheng, liangchengResident], 'en')?.label).toBe('million yuan');
    expect(messagesMoneyUnit([], 'en')).toBeUndefined();
    expect(messagesMoneyUnit([message('alert.coverage', SAMPLES['alert.coverage'])], 'en')).toBeUndefined();
  });
});

// The stop-44 sweep (广东, 东莞市): a deficit of 12.34元 beside 40.00万元 of income read
// "收入 40.00万元 − 支出 40.00万元 = 0.00万元，低于 0.00万元", the figure the alert is about
// read as zero (and lost its sign). By hand: 400,000.00 − 400,012.34 = −12.34.
describe('an amount that is not zero never reads as zero', () => {
  const tiny = deficit('400000.00', '400012.34', '-12.34', '0');

  it('reader: the sentence reads in 元 / yuan, exact, and its terms add up', () => {
    expect(renderMessage(tiny, 'zh', 'reader')).toContain('收入 400,000.00元 − 支出 400,012.34元 = -12.34元，低于 0.00元');
    expect(renderMessage(tiny, 'en', 'reader')).toContain('income 400,000.00 yuan − expenditure 400,012.34 yuan = -12.34 yuan, below 0.00 yuan');
    // In a list read in 万元 (the others' unit), it keeps its own.
    expect(renderMessage(tiny, 'zh', 'reader', moneyUnitById('wan', 'zh'))).toContain('= -12.34元');
  });

  it('record (analyze --json): the tiny figure alone in 元, the others as recorded', () => {
    expect(renderMessage(tiny, 'zh')).toContain('收入 40.00万元 − 支出 40.00万元 = -12.34元，低于 0.00万元');
    expect(renderMessage(tiny, 'en')).toContain('income 0.4000 million yuan − expenditure 0.4000 million yuan = -12.34 yuan');
    const rate = message('alert.balance_rate', { ...SAMPLES['alert.balance_rate'], balance: '-12.34', income: '400000.00', rate: '-0.00003085', threshold: '0' });
    expect(renderMessage(rate, 'zh')).toContain('当期结余 -12.34元 ÷ 收入 40.00万元');
  });

  it("moneyWithUnit says a figure 0.00 in the sentence's unit in 元 / yuan", () => {
    expect(moneyWithUnit(new Dec('12.34'), moneyUnitById('wan', 'zh'))).toBe('12.34元');
    expect(moneyWithUnit(new Dec('-4.00'), moneyUnitById('thousand', 'en'))).toBe('-4.00 yuan');
    expect(moneyWithUnit(new Dec('50.00'), moneyUnitById('wan', 'zh'))).toBe('0.01万元');
    expect(moneyWithUnit(new Dec('0'), moneyUnitById('yi', 'zh'))).toBe('0.00亿元');
  });
});

// The stop-44 sweep (海南): the English load notice listed the units under 469000 as "469001、469005、469025".
describe("the units of a province's grouping in English", () => {
  it('are listed with commas, in Chinese with 、', () => {
    const units = '469001、469005、469025';
    expect(renderMessage(message('check.direct_group', { code: '469000', name: 'x', units }), 'en')).toContain(': 469001, 469005, 469025 are each a pool of their own');
    expect(renderMessage(message('check.direct_group_rows_expected', { units }), 'en')).toBe('the code of one of its regions (469001, 469005, 469025)');
    expect(renderMessage(message('check.direct_group', { code: '469000', name: 'x', units }), 'zh')).toContain('其下 469001、469005、469025 各自成统筹区');
  });
});
