// The exact formulas shown on hover, for a city without counties: the rest is the city's alone.
import { describe, expect, it } from 'vitest';
import { CITY_WITHOUT_COUNTIES } from './cityWithoutCounties';
import { sharingFormulaLines } from '../../src/report/sharingFormulas';
import { levelWords } from '../../src/domain/levelWords';

const alone = CITY_WITHOUT_COUNTIES;
const name = (code: string): string => code;
/** 东城区 (110101) is Beijing's: its levels are 地市 and 县区. */
const words = levelWords(alone.cityCode);

describe('sharingFormulaLines for a city without counties', () => {
  it('names no county shortfall and leaves the rest to the city', () => {
    expect(sharingFormulaLines(alone, name, 'zh', words).find((l) => l.key === 'county_self')?.text).toBe('县区自身原因缺口 = 0.00 元（无下辖县区）；余 477936.45 元由地市承担');
    expect(sharingFormulaLines(alone, name, 'en', words).find((l) => l.key === 'county_self')?.text).toBe(
      "counties' own shortfall = 0.00 yuan (no counties); 477936.45 yuan left for the city",
    );
  });
});
