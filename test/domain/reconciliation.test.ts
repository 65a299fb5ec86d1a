// The reconciliation of superior funds in the domain (src/domain/reconciliation.ts):
// origin levels through source_transfer_id chains, what counts as received,
// and the policy bands of the `reconciliation` rule. The same figures run
// through files and both engines in test/cli/reconciliation.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconciliationAlerts, reconciliationSeverity } from '../../src/domain/alerts/reconciliation';
import type { Transfer } from '../../src/domain/inputTypes';
import { LEAGUE_BANNER_WORDS } from '../../src/domain/levelWords';
import { renderMessage } from '../../src/domain/messages/render';
import { Dec } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, parsePolicyFile, resolvePolicy } from '../../src/domain/policy/policy';
import { isJudged, reconcile, reconciliationRatio, transferOrigins } from '../../src/domain/reconciliation';
import type { FundQuarterTotals, Region, SourceLevel } from '../../src/domain/types';

const REGIONS: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150100', name: '呼和浩特市', level: 'city', parentCode: '150000', tier: 1 },
  { code: '150102', name: '新城区', level: 'county', parentCode: '150100', tier: 1 },
  { code: '150200', name: '包头市', level: 'city', parentCode: '150000', tier: 1 },
];

function doc(transferId: string, fromLevel: Transfer['fromLevel'], to: string, amount: string, received: string | null, source: string | null = null): Transfer {
  return { transferId, year: 2024, fund: 'resident', fromLevel, toRegionCode: to, kind: 'formal', amount: new Dec(amount), issuedDate: '2024-01-02', receivedDate: received, sourceTransferId: source };
}

/** The city's pool total of one quarter, income by source as given (the SQL rolls the pool up; here it is written out). */
function pool(regionCode: string, quarter: string, bySource: Partial<Record<SourceLevel, string>>): FundQuarterTotals {
  const zero = new Dec(0);
  const src = { central: zero, province: zero, city: zero, county: zero, individual: zero, other: zero };
  for (const [k, v] of Object.entries(bySource)) src[k as SourceLevel] = new Dec(v);
  return { regionCode, level: 'city', fund: 'resident', quarter, income: zero, expenditure: zero, incomeBySource: src, expenditureByItem: {} as FundQuarterTotals['expenditureByItem'] };
}

describe('reconciliation of superior funds', () => {
  it('follows source_transfer_id to the first document for the origin level', () => {
    const origins = transferOrigins([doc('C', 'central', '150000', '10.00', '2024-01-05'), doc('P', 'province', '150100', '10.00', '2024-01-10', 'C'), doc('K', 'city', '150102', '4.00', '2024-01-12', 'P')]);
    expect(origins.get('K')).toEqual({ origin: 'central', chain: ['K', 'P', 'C'] });
    expect(origins.get('P')).toEqual({ origin: 'central', chain: ['P', 'C'] });
  });

  it('counts documents received by the quarter end, pool by pool, and leaves a level without documents unjudged', () => {
    const transfers = [
      doc('C', 'central', '150000', '1000.00', '2023-12-20'),
      // An advance received in the previous year counts from the first day of 2024.
      doc('P1', 'province', '150100', '700.00', '2023-12-28', 'C'),
      // Inside the pool: not counted.
      doc('K1', 'city', '150102', '200.00', '2024-01-15', 'P1'),
      // After 2024Q1's end, and never received.
      doc('P2', 'province', '150102', '300.00', '2024-04-02', 'C'),
      doc('P3', 'province', '150100', '0.01', null),
    ];
    const rows = reconcile({
      quarter: '2024Q1',
      regions: REGIONS,
      transfers,
      fundTotals: [pool('150100', '2024Q1', { central: '700.00', province: '0.01' }), pool('150200', '2024Q1', { province: '99.99' }), pool('150100', '2023Q4', { central: '5.00' })],
    });
    expect(rows.map((r) => [r.cityCode, r.level, r.hasDocuments, r.received.toFixed(2), r.booked.toFixed(2), r.difference.toFixed(2), r.documents.map((d) => d.transferId), r.outside.map((d) => [d.transferId, d.reason])])).toEqual([
      ['150100', 'central', true, '700.00', '700.00', '0.00', ['P1'], [['P2', 'received_later']]],
      ['150100', 'province', true, '0.00', '0.01', '0.01', [], [['P3', 'not_received']]],
      ['150200', 'province', false, '0.00', '99.99', '99.99', [], []],
    ]);
    const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    const alerts = reconciliationAlerts(rows, (c) => c, '2024Q1', policy);
    // Received 0 with money booked: red; the pool without province documents: no alert.
    expect(alerts.map((a) => [a.regionCode, a.severity, a.value.toFixed(2), a.threshold.toFixed(2)])).toEqual([['150100', 'red', '0.01', '0.00']]);
    // The province's money in its own words: 自治区 in Inner Mongolia (the page's lead says 中央、自治区), 省级 elsewhere.
    expect(renderMessage(reconciliationAlerts(rows, (c) => c, '2024Q1', policy, LEAGUE_BANNER_WORDS)[0]!.text, 'zh')).toContain('（统筹区）2024年自治区资金年初至今：');
    expect(renderMessage(alerts[0]!.text, 'zh')).toContain('（统筹区）2024年省级资金年初至今：');
    expect(renderMessage(reconciliationAlerts(rows, (c) => c, '2024Q1', policy, LEAGUE_BANNER_WORDS)[0]!.text, 'en')).toBe(renderMessage(alerts[0]!.text, 'en'));
  });

  it('leaves a pool and fund without any fund flows of the year unjudged: what was booked is unknown, not zero', () => {
    const transfers = [doc('C', 'central', '150100', '1000.00', '2024-01-05'), doc('C2', 'central', '150200', '500.00', '2024-01-05')];
    // 150100 has flows of the year (none with central income: it did not book what it received); 150200 has none;
    // a flow of 2023 does not count for 2024.
    const rows = reconcile({
      quarter: '2024Q1',
      regions: REGIONS,
      transfers,
      fundTotals: [pool('150100', '2024Q1', { province: '1.00' }), pool('150200', '2023Q4', { central: '500.00' })],
    });
    expect(rows.map((r) => [r.cityCode, r.level, r.hasDocuments, r.hasBookings, isJudged(r)])).toEqual([
      ['150100', 'central', true, true, true],
      ['150100', 'province', false, true, false],
      ['150200', 'central', true, false, false],
    ]);
    const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    // Only the pool whose flows are loaded is alerted (received 1000, booked 0: red).
    const alerts = reconciliationAlerts(rows, (c) => c, '2024Q1', policy);
    expect(alerts.map((a) => [a.regionCode, a.severity, a.value.toFixed(2)])).toEqual([['150100', 'red', '1000.00']]);
    expect(rows.map((r) => reconciliationSeverity(r, policy))).toEqual(['red', null, null]);
  });

  it('judges |difference| / received by the policy bands: > 0 yellow, > 5% red', () => {
    const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
    expect(policy.thresholds.reconciliation).toEqual([
      { severity: 'yellow', gt: '0', lte: '0.05' },
      { severity: 'red', gt: '0.05' },
    ]);
    const row = (received: string, booked: string) => {
      const r = new Dec(received);
      const b = new Dec(booked);
      return { cityCode: '150100', fund: 'resident' as const, year: 2024, level: 'central' as const, hasDocuments: true, hasBookings: true, received: r, booked: b, difference: b.minus(r), documents: [], outside: [] };
    };
    const judged = (received: string, booked: string) => reconciliationAlerts([row(received, booked)], (c) => c, '2024Q4', policy).map((a) => [a.severity, a.value.toFixed(2), a.threshold.toFixed(2)]);
    expect(judged('1000.00', '1000.00')).toEqual([]);
    expect(judged('1000.00', '1000.01')).toEqual([['yellow', '0.01', '0.00']]);
    // Exactly 5% is still yellow; one fen more is red (threshold 5% × 1,000.00 = 50.00).
    expect(judged('1000.00', '950.00')).toEqual([['yellow', '50.00', '0.00']]);
    expect(judged('1000.00', '949.99')).toEqual([['red', '50.01', '50.00']]);
    expect(reconciliationRatio(row('0', '0')).toString()).toBe('0');
  });

  it('gives a policy file written before the rule the default bands', () => {
    const sample = parsePolicyFile(JSON.parse(readFileSync(join(import.meta.dirname, '../../data/sample/policy.json'), 'utf8')) as unknown);
    expect(sample.schema).toBeDefined();
    expect(resolvePolicy(sample, 2024).thresholds.reconciliation).toEqual(resolvePolicy(DEFAULT_POLICY_FILE, 2024).thresholds.reconciliation);
  });
});
