// Months payable (累计结余可支付月数): how many months the accumulated
// balance would pay at the recent average monthly expenditure.
import type { Decimal } from './money';
import { sum } from './money';

/** sum / (3 × number of quarters); null when no quarters are given. */
export function averageMonthlyExpenditure(trailingExpenditures: Decimal[]): Decimal | null {
  if (trailingExpenditures.length === 0) return null;
  return sum(trailingExpenditures).div(3 * trailingExpenditures.length);
}

/**
 * `trailingExpenditures` are the quarterly expenditures of the window the
 * caller chose (policy.months_payable_window_quarters, fewer when the
 * history is shorter). null when there is nothing to divide by.
 */
export function monthsPayable(accumulatedBalance: Decimal, trailingExpenditures: Decimal[]): Decimal | null {
  const average = averageMonthlyExpenditure(trailingExpenditures);
  if (average === null || average.isZero()) return null;
  return accumulatedBalance.div(average);
}
