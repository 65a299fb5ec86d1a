// Opening balances (fund_balances) per account, calibrated per city pool:
// the pool's months payable at 2024Q4 is chosen, the 2022 opening balance
// follows from it, and later openings roll forward from the flows, so
// opening(y+1) = opening(y) + income(y) − expenditure(y) for every account.
import type { Fund } from '../../src/domain/types';
import { YEARS } from './calendar';
import type { Flow } from './flows';
import { mulDiv, split, type Fen } from './money';
import type { City } from './regions';

export interface Balance {
  year: number;
  regionCode: string;
  fund: Fund;
  opening: Fen;
}

/** Months payable of each city pool at 2024Q4, in tenths of a month. */
export const MONTHS_PAYABLE_2024Q4: Record<Fund, Record<string, number>> = {
  resident: {
    '150100': 84,
    '150200': 97, // blue: high
    '150300': 79,
    '150400': 88,
    '150500': 75,
    '150600': 158, // yellow: excess balance
    '150700': 103, // blue: high
    '150800': 81,
    '150900': 23, // red: the deficit city
    '152200': 82,
    '152500': 86,
    '152900': 83,
  },
  assistance: {
    '150100': 84,
    '150200': 86,
    '150300': 81,
    '150400': 85,
    '150500': 83,
    '150600': 88,
    '150700': 84,
    '150800': 82,
    '150900': -6, // the 2024 gap exhausts the thin balance
    '152200': 81,
    '152500': 85,
    '152900': 87,
  },
};

export function calibrateBalances(cities: readonly City[], flows: readonly Flow[]): Balance[] {
  // account|fund|year → income − expenditure; account|fund|year → expenditure
  const net = new Map<string, Fen>();
  const spent = new Map<string, Fen>();
  for (const f of flows) {
    const k = `${f.regionCode}|${f.fund}|${f.quarter.slice(0, 4)}`;
    const signed = f.direction === 'income' ? f.amount : -f.amount;
    net.set(k, (net.get(k) ?? 0n) + signed);
    if (f.direction === 'expenditure') spent.set(k, (spent.get(k) ?? 0n) + f.amount);
  }
  const out: Balance[] = [];
  for (const fund of ['assistance', 'resident'] as const) {
    for (const city of cities) {
      const accounts = [city.code, ...city.counties.map((c) => c.code)];
      const poolSum = (m: Map<string, Fen>, y: number) => accounts.reduce((s, a) => s + (m.get(`${a}|${fund}|${y}`) ?? 0n), 0n);
      const last = YEARS[YEARS.length - 1] ?? 2024;
      const target = MONTHS_PAYABLE_2024Q4[fund][city.code];
      if (target === undefined) throw new Error(`no target for ${city.code}`);
      // accumulated(2024Q4) = target/10 × expenditure(2024)/12
      const closing = mulDiv(poolSum(spent, last), BigInt(target), 120n);
      const opening = closing - YEARS.reduce((s, y) => s + poolSum(net, y), 0n);
      if (opening <= 0n) throw new Error(`calibration gives a non-positive 2022 opening for ${city.code} ${fund}`);
      const shares = split(
        opening,
        accounts.map((a) => spent.get(`${a}|${fund}|${YEARS[0]}`) ?? 0n),
      );
      accounts.forEach((a, i) => {
        let b = shares[i] ?? 0n;
        for (const y of YEARS) {
          out.push({ year: y, regionCode: a, fund, opening: b });
          b += net.get(`${a}|${fund}|${y}`) ?? 0n;
        }
      });
    }
  }
  return out;
}
