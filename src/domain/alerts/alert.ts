// The fields every alert has, whatever its rule: which rule, how bad (the
// band its value fell in), where and when, and the value against the
// threshold it crossed. Each rule adds its sentence.
import type { Classification } from '../policy/bands';
import type { Decimal } from '../money';
import type { Alert, Fund, Quarter, RegionCode, RuleId } from '../types';

export type AlertHead = Pick<Alert, 'rule' | 'severity' | 'regionCode' | 'fund' | 'quarter' | 'value' | 'threshold'>;

export function alertHead(
  rule: RuleId,
  c: Pick<Classification, 'severity' | 'threshold'>,
  where: { regionCode: RegionCode; fund: Fund | null; quarter: Quarter },
  value: Decimal,
  threshold: Decimal = c.threshold,
): AlertHead {
  return { rule, severity: c.severity, regionCode: where.regionCode, fund: where.fund, quarter: where.quarter, value, threshold };
}
