// The fields every alert has, whatever its rule: which rule, how bad (the
// band its value fell in), where and when, and the value against the
// threshold it crossed. Each rule adds its sentence.
import type { Classification } from '../policy/bands';
import { message, type AlertCode, type AlertSubject, type MessageParams } from '../messages/codes';
import type { Decimal } from '../money';
import type { Alert, Fund, Quarter, RegionCode, RuleId } from '../types';
import { about, type RegionName } from './message';

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

/** A region's fund at a quarter: where every rule but coverage raises its alerts. */
export interface FundSite {
  regionCode: RegionCode;
  fund: Fund;
  quarter: Quarter;
}

/** The sentences that open with the region and the fund (every rule's but coverage's). */
export type FundAlertCode = { [C in AlertCode]: MessageParams[C] extends AlertSubject ? C : never }[AlertCode];

/** What such a sentence quotes after its subject: the rule's own figures. */
export type RuleFigures<C extends FundAlertCode> = Omit<MessageParams[C], keyof AlertSubject>;

/**
 * The alert `rule` raises on a region's fund: band `c` of `value` at `site`,
 * said by the sentence `code`, which names the region and the fund and the
 * band before it quotes `figures`. `threshold` is the crossed bound unless
 * the rule states it in other terms (money, months).
 */
export function raise<C extends FundAlertCode>(
  rule: RuleId,
  c: Classification,
  site: FundSite,
  value: Decimal,
  regionName: RegionName,
  code: C,
  figures: RuleFigures<C>,
  threshold: Decimal = c.threshold,
): Alert {
  // The subject and the figures are the sentence's params: TypeScript does not see through the Omit.
  const params = { ...about(regionName, site.regionCode, site.fund, c), ...figures } as MessageParams[C];
  return { ...alertHead(rule, c, site, value, threshold), text: message<FundAlertCode>(code, params) };
}
