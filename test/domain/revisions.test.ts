// Which alerts a new submission raised, resolved or moved to another band,
// matched by rule, region, fund and period (and, for a late pass-down, the
// quarter of its document), not by the quarter analysed.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { alertIdentity, compareAlerts } from '../../src/domain/revisions';
import type { Alert } from '../../src/domain/types';
import { alertText } from './messages/samples';

function alert(rule: Alert['rule'], regionCode: string, severity: Alert['severity'], value: string, extra: Partial<Alert> = {}): Alert {
  return { rule, severity, regionCode, fund: 'resident', quarter: '2024Q4', value: new Dec(value), threshold: new Dec(3), text: alertText(`${rule} ${regionCode}`), ...extra };
}

describe('compareAlerts', () => {
  it('new, resolved and changed in severity; an alert that stays in its band is not listed', () => {
    const before = [
      alert('months_payable', '150900', 'yellow', '3.51', { quarter: '2024Q3' }),
      alert('months_payable', '150600', 'yellow', '15.10', { quarter: '2024Q3' }),
      alert('balance_rate', '150500', 'yellow', '0.0291', { quarter: '2024Q3' }),
    ];
    const after = [
      alert('months_payable', '150900', 'red', '2.30'),
      alert('months_payable', '150600', 'yellow', '15.80'),
      alert('coverage', '152222', 'red', '0.977924', { fund: null }),
    ];
    const r = compareAlerts(before, after);
    expect(r.new.map((a) => a.regionCode)).toEqual(['152222']);
    expect(r.resolved.map((a) => a.regionCode)).toEqual(['150500']);
    expect(r.changed.map((c) => [c.before.severity, c.after.severity, c.after.value.toString()])).toEqual([['yellow', 'red', '2.3']]);
  });

  it('a late pass-down is one alert per document quarter; the other rules ignore the quarter analysed', () => {
    const late = alert('transfer_late', '152200', 'red', '48', { quarter: '2024Q2' });
    expect(alertIdentity(late)).not.toBe(alertIdentity({ ...late, quarter: '2024Q3' }));
    const months = alert('months_payable', '150900', 'red', '2.30');
    expect(alertIdentity(months)).toBe(alertIdentity({ ...months, quarter: '2024Q3' }));
    expect(alertIdentity(months)).not.toBe(alertIdentity({ ...months, fund: 'assistance' }));
    expect(alertIdentity({ ...months, rule: 'current_deficit', period: 'ytd' })).not.toBe(alertIdentity({ ...months, rule: 'current_deficit', period: 'quarter' }));
  });
});
