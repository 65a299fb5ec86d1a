// One row of fund_flows in fen, and the sums the other generators need.
import type { Fund, SourceLevel } from '../../src/domain/types';
import { split, type Fen } from './money';

export interface Flow {
  quarter: string;
  regionCode: string;
  fund: Fund;
  direction: 'income' | 'expenditure';
  item: string;
  /** '' for expenditure. */
  sourceLevel: SourceLevel | '';
  amount: Fen;
}

export interface Obligation {
  year: number;
  regionCode: string;
  fund: Fund;
  kind: 'contribution' | 'matching_subsidy';
  due: Fen;
  paid: Fen;
}

/** A county's payment into a fund that fell short of what it owed (feeds gap sharing). */
export interface Underpayment {
  regionCode: string;
  year: number;
  fund: Fund;
  kind: 'contribution' | 'matching_subsidy';
  /** Share of the due amount actually paid, ppm. */
  paidPpm: number;
}

export const UNDERPAYMENTS: readonly Underpayment[] = [
  // 商都县 in the deficit city did not pay most of its 2024 matching subsidy.
  { regionCode: '150923', year: 2024, fund: 'resident', kind: 'matching_subsidy', paidPpm: 400_000 },
  { regionCode: '150923', year: 2024, fund: 'assistance', kind: 'matching_subsidy', paidPpm: 500_000 },
  { regionCode: '150929', year: 2023, fund: 'resident', kind: 'contribution', paidPpm: 985_000 },
  { regionCode: '152222', year: 2022, fund: 'assistance', kind: 'matching_subsidy', paidPpm: 900_000 },
  { regionCode: '150424', year: 2024, fund: 'resident', kind: 'contribution', paidPpm: 992_000 },
];

export function paidPpm(regionCode: string, year: number, fund: Fund, kind: Underpayment['kind']): number {
  const u = UNDERPAYMENTS.find((x) => x.regionCode === regionCode && x.year === year && x.fund === fund && x.kind === kind);
  return u?.paidPpm ?? 1_000_000;
}

/** Adds one flow per quarter of `year`, splitting `annual` by the quarter weights. */
export function pushQuarters(
  out: Flow[],
  base: Omit<Flow, 'quarter' | 'amount'>,
  year: number,
  annual: Fen,
  weights: readonly bigint[],
): void {
  split(annual, weights).forEach((amount, i) => {
    out.push({ ...base, quarter: `${year}Q${i + 1}`, amount });
  });
}

export function sumFlows(flows: readonly Flow[], pick: (f: Flow) => boolean): Fen {
  let s = 0n;
  for (const f of flows) if (pick(f)) s += f.amount;
  return s;
}
