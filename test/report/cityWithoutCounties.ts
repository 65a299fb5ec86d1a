// A city without counties (a municipality's district listed as a city, a
// 省直辖县) in deficit: expenditure 1,455,300.00 − income 786,516.48 =
// 668,783.52; the opening 190,847.07 covers part, 477,936.45 is left.
import { Dec } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { shareGap, type ShareGapInput } from '../../src/domain/shareGap';
import type { Analysis, FundStatus, Region } from '../../src/domain/types';

export const THE_GAP_INPUT: ShareGapInput = {
  cityCode: '110101',
  fund: 'assistance',
  year: 2024,
  income: new Dec('786516.48'),
  expenditure: new Dec('1455300.00'),
  openingBalance: new Dec('190847.07'),
  counties: [],
  cityRatio: new Dec('0.5'),
};

export const CITY_WITHOUT_COUNTIES = shareGap(THE_GAP_INPUT);

export const BEIJING: Region = { code: '110000', name: '北京市', level: 'province', parentCode: null, tier: null };
export const DONGCHENG: Region = { code: '110101', name: '东城区', level: 'city', parentCode: '110000', tier: null };

/** An analysis of 2024Q4 holding that gap's sharing alone, with these regions (the province and the city by default) and fund figures. */
export function analysisWithTheGap(regions: Region[] = [BEIJING, DONGCHENG], funds: FundStatus[] = []): Analysis {
  return {
    policy: resolvePolicy(DEFAULT_POLICY_FILE, 2024),
    reconciliation: [],
    quarter: '2024Q4',
    regions,
    coverage: [],
    funds,
    alerts: [],
    history: [],
    sharing: [CITY_WITHOUT_COUNTIES],
    allocation: [],
    subsidySplit: [],
    subsidyDemand: [],
    forecasts: [],
  };
}
