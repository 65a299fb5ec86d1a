// How many alerts: the one definition (src/domain/alerts/scope.ts).
import { describe, expect, it } from 'vitest';
import { alertsInScope, countBySeverity } from '../../src/domain/alerts/scope';
import { Dec } from '../../src/domain/money';
import type { Alert, Fund, RuleId, Severity } from '../../src/domain/types';
import { alertText } from './messages/samples';

function alert(rule: RuleId, severity: Severity, regionCode: string, fund: Fund | null): Alert {
  return { rule, severity, regionCode, fund, quarter: '2024Q4', value: new Dec(0), threshold: new Dec(0), text: alertText(regionCode) };
}

const alerts = [
  alert('months_payable', 'blue', '150100', 'resident'),
  alert('coverage', 'red', '150923', null),
  alert('current_deficit', 'red', '150923', 'assistance'),
  alert('current_deficit', 'yellow', '150900', 'resident'),
];

describe('how many alerts', () => {
  it('counts a region and everything below it, for one fund or both; an alert of no fund under either', () => {
    const city = new Set(['150900', '150923']);
    expect(alertsInScope(alerts, city, 'assistance').map((a) => a.rule)).toEqual(['coverage', 'current_deficit']);
    expect(alertsInScope(alerts, city, 'resident').map((a) => a.rule)).toEqual(['coverage', 'current_deficit']);
    expect(alertsInScope(alerts, city, null)).toHaveLength(3);
    expect(alertsInScope(alerts, null, null)).toHaveLength(4);
  });
  it('is worst first and counts by severity', () => {
    expect(alertsInScope(alerts, null, null).map((a) => a.severity)).toEqual(['red', 'red', 'yellow', 'blue']);
    expect(countBySeverity(alerts)).toEqual({ red: 2, orange: 0, yellow: 1, blue: 1 });
  });
});
