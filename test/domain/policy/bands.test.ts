import { describe, expect, it } from 'vitest';
import { bandLimits, classify } from '../../../src/domain/policy/bands';
import { Dec } from '../../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import type { Band } from '../../../src/domain/policy/types';

const t = resolvePolicy(DEFAULT_POLICY_FILE, 2024).thresholds;

function judge(value: string, bands: Band[]): [string, string] | null {
  const c = classify(new Dec(value), bands);
  return c === null ? null : [c.severity, c.threshold.toString()];
}

describe('classify on the default bands', () => {
  it('coverage: < 0.99 red, [0.99, 0.995) yellow', () => {
    expect(judge('0.9899', t.coverage)).toEqual(['red', '0.99']);
    expect(judge('0.99', t.coverage)).toEqual(['yellow', '0.995']);
    expect(judge('0.9949999', t.coverage)).toEqual(['yellow', '0.995']);
    expect(judge('0.995', t.coverage)).toBeNull();
    expect(judge('1', t.coverage)).toBeNull();
    expect(judge('0', t.coverage)).toEqual(['red', '0.99']);
  });

  it('months payable: red < 3, orange [3, 6), normal [6, 9), blue [9, 15], yellow > 15', () => {
    expect(judge('2.99', t.months_payable)).toEqual(['red', '3']);
    expect(judge('-4', t.months_payable)).toEqual(['red', '3']);
    expect(judge('3', t.months_payable)).toEqual(['orange', '6']);
    expect(judge('5.999', t.months_payable)).toEqual(['orange', '6']);
    expect(judge('6', t.months_payable)).toBeNull();
    expect(judge('8.99', t.months_payable)).toBeNull();
    expect(judge('9', t.months_payable)).toEqual(['blue', '9']);
    expect(judge('15', t.months_payable)).toEqual(['blue', '9']);
    expect(judge('15.01', t.months_payable)).toEqual(['yellow', '15']);
  });

  it('balance rate, deficits and the one-bound rules', () => {
    expect(judge('-0.0001', t.balance_rate)).toEqual(['red', '0']);
    expect(judge('0', t.balance_rate)).toEqual(['yellow', '0.05']);
    expect(judge('0.05', t.balance_rate)).toBeNull();
    expect(judge('-0.01', t.current_deficit)).toEqual(['red', '0']);
    expect(judge('0', t.current_deficit)).toBeNull();
    expect(judge('-1', t.accumulated_negative)).toEqual(['red', '0']);
    expect(judge('30', t.transfer_late)).toBeNull();
    expect(judge('31', t.transfer_late)).toEqual(['red', '30']);
    expect(judge('0.8999', t.advance_ratio)).toEqual(['yellow', '0.9']);
    expect(judge('0.9', t.advance_ratio)).toBeNull();
    expect(judge('0', t.transfer_not_received)).toBeNull();
    expect(judge('0.01', t.transfer_not_received)).toEqual(['yellow', '0']);
    expect(judge('0.1', t.budget_execution)).toBeNull();
    expect(judge('0.1001', t.budget_execution)).toEqual(['yellow', '0.1']);
  });

  it('the worst matching band wins when bands overlap', () => {
    // growth gap: yellow > 5 pp and red > 10 pp both match 12 pp.
    expect(judge('0.05', t.growth_gap)).toBeNull();
    expect(judge('0.07', t.growth_gap)).toEqual(['yellow', '0.05']);
    expect(judge('0.12', t.growth_gap)).toEqual(['red', '0.1']);
  });

  it('reports which side of the threshold the value is on', () => {
    expect(classify(new Dec('2'), t.months_payable)?.bound).toBe('lt');
    expect(classify(new Dec('10'), t.months_payable)?.bound).toBe('gte');
    expect(classify(new Dec('16'), t.months_payable)?.bound).toBe('gt');
  });

  it('an isolated two-bound band uses the bound nearer the value', () => {
    const only: Band[] = [{ severity: 'orange', gte: '10', lte: '20' }];
    expect(judge('11', only)).toEqual(['orange', '10']);
    expect(judge('19', only)).toEqual(['orange', '20']);
  });
});

describe('bandLimits', () => {
  it('lists the months-payable bands lowest first', () => {
    const limits = bandLimits(t.months_payable).map((l) => [
      l.severity,
      l.from?.toString() ?? null,
      l.fromInclusive,
      l.to?.toString() ?? null,
      l.toInclusive,
    ]);
    expect(limits).toEqual([
      ['red', null, false, '3', false],
      ['orange', '3', true, '6', false],
      ['blue', '9', true, '15', true],
      ['yellow', '15', false, null, false],
    ]);
  });
});

describe('a band edited in place', () => {
  it('is judged by its new bounds (bounds are parsed once per band, and again when its text changes)', () => {
    const bands: Band[] = [{ severity: 'red', lt: '0.99' }];
    expect(judge('0.985', bands)).toEqual(['red', '0.99']);
    const red = bands[0] as Band;
    red.lt = '0.98';
    expect(judge('0.985', bands)).toBeNull();
    delete red.lt;
    red.lte = '0.985';
    expect(judge('0.985', bands)).toEqual(['red', '0.985']);
  });
});
