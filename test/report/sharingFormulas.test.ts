// The exact formulas shown on hover, for a city without counties: the rest is the city's alone.
import { describe, expect, it } from 'vitest';
import { CITY_WITHOUT_COUNTIES } from './cityWithoutCounties';
import { sharingFormulaLines } from '../../src/report/sharingFormulas';
import { levelWords } from '../../src/domain/levelWords';

const alone = CITY_WITHOUT_COUNTIES;
const name = (code: string): string => code;
/** 东城区 (110101) is Beijing's: its pools and counties are 区县. */
const words = levelWords(alone.cityCode);

describe('sharingFormulaLines for a city without counties', () => {
  it('names no county shortfall and leaves the rest to the city', () => {
    expect(sharingFormulaLines(alone, name, 'zh', words).find((l) => l.key === 'county_self')?.text).toBe('本级自身原因缺口 = 0.00 元（无下辖区县）；余 477936.45 元由本级承担');
    expect(sharingFormulaLines(alone, name, 'en', words).find((l) => l.key === 'county_self')?.text).toBe('own shortfall = 0.00 yuan (no counties); 477936.45 yuan left for itself');
    // No ratio quoted for a split that never happens.
    expect(sharingFormulaLines(alone, name, 'zh', words).find((l) => l.key === 'city')?.text).toBe('本级承担 = 余下的 477936.45 元（无下辖区县，不按比例分担），合计 477936.45 元');
    expect(sharingFormulaLines(alone, name, 'en', words).find((l) => l.key === 'city')?.text).toBe('borne by itself = the remaining 477936.45 yuan (no counties, no ratio applied), 477936.45 yuan in total');
  });
});
