// The gap-sharing steps in words, for a city without counties (a municipality's
// district listed as a city, a 省直辖县): no sentence may speak of its counties.
import { describe, expect, it } from 'vitest';
import { CITY_WITHOUT_COUNTIES, THE_GAP_INPUT } from './cityWithoutCounties';
import { sharingStepLines } from '../../src/report/sharingSteps';
import { Dec } from '../../src/domain/money';
import { shareGap } from '../../src/domain/shareGap';
import { levelWords } from '../../src/domain/levelWords';

const alone = CITY_WITHOUT_COUNTIES;
const name = (code: string): string => ({ '110101': '区1' })[code] ?? code;
/** Beijing's district, listed straight under the municipality: its pools and counties are 区县. */
const words = levelWords(alone.cityCode);

describe('sharingStepLines for a city without counties', () => {
  it('says the rest is the city\'s, not shared with counties it does not have', () => {
    expect(alone.restAfterSelf.toFixed(2)).toBe('477936.45');
    const zh = sharingStepLines(alone, name, 'zh', words).find((l) => l.key === 'county_self')?.text;
    expect(zh).toBe('无下辖区县，无应缴未缴；余 47.79万元 由本级承担');
    const en = sharingStepLines(alone, name, 'en', words).find((l) => l.key === 'county_self')?.text;
    // One unit for every step, the gap's own (sharingMoneyUnit): 668,783.52 yuan reads in thousands.
    expect(en).toBe('No counties and no shortfall of its own; it bears the remaining 477.94 thousand yuan itself');
    // A sweep's 东莞市 read "地市本级承担 13.51万元 × 50% = 6.76万元；无下辖县区，县区部分 6.76万元 亦由地市承担": a split that never happens.
    expect(sharingStepLines(alone, name, 'zh', words).find((l) => l.key === 'city')?.text).toBe('无下辖区县，余 47.79万元 全部由本级承担');
    expect(sharingStepLines(alone, name, 'en', words).find((l) => l.key === 'city')?.text).toBe('With no counties, it bears all of the remaining 477.94 thousand yuan itself');
  });

  // Found by a sweep of 重庆市's districts listed as cities: a 30,295,757.87-yuan gap beside
  // 6.90亿元 of spending read 0.30亿元 in its headline and steps, where its picker and table say
  // 3,029.58万元 (and a larger gap elsewhere read in 万元, because a county's part was small).
  it("reads in the gap's own unit, however large the spending beside it", () => {
    const district = shareGap({ ...THE_GAP_INPUT, income: new Dec('659704242.13'), expenditure: new Dec('690000000.00'), openingBalance: new Dec('0.00') });
    expect(district.gap.toFixed(2)).toBe('30295757.87');
    const lines = sharingStepLines(district, name, 'zh', words);
    expect(lines.find((l) => l.key === 'gap')?.text).toBe('支出 69,000.00万元 − 收入 65,970.42万元，缺口 3,029.58万元（无赤字则为零）');
    expect(lines.find((l) => l.key === 'county_self')?.text).toBe('无下辖区县，无应缴未缴；余 3,029.58万元 由本级承担');
  });

  it('says the part it owes itself (unpaid dues) before the rest', () => {
    // 477,936.45 remaining; its own 10,000.00 unpaid first; 467,936.45 left.
    const owing = shareGap({ ...THE_GAP_INPUT, ownShortfall: new Dec('10000.00') });
    const zh = sharingStepLines(owing, name, 'zh', words).find((l) => l.key === 'county_self')?.text;
    expect(zh).toBe('无下辖区县，本级应缴未缴 1.00万元 先由本级补足 1.00万元；余 46.79万元 由本级承担');
    const en = sharingStepLines(owing, name, 'en', words).find((l) => l.key === 'county_self')?.text;
    expect(en).toBe('No counties: its own shortfall (due but unpaid) of 10.00 thousand yuan makes up 10.00 thousand yuan first; it bears the remaining 467.94 thousand yuan itself');
  });
});

// Found by the province sweep: one county caused almost all of a city's gap
// (伊犁哈萨克自治州, 2.88亿元) and another a small part (14,788.40元); the
// sentence's unit is the largest figure's, and the small county read
// "乙县 0.00亿元" — paying nothing, by the words. A non-zero amount now keeps
// the sentence's unit with the decimals that show it (two significant digits).
describe('sharingStepLines when one county dwarfs the others', () => {
  const dwarfed = shareGap({
    cityCode: '654000',
    fund: 'assistance',
    year: 2024,
    income: new Dec('100000000.00'),
    expenditure: new Dec('400000000.00'),
    openingBalance: new Dec('12000000.00'),
    counties: [
      { regionCode: '654001', shortfall: new Dec('287000000.00'), basis: new Dec('99999999') },
      { regionCode: '654004', shortfall: new Dec('14788.40'), basis: new Dec('1') },
    ],
    cityRatio: new Dec('0.5'),
  });
  const names = (code: string): string => ({ '654001': '甲县', '654004': '乙县' })[code] ?? code;

  it('never says a county that pays something pays 0.00', () => {
    // rest 288,000,000.00; self 287,000,000.00 + 14,788.40; left 985,211.60 (0.0098… 亿元 reads 0.01).
    expect(dwarfed.countySelf.map((c) => c.amount.toFixed(2))).toEqual(['287000000.00', '14788.40']);
    const zh = sharingStepLines(dwarfed, names, 'zh', levelWords(dwarfed.cityCode)).find((l) => l.key === 'county_self')?.text;
    // One unit for all the steps, chosen as a table's: 乙县's 1.48万元 would read 0.00亿元, so 万元.
    expect(zh).toBe('县区自身原因（应缴未缴）28,701.48万元 由该县区全额补足：甲县 28,700.00万元、乙县 1.48万元；余 98.52万元 由地市与县区分担');
    // 14,788.40 yuan would read 0.01 million: thousand yuan, every step alike.
    const en = sharingStepLines(dwarfed, names, 'en', levelWords(dwarfed.cityCode)).find((l) => l.key === 'county_self')?.text;
    expect(en).toContain('甲县 287,000.00 thousand yuan, 乙县 14.79 thousand yuan');
  });

  it('keeps a share that is truly zero as 0.00', () => {
    // The counties' part 492,605.80 split 99,999,999 : 1 gives 乙县 0.00 (to the fen).
    expect(dwarfed.countyShares.map((c) => c.amount.toFixed(2))).toEqual(['492605.80', '0.00']);
    const zh = sharingStepLines(dwarfed, names, 'zh', levelWords(dwarfed.cityCode)).find((l) => l.key === 'county')?.text;
    expect(zh).toBe('各县区分担 49.26万元，按各县区本年累计支出比例分摊（取整到分）：甲县 49.26万元、乙县 0.00万元');
  });
});

// An English walk: a gap the balance covered whole read "Counties' shortfalls … exceed the remaining gap: they bear
// 0.00 … in proportion to them", a share worked out of nothing.
describe('sharingStepLines for a gap the balance covers', () => {
  it('says nothing is left to share, not a proportional share of zero', () => {
    // Gap 668,783.52; opening balance 1,000,000.00 covers it; 150102's unpaid dues 14,500.00 have nothing left to make up.
    const covered = shareGap({ ...THE_GAP_INPUT, openingBalance: new Dec('1000000.00'), counties: [{ regionCode: '150102', shortfall: new Dec('14500.00'), basis: new Dec('1') }] });
    expect(covered.rest.toFixed(2)).toBe('0.00');
    expect(sharingStepLines(covered, name, 'zh', words).find((l) => l.key === 'county_self')?.text).toBe('累计结余已弥补全部缺口，无需分担');
    expect(sharingStepLines(covered, name, 'en', words).find((l) => l.key === 'county_self')?.text).toBe('The balance covers the whole gap: nothing is left to share');
  });
});
