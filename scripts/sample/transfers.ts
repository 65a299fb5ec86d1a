// Allocation documents of central funds (transfers): central → province
// (received by the province), then province → each city with the central
// document as source. Per year and fund: next year's advance notice (issued
// in Q4), the formal allocation and a supplementary one. The amounts a city
// receives for a year equal the central subsidy booked in its pool.
import type { Fund } from '../../src/domain/types';
import { YEARS } from './calendar';
import { ppm, times, type Fen } from './money';
import { rngFor } from './prng';
import { PROVINCE, type City } from './regions';

export interface Transfer {
  transferId: string;
  year: number;
  fund: Fund;
  fromLevel: 'central' | 'province';
  toRegionCode: string;
  kind: 'advance' | 'formal' | 'supplementary';
  amount: Fen;
  issuedDate: string;
  receivedDate: string;
  sourceTransferId: string;
  /** The planted document that arrived but was never booked (RECEIVED_NOT_BOOKED); not a column. */
  unbooked?: true;
}

/** Story 4. */
export const LATE_PASS_DOWN = { fund: 'resident' as Fund, year: 2024, kind: 'formal', toRegionCode: '152200', days: 48 }; // 兴安盟
export const NOT_RECEIVED = { fund: 'assistance' as Fund, year: 2024, kind: 'supplementary', toRegionCode: '152900' }; // 阿拉善盟
export const LOW_ADVANCE = { fund: 'resident' as Fund, year: 2025, toRegionCode: '152500', ratioPpm: 852_000 }; // 锡林郭勒盟

/**
 * The planted reconciliation cases (data/README.md story 7): everything else
 * is booked in the quarter its document arrives (scripts/sample/booking.ts).
 * A second supplementary batch of central money that 呼和浩特市 received but
 * never booked; 乌海市 booked its formal assistance allocation twice; 包头市
 * booked its supplementary resident allocation (central money) as province
 * money.
 */
export const RECEIVED_NOT_BOOKED = { fund: 'resident' as Fund, year: 2024, toRegionCode: '150100', ppm: 12_000, issued: '2024-11-04' };
export const BOOKED_TWICE = { fund: 'assistance' as Fund, year: 2024, kind: 'formal' as const, toRegionCode: '150300' };
export const WRONG_LEVEL = { fund: 'resident' as Fund, year: 2024, kind: 'supplementary' as const, toRegionCode: '150200' };

const KIND_START: Record<Transfer['kind'], (year: number) => string> = {
  advance: (y) => `${y - 1}-10-18`,
  formal: (y) => `${y}-04-22`,
  supplementary: (y) => `${y}-09-03`,
};

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((t(to) - t(from)) / 86_400_000);
}

/** `central` holds, per fund, `${city}|${year}` → central subsidy booked in the city's pool. */
export function generateTransfers(cities: readonly City[], central: Record<Fund, Map<string, Fen>>): Transfer[] {
  const rng = rngFor('transfers');
  const docs: Omit<Transfer, 'transferId' | 'sourceTransferId'>[] = [];
  const sources: number[] = []; // index of the central doc each province doc passes down (−1 for central docs)
  const lastYear = YEARS[YEARS.length - 1] ?? 2024;

  for (const fund of ['resident', 'assistance'] as const) {
    const booked = (city: string, y: number) => central[fund].get(`${city}|${y}`) ?? 0n;
    const executed = new Map<string, Fen>();
    for (let y = YEARS[0]; y <= lastYear + 1; y++) {
      const kinds: Transfer['kind'][] = y > lastYear ? ['advance'] : ['advance', 'formal', 'supplementary'];
      const amounts = new Map<string, Record<string, Fen>>();
      for (const city of cities) {
        // The advance notice is measured against last year's executed amount (all its documents).
        const executedBefore = y === YEARS[0] ? times(booked(city.code, y), ppm(960_000)) : (executed.get(city.code) ?? 0n);
        const lowAdvance = fund === LOW_ADVANCE.fund && y === LOW_ADVANCE.year && city.code === LOW_ADVANCE.toRegionCode;
        const advance = times(executedBefore, ppm(lowAdvance ? LOW_ADVANCE.ratioPpm : rng.int(912_000, 968_000)));
        if (y > lastYear) {
          amounts.set(city.code, { advance });
          continue;
        }
        const notReceived = fund === NOT_RECEIVED.fund && y === NOT_RECEIVED.year && city.code === NOT_RECEIVED.toRegionCode;
        const supplementary = times(booked(city.code, y), ppm(rng.int(15_000, 35_000)));
        // What arrives (advance + formal, + supplementary unless it never arrived) is what the pool booked.
        const formal = booked(city.code, y) - advance - (notReceived ? 0n : supplementary);
        if (formal <= 0n) throw new Error(`formal allocation not positive for ${city.code} ${fund} ${y}`);
        amounts.set(city.code, { advance, formal, supplementary });
        executed.set(city.code, advance + formal + supplementary);
      }
      for (const kind of kinds) {
        let issued = addDays(KIND_START[kind](y), rng.int(0, 12));
        if (fund === NOT_RECEIVED.fund && y === NOT_RECEIVED.year && kind === NOT_RECEIVED.kind) issued = `${y}-11-06`;
        const provinceReceived = addDays(issued, rng.int(4, 9));
        const centralIndex = docs.length;
        let sum = 0n;
        for (const city of cities) sum += amounts.get(city.code)?.[kind] ?? 0n;
        docs.push({ year: y, fund, fromLevel: 'central', toRegionCode: PROVINCE.code, kind, amount: sum, issuedDate: issued, receivedDate: provinceReceived });
        sources.push(-1);
        for (const city of cities) {
          const late = fund === LATE_PASS_DOWN.fund && y === LATE_PASS_DOWN.year && kind === LATE_PASS_DOWN.kind && city.code === LATE_PASS_DOWN.toRegionCode;
          const notReceived = fund === NOT_RECEIVED.fund && y === NOT_RECEIVED.year && kind === NOT_RECEIVED.kind && city.code === NOT_RECEIVED.toRegionCode;
          const passDown = late ? LATE_PASS_DOWN.days : rng.int(10, 25);
          const cityIssued = addDays(provinceReceived, passDown);
          docs.push({
            year: y,
            fund,
            fromLevel: 'province',
            toRegionCode: city.code,
            kind,
            amount: amounts.get(city.code)?.[kind] ?? 0n,
            issuedDate: cityIssued,
            receivedDate: notReceived ? '' : addDays(cityIssued, rng.int(2, 7)),
          });
          sources.push(centralIndex);
        }
      }
      if (fund === RECEIVED_NOT_BOOKED.fund && y === RECEIVED_NOT_BOOKED.year) {
        // A second supplementary batch for one city (fixed dates, no draw: the rest of the sample stays as it was).
        const city = RECEIVED_NOT_BOOKED.toRegionCode;
        const amount = times(booked(city, y), ppm(RECEIVED_NOT_BOOKED.ppm));
        const issued = RECEIVED_NOT_BOOKED.issued;
        const provinceReceived = addDays(issued, 6);
        const cityIssued = addDays(provinceReceived, 16);
        docs.push({ year: y, fund, fromLevel: 'central', toRegionCode: PROVINCE.code, kind: 'supplementary', amount, issuedDate: issued, receivedDate: provinceReceived });
        sources.push(-1);
        docs.push({ year: y, fund, fromLevel: 'province', toRegionCode: city, kind: 'supplementary', amount, issuedDate: cityIssued, receivedDate: addDays(cityIssued, 4), unbooked: true });
        sources.push(docs.length - 2);
        // Next year's advance notice is measured against everything allocated, this batch included.
        executed.set(city, (executed.get(city) ?? 0n) + amount);
      }
    }
  }
  return numberDocuments(docs, sources);
}

/** Document numbers run in order of issue within each issuer and year, like real ones. */
function numberDocuments(docs: Omit<Transfer, 'transferId' | 'sourceTransferId'>[], sources: number[]): Transfer[] {
  const order = docs.map((d, i) => ({ d, i })).sort((a, b) => cmp(a.d.issuedDate, b.d.issuedDate) || a.i - b.i);
  const ids: string[] = new Array<string>(docs.length).fill('');
  const counters = new Map<string, number>();
  for (const { d, i } of order) {
    const prefix = d.fromLevel === 'central' ? '财社' : '内财社';
    const issueYear = d.issuedDate.slice(0, 4);
    const key = `${prefix}${issueYear}`;
    const start = d.fromLevel === 'central' ? 30 : 200;
    const n = (counters.get(key) ?? start) + 1;
    counters.set(key, n);
    ids[i] = `${prefix}〔${issueYear}〕${n}号`;
  }
  const out = docs.map((d, i) => ({ ...d, transferId: ids[i] ?? '', sourceTransferId: (sources[i] ?? -1) >= 0 ? (ids[sources[i] ?? 0] ?? '') : '' }));
  return out.sort((a, b) => cmp(a.issuedDate, b.issuedDate) || cmp(a.transferId, b.transferId));
}

/** Code-point order: the same on every machine, whatever its locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
