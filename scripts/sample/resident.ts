// Resident basic medical-insurance fund flows (城乡居民医保) per account and
// quarter. Income follows the policy's per-capita standards and fiscal split;
// expenditure is a share of income (以收定支), except in the deficit city.
import { centralShare, contributionPerCapita, fiscalPerCapita, provinceShareOfRest, YEARS } from './calendar';
import { paidPpm, pushQuarters, type Flow, type Obligation } from './flows';
import { mulDiv, ppm, split as splitAll, times, type Fen } from './money';
import { rngFor } from './prng';
import type { City } from './regions';

const FUND = 'resident' as const;
export const DEFICIT_CITY = '150900'; // 乌兰察布市
export const THIN_MARGIN_CITY = '150500'; // 通辽市: balance rate falls into 0–5% in 2024

/** Contributions come in mostly during the collection period (Q1): nationally Q1 ≈ 1/3 of a year's income. */
const CONTRIBUTION_Q = [55n, 15n, 14n, 16n];
const FISCAL_Q = [22n, 24n, 24n, 30n];
const EVEN_Q = [1n, 1n, 1n, 1n];
/** Interest at the city account, per year, as a share of the pool's fiscal and contribution income. */
const INTEREST_PPM = 4_000;

/** Expenditure as a share of the account's income (ppm) by city and year. */
function expenditureRatio(cityCode: string, year: number, rng: ReturnType<typeof rngFor>): number {
  if (cityCode === THIN_MARGIN_CITY) return { 2022: 925_000, 2023: 942_000, 2024: 972_000 }[year] ?? 0;
  return rng.int(903_000, 928_000);
}

/** Deficit city: expenditure from 2022 on grows ~15% a year whatever the income does. */
const DEFICIT_START_RATIO = 940_000;
const DEFICIT_GROWTH_PPM = [150_000, 152_000];

export interface ResidentResult {
  flows: Flow[];
  obligations: Obligation[];
  /** `${city}|${year}` → central fiscal subsidy booked in the city's pool. */
  central: Map<string, Fen>;
}

export function generateResident(cities: readonly City[], insured: Map<string, Map<number, number>>): ResidentResult {
  const rng = rngFor('resident');
  const flows: Flow[] = [];
  const obligations: Obligation[] = [];
  const central = new Map<string, Fen>();

  for (const city of cities) {
    const ratios = new Map(YEARS.map((y) => [y, expenditureRatio(city.code, y, rng)]));
    const lastExpenditure = new Map<string, Fen>();
    for (const y of YEARS) {
      let cityShare = 0n;
      let poolIncome = 0n;
      let centralSum = 0n;
      for (const c of city.counties) {
        const n = BigInt(insured.get(c.code)?.get(y) ?? 0);
        const fiscal = n * fiscalPerCapita(y);
        const centralAmt = times(fiscal, centralShare(y));
        const rest = fiscal - centralAmt;
        const provinceAmt = times(rest, provinceShareOfRest(y, c.tier));
        const cityCounty = rest - provinceAmt;
        const cityAmt = mulDiv(cityCounty, 1n, 2n);
        const countyDue = cityCounty - cityAmt;
        const countyPaid = times(countyDue, ppm(paidPpm(c.code, y, FUND, 'matching_subsidy')));
        const contribDue = n * contributionPerCapita(y);
        const contribPaid = times(contribDue, ppm(paidPpm(c.code, y, FUND, 'contribution')));
        obligations.push(
          { year: y, regionCode: c.code, fund: FUND, kind: 'contribution', due: contribDue, paid: contribPaid },
          { year: y, regionCode: c.code, fund: FUND, kind: 'matching_subsidy', due: countyDue, paid: countyPaid },
        );
        const base = { regionCode: c.code, fund: FUND, direction: 'income' as const };
        pushQuarters(flows, { ...base, item: 'fiscal_subsidy', sourceLevel: 'central' }, y, centralAmt, FISCAL_Q);
        pushQuarters(flows, { ...base, item: 'fiscal_subsidy', sourceLevel: 'province' }, y, provinceAmt, FISCAL_Q);
        pushQuarters(flows, { ...base, item: 'fiscal_subsidy', sourceLevel: 'county' }, y, countyPaid, FISCAL_Q);
        pushQuarters(flows, { ...base, item: 'individual_contribution', sourceLevel: 'individual' }, y, contribPaid, CONTRIBUTION_Q);

        const income = centralAmt + provinceAmt + countyPaid + contribPaid;
        const expenditure = countyExpenditure(city.code, c.code, y, income, ratios, lastExpenditure, rng);
        pushExpenditure(flows, c.code, y, expenditure, rng, false);
        cityShare += cityAmt;
        poolIncome += income + cityAmt;
        centralSum += centralAmt;
      }
      central.set(`${city.code}|${y}`, centralSum);
      const interest = times(poolIncome, ppm(INTEREST_PPM));
      const base = { regionCode: city.code, fund: FUND, direction: 'income' as const };
      pushQuarters(flows, { ...base, item: 'fiscal_subsidy', sourceLevel: 'city' }, y, cityShare, FISCAL_Q);
      pushQuarters(flows, { ...base, item: 'interest', sourceLevel: 'other' }, y, interest, EVEN_Q);
      // The city account buys the pool's critical-illness insurance out of its own income.
      const cityIncome = cityShare + interest;
      const cityExp = countyExpenditure(city.code, city.code, y, cityIncome, ratios, lastExpenditure, rng);
      pushExpenditure(flows, city.code, y, cityExp, rng, true);
    }
  }
  return { flows, obligations, central };
}

function countyExpenditure(
  cityCode: string,
  account: string,
  year: number,
  income: Fen,
  ratios: Map<number, number>,
  last: Map<string, Fen>,
  rng: ReturnType<typeof rngFor>,
): Fen {
  let e: Fen;
  if (cityCode === DEFICIT_CITY) {
    const prev = last.get(account);
    e =
      prev === undefined
        ? times(income, ppm(DEFICIT_START_RATIO + rng.int(-8_000, 8_000)))
        : times(prev, ppm(1_000_000 + (DEFICIT_GROWTH_PPM[year - YEARS[0] - 1] ?? 0) + rng.int(-4_000, 4_000)));
  } else {
    e = times(income, ppm((ratios.get(year) ?? 0) + rng.int(-5_000, 5_000)));
  }
  last.set(account, e);
  return e;
}

/** Seasonal: Q1 about a fifth of the year, rising to Q4. */
function pushExpenditure(flows: Flow[], account: string, year: number, annual: Fen, rng: ReturnType<typeof rngFor>, cityAccount: boolean): void {
  const quarters = [2000, 2400, 2600, 3000].map((w) => BigInt(w + rng.int(-15, 15)));
  const items: [string, number][] = cityAccount
    ? [['critical_illness', 1000]]
    : [
        ['inpatient', 550 + rng.int(-12, 12)],
        ['outpatient', 210 + rng.int(-10, 10)],
        ['chronic_outpatient', 150 + rng.int(-10, 10)],
        ['critical_illness', 60 + rng.int(-5, 5)],
        ['other', 30 + rng.int(-5, 5)],
      ];
  const weights = items.map(([, w]) => BigInt(w));
  const byQuarter = splitAll(annual, quarters);
  byQuarter.forEach((qAmount, qi) => {
    splitAll(qAmount, weights).forEach((amount, ii) => {
      const item = items[ii]?.[0] ?? 'other';
      flows.push({ quarter: `${year}Q${qi + 1}`, regionCode: account, fund: FUND, direction: 'expenditure', item, sourceLevel: '', amount });
    });
  });
}

