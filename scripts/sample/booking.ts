// Superior money is booked when it arrives (DOMAIN.md 资金到账核对): each city
// pool's central fiscal subsidy of a year is re-timed so that the pool books,
// in each quarter, exactly the documents received in it (an advance, received
// the year before, in the year's Q1). Each account keeps its annual amount
// and follows the pool's quarter pattern; the largest account takes the fen
// left over, so the pool's quarters equal the documents to the fen. Then the
// planted reconciliation cases (transfers.ts) are applied.
import type { Fund } from '../../src/domain/types';
import { YEARS } from './calendar';
import type { Flow } from './flows';
import { split, type Fen } from './money';
import type { City } from './regions';
import { BOOKED_TWICE, WRONG_LEVEL, type Transfer } from './transfers';

/** The quarter (1–4) of `year` a document is booked in, or null when it is not booked in that year. */
function bookingQuarter(t: Transfer, year: number): number | null {
  if (t.receivedDate === '') return null;
  const receivedYear = Number(t.receivedDate.slice(0, 4));
  if (receivedYear < year) return 1;
  if (receivedYear > year) return null;
  return Math.ceil(Number(t.receivedDate.slice(5, 7)) / 3);
}

function matches(t: Transfer, c: { fund: Fund; year: number; kind: string; toRegionCode: string }): boolean {
  return t.fromLevel === 'province' && t.fund === c.fund && t.year === c.year && t.kind === c.kind && t.toRegionCode === c.toRegionCode;
}

/**
 * Re-times `flows` in place (amounts of the central fiscal_subsidy rows), and
 * books WRONG_LEVEL's document as province money (each account its part, in
 * proportion to its central money of that quarter): each account's income of
 * a year stays what it was.
 */
export function bookOnArrival(flows: Flow[], transfers: readonly Transfer[], cities: readonly City[]): void {
  const cityOf = new Map<string, string>();
  for (const c of cities) {
    cityOf.set(c.code, c.code);
    for (const k of c.counties) cityOf.set(k.code, c.code);
  }
  // The central income rows of each pool, fund and year; and every province income row by account and quarter.
  const centralRows = new Map<string, Flow[]>();
  const provinceRow = new Map<string, Flow>();
  for (const f of flows) {
    if (f.direction !== 'income') continue;
    if (f.sourceLevel === 'province') provinceRow.set(`${f.regionCode}|${f.fund}|${f.quarter}`, f);
    if (f.sourceLevel !== 'central') continue;
    const key = `${cityOf.get(f.regionCode) ?? ''}|${f.fund}|${f.quarter.slice(0, 4)}`;
    const list = centralRows.get(key);
    if (list === undefined) centralRows.set(key, [f]);
    else list.push(f);
  }
  for (const city of cities) {
    const pool = new Set([city.code, ...city.counties.map((c) => c.code)]);
    for (const fund of ['resident', 'assistance'] as const) {
      for (const year of YEARS) {
        const target: Fen[] = [0n, 0n, 0n, 0n];
        let wrongLevel: { quarter: number; amount: Fen } | null = null;
        for (const t of transfers) {
          if (t.fromLevel !== 'province' || t.toRegionCode !== city.code || t.fund !== fund || t.year !== year || t.unbooked) continue;
          const q = bookingQuarter(t, year);
          if (q === null) continue;
          target[q - 1] = (target[q - 1] ?? 0n) + t.amount;
          if (matches(t, WRONG_LEVEL)) wrongLevel = { quarter: q, amount: t.amount };
        }
        const rows = (centralRows.get(`${city.code}|${fund}|${year}`) ?? []).filter((f) => pool.has(f.regionCode));
        const annual = new Map<string, Fen>();
        for (const f of rows) annual.set(f.regionCode, (annual.get(f.regionCode) ?? 0n) + f.amount);
        if (annual.size === 0) continue;
        const accounts = [...annual.entries()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] > b[1] ? -1 : 1));
        const [largest] = accounts[0] ?? [''];
        const weights = target.map((x) => (x > 0n ? x : 0n));
        const quarters = new Map<string, Fen[]>();
        const others: Fen[] = [0n, 0n, 0n, 0n];
        for (const [code, amount] of accounts.slice(1)) {
          const parts = split(amount, weights);
          quarters.set(code, parts);
          parts.forEach((p, i) => (others[i] = (others[i] ?? 0n) + p));
        }
        const rest = target.map((x, i) => x - (others[i] ?? 0n));
        if (rest.some((x) => x < 0n)) throw new Error(`booking on arrival: negative remainder for ${city.code} ${fund} ${year}`);
        quarters.set(largest, rest);
        for (const f of rows) f.amount = quarters.get(f.regionCode)?.[Number(f.quarter.slice(5)) - 1] ?? 0n;
        if (wrongLevel !== null) {
          // Each account books its part of the document (in proportion to what it booked that quarter) as province money.
          const quarter = `${year}Q${wrongLevel.quarter}`;
          const central = rows.filter((f) => f.quarter === quarter).sort((x, y) => (x.regionCode < y.regionCode ? -1 : 1));
          const parts = split(
            wrongLevel.amount,
            central.map((f) => f.amount),
          );
          central.forEach((f, i) => {
            const part = parts[i] ?? 0n;
            if (part === 0n) return;
            const province = provinceRow.get(`${f.regionCode}|${fund}|${quarter}`);
            if (province === undefined) throw new Error(`booking on arrival: no province row for ${f.regionCode} ${fund} ${quarter}`);
            f.amount -= part;
            province.amount += part;
          });
        }
      }
    }
  }
  // A quarter without any document books nothing: no 0.00 rows.
  let kept = 0;
  for (const f of flows) if (!(f.sourceLevel === 'central' && f.amount === 0n)) flows[kept++] = f;
  flows.length = kept;
}

/**
 * BOOKED_TWICE: every account of the pool books its share of the document a
 * second time (in proportion to its central money of the year), in the
 * quarter the document arrived. Applied to the written flows only, after the
 * balances, budgets and allocation totals were drawn from the correct ones:
 * the planted mistake changes the figures it would change in real books and
 * nothing else.
 */
export function bookTwice(flows: Flow[], transfers: readonly Transfer[], cities: readonly City[]): void {
  const doc = transfers.find((t) => matches(t, BOOKED_TWICE));
  const city = cities.find((c) => c.code === BOOKED_TWICE.toRegionCode);
  if (doc === undefined || city === undefined) throw new Error('booked twice: no such document');
  const q = bookingQuarter(doc, doc.year);
  if (q === null) throw new Error('booked twice: the document never arrived');
  const pool = new Set([city.code, ...city.counties.map((c) => c.code)]);
  const rows = flows.filter((f) => pool.has(f.regionCode) && f.fund === doc.fund && f.direction === 'income' && f.sourceLevel === 'central' && f.quarter.startsWith(`${doc.year}Q`));
  const annual = new Map<string, Fen>();
  for (const f of rows) annual.set(f.regionCode, (annual.get(f.regionCode) ?? 0n) + f.amount);
  const accounts = [...annual.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const extra = split(
    doc.amount,
    accounts.map(([, a]) => a),
  );
  accounts.forEach(([code], i) => {
    const row = rows.find((f) => f.regionCode === code && f.quarter === `${doc.year}Q${q}`);
    if (row === undefined) throw new Error(`booked twice: no central row for ${code} ${doc.year}Q${q}`);
    row.amount += extra[i] ?? 0n;
  });
}
