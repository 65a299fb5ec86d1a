// Medical-assistance fund flows (城乡医疗救助基金) per account and quarter.
// Expenditure: the enrollment subsidies of assistance_enrollment (quarter
// increments of the year-to-date amount) plus medical assistance; income
// follows expenditure with a small surplus, from the four finance levels,
// lottery and donations. The city account runs the emergency pot (疾病应急救助).
import { QUARTER_NUMBERS, YEARS } from './calendar';
import type { Enrollment } from './enrollment';
import { paidPpm, type Flow, type Obligation } from './flows';
import { ppm, split, times, total, type Fen } from './money';
import { rngFor } from './prng';
import type { City } from './regions';

const FUND = 'assistance' as const;
export const ASSISTANCE_GAP_CITY = '150900'; // 乌兰察布市: 2024 assistance spending outruns income and balance
/** Story 3: a one-quarter deficit in a healthy county. */
export const QUARTER_DEFICIT = { regionCode: '150404', quarter: '2024Q3', extraPpm: 170_000, marginPpm: 120_000 }; // 松山区

/** Medical assistance per recipient in 2022, fen, and its yearly growth (ppm). */
const INPATIENT_PER_RECIPIENT = 56_000;
const INPATIENT_GROWTH_PPM = 60_000;
const MEDICAL_Q = [14n, 24n, 29n, 33n];
/** Income of a county account by source (per mille): central and province carry most. */
const COUNTY_SOURCES: [item: string, level: 'central' | 'province' | 'county' | 'other', weight: bigint][] = [
  ['fiscal_subsidy', 'central', 520n],
  ['fiscal_subsidy', 'province', 220n],
  ['fiscal_subsidy', 'county', 140n],
  ['lottery', 'other', 90n],
  ['donation', 'other', 30n],
];
/** The deficit city's medical assistance jumps in 2024 (ppm added). */
const GAP_JUMP_PPM = 330_000;

export interface AssistanceResult {
  flows: Flow[];
  obligations: Obligation[];
  central: Map<string, Fen>;
}

export function generateAssistanceFund(cities: readonly City[], enrollment: Enrollment): AssistanceResult {
  const rng = rngFor('assistance-fund');
  const flows: Flow[] = [];
  const obligations: Obligation[] = [];
  const central = new Map<string, Fen>();

  for (const city of cities) {
    const thin = city.code === ASSISTANCE_GAP_CITY;
    for (const y of YEARS) central.set(`${city.code}|${y}`, 0n);
    for (const c of city.counties) {
      const perRecipient = rng.int(48_000, 64_000) / INPATIENT_PER_RECIPIENT;
      const drawn = thin ? rng.int(57_000, 62_000) : rng.int(62_000, 80_000);
      // The quarter-deficit county normally runs a comfortable surplus, so one bad quarter is no crisis.
      const margin = c.code === QUARTER_DEFICIT.regionCode ? QUARTER_DEFICIT.marginPpm : drawn;
      for (const y of YEARS) {
        const recipients = enrollment.recipients.get(`${c.code}|${y}Q4`) ?? 0;
        const perCapita = Math.round(INPATIENT_PER_RECIPIENT * perRecipient * (1 + INPATIENT_GROWTH_PPM / 1e6) ** (y - YEARS[0]));
        const inpatient = BigInt(recipients) * BigInt(perCapita);
        const outpatient = times(inpatient, ppm(rng.int(220_000, 260_000)));
        const other = times(inpatient, ppm(rng.int(20_000, 30_000)));
        const qWeights = MEDICAL_Q.map((w) => w * 10n + BigInt(rng.int(-4, 4)));
        const inQ = split(inpatient, qWeights);
        const outQ = split(outpatient, qWeights);
        const otherQ = split(other, qWeights);
        const yearMargin = margin + rng.int(-3_000, 3_000);
        const dueByQuarter: Fen[] = [];
        for (const q of QUARTER_NUMBERS) {
          const quarter = `${y}Q${q}`;
          const subsidy = enrollment.subsidyOfQuarter.get(`${c.code}|${quarter}`) ?? 0n;
          let inp = inQ[q - 1] ?? 0n;
          let outp = outQ[q - 1] ?? 0n;
          const oth = otherQ[q - 1] ?? 0n;
          // Income is planned on the expenditure the county expected.
          const planned = subsidy + inp + outp + oth;
          const income = times(planned, ppm(1_000_000 + yearMargin));
          if (thin && y === 2024) {
            inp = times(inp, ppm(1_000_000 + GAP_JUMP_PPM));
            outp = times(outp, ppm(1_000_000 + GAP_JUMP_PPM));
          }
          if (c.code === QUARTER_DEFICIT.regionCode && quarter === QUARTER_DEFICIT.quarter) {
            inp += times(planned, ppm(QUARTER_DEFICIT.extraPpm));
          }
          const exp = { regionCode: c.code, fund: FUND, direction: 'expenditure' as const, quarter, sourceLevel: '' as const };
          flows.push(
            { ...exp, item: 'enrollment_subsidy', amount: subsidy },
            { ...exp, item: 'inpatient', amount: inp },
            { ...exp, item: 'outpatient', amount: outp },
            { ...exp, item: 'other', amount: oth },
          );
          const parts = split(
            income,
            COUNTY_SOURCES.map(([, , w]) => w),
          );
          COUNTY_SOURCES.forEach(([item, level], i) => {
            let amount = parts[i] ?? 0n;
            if (item === 'fiscal_subsidy' && level === 'county') {
              dueByQuarter.push(amount);
              amount = times(amount, ppm(paidPpm(c.code, y, FUND, 'matching_subsidy')));
            }
            if (level === 'central') central.set(`${city.code}|${y}`, (central.get(`${city.code}|${y}`) ?? 0n) + amount);
            flows.push({ regionCode: c.code, fund: FUND, direction: 'income', quarter, item, sourceLevel: level, amount });
          });
        }
        const due = total(dueByQuarter);
        obligations.push({
          year: y,
          regionCode: c.code,
          fund: FUND,
          kind: 'matching_subsidy',
          due,
          paid: 0n, // filled below from the booked flows
        });
      }
    }
    pushCityAccount(flows, city, enrollment, thin, rng);
  }
  // Paid per quarter was rounded quarter by quarter: make the obligation's paid
  // equal the booked flows (summed once by county and year: a scan of every
  // flow per obligation took 20 s at ten times the sample).
  const paid = new Map<string, Fen>();
  for (const f of flows) {
    if (f.fund !== FUND || f.sourceLevel !== 'county') continue;
    const key = `${f.regionCode}|${f.quarter.slice(0, 4)}`;
    paid.set(key, (paid.get(key) ?? 0n) + f.amount);
  }
  for (const o of obligations) o.paid = paid.get(`${o.regionCode}|${o.year}`) ?? 0n;
  return { flows, obligations, central };
}

/** The city account: the emergency pot, paid from the city's own subsidy and interest. */
function pushCityAccount(flows: Flow[], city: City, enrollment: Enrollment, thin: boolean, rng: ReturnType<typeof rngFor>): void {
  const people = city.counties.reduce((s, c) => s + (enrollment.insured.get(c.code)?.get(YEARS[0]) ?? 0), 0);
  const perPerson = rng.int(170, 260); // fen a year per resident enrollee
  for (const y of YEARS) {
    const emergency = BigInt(people) * BigInt(perPerson + 8 * (y - YEARS[0]));
    const other = times(emergency, ppm(rng.int(30_000, 60_000)));
    const margin = thin ? rng.int(57_000, 62_000) : rng.int(62_000, 80_000);
    const income = times(emergency + other, ppm(1_000_000 + margin));
    const interest = times(income, ppm(rng.int(60_000, 90_000)));
    const q = [1n, 1n, 1n, 1n];
    const parts: [string, 'income' | 'expenditure', 'city' | 'other' | '', Fen][] = [
      ['fiscal_subsidy', 'income', 'city', income - interest],
      ['interest', 'income', 'other', interest],
      ['emergency', 'expenditure', '', emergency],
      ['other', 'expenditure', '', other],
    ];
    for (const [item, direction, sourceLevel, annual] of parts) {
      split(annual, q).forEach((amount, i) => {
        flows.push({ quarter: `${y}Q${i + 1}`, regionCode: city.code, fund: FUND, direction, item, sourceLevel, amount });
      });
    }
  }
}
