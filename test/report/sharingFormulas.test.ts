// The exact formulas shown on hover, for a city without counties: the rest is the city's alone.
import { describe, expect, it } from 'vitest';
import { CITY_WITHOUT_COUNTIES } from './cityWithoutCounties';
import { sharingFormulaLines } from '../../src/report/sharingFormulas';

const alone = CITY_WITHOUT_COUNTIES;
const name = (code: string): string => code;

describe('sharingFormulaLines for a city without counties', () => {
  it('names no county shortfall and leaves the rest to the city', () => {
    expect(sharingFormulaLines(alone, name, 'zh').find((l) => l.key === 'county_self')?.text).toBe('旗县自身原因缺口 = 0.00 元（无下辖旗县）；余 477936.45 元由盟市承担');
    expect(sharingFormulaLines(alone, name, 'en').find((l) => l.key === 'county_self')?.text).toBe(
      "counties' own shortfall = 0.00 yuan (no counties); 477936.45 yuan left for the city",
    );
  });
});
