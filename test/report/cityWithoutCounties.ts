// A city without counties (a municipality's district listed as a city, a
// 省直辖县) in deficit: expenditure 1,455,300.00 − income 786,516.48 =
// 668,783.52; the opening 190,847.07 covers part, 477,936.45 is left.
import { Dec } from '../../src/domain/money';
import { shareGap } from '../../src/domain/shareGap';

export const CITY_WITHOUT_COUNTIES = shareGap({
  cityCode: '110101',
  fund: 'assistance',
  year: 2024,
  income: new Dec('786516.48'),
  expenditure: new Dec('1455300.00'),
  openingBalance: new Dec('190847.07'),
  counties: [],
  cityRatio: new Dec('0.5'),
});
