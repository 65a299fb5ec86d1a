// Writes every table of a generated dataset for the given cities into `out`:
// the sample (scripts/generate-sample.ts) and the benchmark's ten-times
// province (scripts/bench/province10x.ts) share it, so both follow the data
// contract the same way. Deterministic: the generators are seeded.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateAssistanceFund } from './assistance';
import { calibrateBalances } from './balances';
import { bookOnArrival, bookTwice } from './booking';
import { generateBudgets } from './budgets';
import { writeTable } from './csv';
import { generateEnrollment } from './enrollment';
import { generateFactors, generateTotals } from './factors';
import { CATEGORY_ORDER, DIRECTION_ORDER, ITEM_ORDER, SOURCE_ORDER } from './order';
import { yuanText } from './money';
import { PROVINCE, type City } from './regions';
import { generateTransfers } from './transfers';
import { generateResident } from './resident';

/**
 * `root` is the repository (for the default policy); `out` is created if
 * missing. `copyPolicy` false keeps the policy.json already in `out` (the
 * sample's own, data/README.md).
 */
export function writeDataset(root: string, out: string, cities: City[], copyPolicy = true): void {
  mkdirSync(out, { recursive: true });
  writeTable(out, 'regions', [
    { region_code: PROVINCE.code, name: PROVINCE.name, level: 'province', parent_code: '', tier: '' },
    ...cities.flatMap((c) => [
      { region_code: c.code, name: c.name, level: 'city', parent_code: PROVINCE.code, tier: c.tier },
      ...c.counties.map((k) => ({ region_code: k.code, name: k.name, level: 'county', parent_code: c.code, tier: k.tier })),
    ]),
  ]);

  const enrollment = generateEnrollment(cities);
  writeTable(
    out,
    'resident_enrollment',
    [...enrollment.insured.entries()]
      .flatMap(([code, byYear]) => [...byYear.entries()].flatMap(([y, n]) => [1, 2, 3, 4].map((q) => ({ quarter: `${y}Q${q}`, region_code: code, insured: n }))))
      .sort((a, b) => cmp(a.quarter, b.quarter) || cmp(a.region_code, b.region_code)),
  );
  writeTable(
    out,
    'assistance_enrollment',
    [...enrollment.assistance]
      .sort((a, b) => cmp(a.quarter, b.quarter) || cmp(a.regionCode, b.regionCode) || CATEGORY_ORDER(a.category) - CATEGORY_ORDER(b.category))
      .map((r) => ({
        quarter: r.quarter,
        region_code: r.regionCode,
        category: r.category,
        recipients: r.recipients,
        enrolled: r.enrolled,
        subsidized: r.subsidized,
        subsidy_amount: yuanText(r.subsidyAmount),
      })),
  );

  const resident = generateResident(cities, enrollment.insured);
  const assistance = generateAssistanceFund(cities, enrollment);
  const transfers = generateTransfers(cities, { resident: resident.central, assistance: assistance.central });
  const generated = [...assistance.flows, ...resident.flows];
  // Superior money is booked in the quarter its document arrives.
  bookOnArrival(generated, transfers, cities);
  const flows = generated.sort(
    (a, b) =>
      cmp(a.quarter, b.quarter) ||
      cmp(a.regionCode, b.regionCode) ||
      cmp(a.fund, b.fund) ||
      DIRECTION_ORDER(a.direction) - DIRECTION_ORDER(b.direction) ||
      ITEM_ORDER(a.direction, a.item) - ITEM_ORDER(b.direction, b.item) ||
      SOURCE_ORDER(a.sourceLevel) - SOURCE_ORDER(b.sourceLevel),
  );
  const balances = calibrateBalances(cities, flows);
  const budgets = generateBudgets(cities, flows);
  const totals = generateTotals(flows);
  // The planted double booking goes into the written flows only (booking.ts).
  bookTwice(flows, transfers, cities);
  writeTable(
    out,
    'fund_flows',
    flows.map((f) => ({
      quarter: f.quarter,
      region_code: f.regionCode,
      fund: f.fund,
      direction: f.direction,
      item: f.item,
      source_level: f.sourceLevel,
      amount: yuanText(f.amount),
    })),
  );

  writeTable(
    out,
    'fund_balances',
    balances
      .sort((a, b) => a.year - b.year || cmp(a.regionCode, b.regionCode) || cmp(a.fund, b.fund))
      .map((b) => ({ year: b.year, region_code: b.regionCode, fund: b.fund, opening_balance: yuanText(b.opening) })),
  );

  writeTable(
    out,
    'budgets',
    budgets
      .sort((a, b) => a.year - b.year || cmp(a.regionCode, b.regionCode) || cmp(a.fund, b.fund) || DIRECTION_ORDER(a.direction) - DIRECTION_ORDER(b.direction))
      .map((b) => ({ year: b.year, region_code: b.regionCode, fund: b.fund, direction: b.direction, amount: yuanText(b.amount) })),
  );

  writeTable(
    out,
    'obligations',
    [...assistance.obligations, ...resident.obligations]
      .sort((a, b) => a.year - b.year || cmp(a.regionCode, b.regionCode) || cmp(a.fund, b.fund) || cmp(a.kind, b.kind))
      .map((o) => ({ year: o.year, region_code: o.regionCode, fund: o.fund, kind: o.kind, due: yuanText(o.due), paid: yuanText(o.paid) })),
  );

  writeTable(
    out,
    'transfers',
    transfers.map((t) => ({
      transfer_id: t.transferId,
      year: t.year,
      fund: t.fund,
      from_level: t.fromLevel,
      to_region_code: t.toRegionCode,
      kind: t.kind,
      amount: yuanText(t.amount),
      issued_date: t.issuedDate,
      received_date: t.receivedDate,
      source_transfer_id: t.sourceTransferId,
    })),
  );

  writeTable(
    out,
    'allocation_factors',
    generateFactors(cities, enrollment).map((f) => ({
      year: f.year,
      region_code: f.regionCode,
      pot: f.pot,
      need: f.need,
      tier_ratio: f.tierRatio,
      performance: f.performance,
      population: f.population,
      incidence: f.incidence,
      fiscal: f.fiscal,
    })),
  );
  writeTable(
    out,
    'allocation_totals',
    totals.map((t) => ({ year: t.year, pot: t.pot, amount: yuanText(t.amount) })),
  );

  if (copyPolicy) copyFileSync(join(root, 'src', 'domain', 'policy', 'policy.default.json'), join(out, 'policy.json'));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
