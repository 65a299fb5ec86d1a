// The exact formulas shown on hover, for a city without counties: the rest is the city's alone.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { shareGap } from '../../src/domain/shareGap';
import { sharingFormulaLines } from '../../src/report/sharingFormulas';

// Expenditure 1,455,300.00 − income 786,516.48 = 668,783.52; the opening 190,847.07 covers part, 477,936.45 is left.
const alone = shareGap({
  cityCode: '110101',
  fund: 'assistance',
  year: 2024,
  income: new Dec('786516.48'),
  expenditure: new Dec('1455300.00'),
  openingBalance: new Dec('190847.07'),
  counties: [],
  cityRatio: new Dec('0.5'),
});
const name = (code: string): string => code;

describe('sharingFormulaLines for a city without counties', () => {
  it('names no county shortfall and leaves the rest to the city', () => {
    expect(sharingFormulaLines(alone, name, 'zh').find((l) => l.key === 'county_self')?.text).toBe('旗县自身原因缺口 = 0.00 元（无下辖旗县）；余 477936.45 元由盟市承担');
    expect(sharingFormulaLines(alone, name, 'en').find((l) => l.key === 'county_self')?.text).toBe(
      "counties' own shortfall = 0.00 yuan (no counties); 477936.45 yuan left for the city",
    );
  });
});
