// Who pays the per-capita fiscal subsidy of the resident fund (DOMAIN.md
// "Per-capita financing and who pays it"), and what the medical-assistance
// fund owes for subsidised enrollment of each recipient category.
import type Decimal from 'decimal.js';
import { message, type Message } from './messages/codes';
import { SplitError } from './largestRemainder';
import { Dec, sum } from './money';
import type { Category, Tier } from './vocabulary';

export interface FiscalSplit {
  /** Central finance's share of the total (policy fiscal_split.central_share). */
  centralShare: Decimal;
  /** Province's share of what central leaves, by the region's tier. */
  provinceShareOfRestByTier: Record<'1' | '2' | '3', Decimal>;
}

export interface SubsidySplit {
  total: Decimal;
  central: Decimal;
  province: Decimal;
  /** The remainder, so the three parts add up to `total` exactly. */
  cityCounty: Decimal;
}

function checkRatio(ratio: Decimal, subject: Message): void {
  if (!ratio.isFinite() || ratio.lt(0) || ratio.gt(1)) {
    throw new SplitError(message('split.ratio_range', { subject, ratio: ratio.toString() }));
  }
}

function checkMoney(amount: Decimal, subject: Message): void {
  if (!amount.isFinite() || amount.lt(0) || amount.decimalPlaces() > 2) {
    throw new SplitError(message('split.money_invalid', { subject, amount: amount.toString() }));
  }
}

function checkPersons(persons: number, subject: Message): void {
  if (!Number.isSafeInteger(persons) || persons < 0) {
    throw new SplitError(message('split.persons_invalid', { subject, persons: String(persons) }));
  }
}

function toFenHalfUp(value: Decimal): Decimal {
  return new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * total = perCapita × insured; central = total × centralShare and
 * province = (total − central) × provinceShare (each rounded half-up to the
 * fen); city and county carry the rest, so nothing is lost or made up.
 */
export function splitSubsidy(perCapita: Decimal, insured: number, tier: Tier, split: FiscalSplit): SubsidySplit {
  checkMoney(perCapita, message('subject.per_capita_subsidy'));
  checkPersons(insured, message('subject.insured'));
  const provinceShare = split.provinceShareOfRestByTier[String(tier) as '1' | '2' | '3'];
  checkRatio(split.centralShare, message('subject.central_share'));
  checkRatio(provinceShare, message('subject.province_share', { tier }));

  const total = new Dec(perCapita).times(insured);
  const central = toFenHalfUp(total.times(split.centralShare));
  const province = toFenHalfUp(total.minus(central).times(provinceShare));
  return { total, central, province, cityCounty: total.minus(central).minus(province) };
}

export interface CategoryPersons {
  category: Category;
  persons: number;
}

export interface CategoryDemand {
  category: Category;
  persons: number;
  /** Subsidy per person: contribution × the category's ratio, rounded half-up to the fen. */
  standard: Decimal;
  /** standard × persons. */
  amount: Decimal;
}

export interface SubsidyDemand {
  byCategory: CategoryDemand[];
  total: Decimal;
}

/**
 * What subsidising the enrollment of the given recipients costs: each
 * category's per-person standard is the individual contribution times the
 * category's subsidy ratio, rounded to the fen first (a person is billed a
 * whole fen amount), then multiplied by the persons. Rows keep their order;
 * a category given twice is an error rather than silently merged.
 */
export function subsidyDemand(
  persons: readonly CategoryPersons[],
  contribution: Decimal,
  ratios: Record<Category, Decimal>,
): SubsidyDemand {
  checkMoney(contribution, message('subject.contribution'));
  const seen = new Set<Category>();
  const byCategory = persons.map((row): CategoryDemand => {
    if (seen.has(row.category)) throw new SplitError(message('split.duplicate_category', { category: row.category }));
    seen.add(row.category);
    checkPersons(row.persons, message('subject.category_persons', { category: row.category }));
    const ratio = ratios[row.category];
    checkRatio(ratio, message('subject.category_ratio', { category: row.category }));
    const standard = toFenHalfUp(new Dec(contribution).times(ratio));
    return { category: row.category, persons: row.persons, standard, amount: standard.times(row.persons) };
  });
  return { byCategory, total: sum(byCategory.map((r) => r.amount)) };
}
