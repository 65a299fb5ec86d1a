// The gap-sharing steps in words, for a city without counties (a municipality's
// district listed as a city, a 省直辖县): no sentence may speak of its counties.
import { describe, expect, it } from 'vitest';
import { CITY_WITHOUT_COUNTIES } from './cityWithoutCounties';
import { sharingStepLines } from '../../src/report/sharingSteps';

const alone = CITY_WITHOUT_COUNTIES;
const name = (code: string): string => ({ '110101': '区1' })[code] ?? code;

describe('sharingStepLines for a city without counties', () => {
  it('says the rest is the city\'s, not shared with counties it does not have', () => {
    expect(alone.restAfterSelf.toFixed(2)).toBe('477936.45');
    const zh = sharingStepLines(alone, name, 'zh').find((l) => l.key === 'county_self')?.text;
    expect(zh).toBe('无下辖旗县，无旗县自身原因缺口；余 47.79万元 由盟市承担');
    const en = sharingStepLines(alone, name, 'en').find((l) => l.key === 'county_self')?.text;
    expect(en).toBe('No counties, so no county shortfall; 477.94 thousand yuan is left for the city');
  });
});
