// The three transfer rules: transfer_late, transfer_not_received, advance_ratio.
import { describe, expect, it } from 'vitest';
import { advanceRatioAlerts, transferLateAlerts, transferNotReceivedAlerts } from '../../../src/domain/alerts';
import { daysBetween, quarterEnd, quarterOfDate } from '../../../src/domain/alerts/transferDates';
import type { Transfer } from '../../../src/domain/inputTypes';
import { money } from '../../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import { en, zh } from './say';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const name = (code: string): string => ({ '152200': '兴安盟', '152900': '阿拉善盟', '152500': '锡林郭勒盟' })[code] ?? code;

function transfer(t: Partial<Transfer> & Pick<Transfer, 'transferId'>): Transfer {
  return {
    year: 2024,
    fund: 'resident',
    fromLevel: 'province',
    toRegionCode: '152200',
    kind: 'formal',
    amount: money('1000000.00'),
    issuedDate: '2024-06-01',
    receivedDate: '2024-06-05',
    sourceTransferId: null,
    ...t,
  };
}

const central = transfer({ transferId: '财社〔2024〕31号', fromLevel: 'central', toRegionCode: '150000', receivedDate: '2024-05-06' });

describe('transfer dates', () => {
  it('counts days across months and leap days, and finds quarters', () => {
    expect(daysBetween('2024-05-06', '2024-06-23')).toBe(48); // 25 days left in May + 23
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // 2024 is a leap year
    expect(quarterOfDate('2024-06-30')).toBe('2024Q2');
    expect(quarterOfDate('2024-07-01')).toBe('2024Q3');
    expect(quarterEnd('2024Q1')).toBe('2024-03-31');
    expect(quarterEnd('2024Q4')).toBe('2024-12-31');
  });
});

describe('transferLateAlerts', () => {
  const late = transfer({ transferId: '内财社〔2024〕224号', sourceTransferId: central.transferId, issuedDate: '2024-06-23', amount: money('37683425.73') });
  const onTime = transfer({ transferId: 'B', sourceTransferId: central.transferId, issuedDate: '2024-06-05', toRegionCode: '152900' }); // exactly 30 days
  const justLate = transfer({ transferId: 'C', sourceTransferId: central.transferId, issuedDate: '2024-06-06', toRegionCode: '152500' }); // 31 days
  const all = [central, late, onTime, justLate];

  it('red above 30 days, dated the quarter it was issued in; 30 days exactly is on time', () => {
    const alerts = transferLateAlerts(all, name, '2024Q4', policy);
    expect(alerts.map((a) => [a.regionCode, a.quarter, a.value.toString(), a.threshold.toString(), a.severity])).toEqual([
      ['152200', '2024Q2', '48', '30', 'red'],
      ['152500', '2024Q2', '31', '30', 'red'],
    ]);
    expect(zh(alerts[0])).toBe(
      '兴安盟 城乡居民医保基金 内财社〔2024〕224号（3,768.34万元）转下达用时 = 下达日期 2024-06-23 − 来源文件 财社〔2024〕31号 到账日期 2024-05-06 = 48 天，高于 30 天（红色）',
    );
    // Document numbers are data and stay as loaded; 3,768.34万元 = 37.6834 million yuan.
    expect(en(alerts[0])).toBe(
      '兴安盟 resident basic medical insurance fund 内财社〔2024〕224号 (37.6834 million yuan) days to pass on = ' +
        'issued 2024-06-23 − source document 财社〔2024〕31号 received 2024-05-06 = 48 days, above 30 days (red)',
    );
  });

  it("a city's pass-down to a county is held to the same 30 days (预算法 art. 52), counted from the city's receipt", () => {
    // 兴安盟 received 224号 on 2024-06-27 and passed it to 152201 on 2024-08-01: 4 days left in June + 31 in July + 1 = 35.
    const received = { ...late, receivedDate: '2024-06-27' };
    const cityLate = transfer({ transferId: '兴财社〔2024〕12号', fromLevel: 'city', toRegionCode: '152201', sourceTransferId: late.transferId, issuedDate: '2024-08-01' });
    const cityOnTime = transfer({ transferId: '兴财社〔2024〕13号', fromLevel: 'city', toRegionCode: '152202', sourceTransferId: late.transferId, issuedDate: '2024-07-27' });
    const alerts = transferLateAlerts([central, received, cityLate, cityOnTime], name, '2024Q4', policy);
    expect(alerts.map((a) => [a.regionCode, a.quarter, a.value.toString(), a.severity])).toEqual([
      ['152200', '2024Q2', '48', 'red'],
      ['152201', '2024Q3', '35', 'red'],
    ]);
  });

  it('not before it was issued, nor in another year, nor without a received source', () => {
    expect(transferLateAlerts(all, name, '2024Q1', policy)).toEqual([]);
    expect(transferLateAlerts(all, name, '2025Q2', policy)).toEqual([]);
    expect(transferLateAlerts([{ ...central, receivedDate: null }, late], name, '2024Q4', policy)).toEqual([]);
    expect(transferLateAlerts([late], name, '2024Q4', policy)).toEqual([]);
  });
});

describe('transferNotReceivedAlerts', () => {
  const pending = transfer({ transferId: '内财社〔2024〕259号', fund: 'assistance', toRegionCode: '152900', kind: 'supplementary', amount: money('148656.16'), issuedDate: '2024-11-25', receivedDate: null });
  const crossing = transfer({ transferId: 'D', issuedDate: '2024-09-28', receivedDate: '2024-10-02' });

  it('yellow when issued by the quarter end and not received by then', () => {
    const alerts = transferNotReceivedAlerts([pending, crossing], name, '2024Q4', policy);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'transfer_not_received', severity: 'yellow', regionCode: '152900', fund: 'assistance', quarter: '2024Q4' });
    expect(alerts[0]?.value.toString()).toBe('148656.16');
    expect(zh(alerts[0])).toBe(
      '阿拉善盟 城乡医疗救助基金 内财社〔2024〕259号 2024-11-25 下达 14.87万元，至季末 2024-12-31 尚未到账：未到账金额 14.87万元，高于 0.00万元（黄色）',
    );
    expect(en(alerts[0])).toBe(
      '阿拉善盟 medical assistance fund 内财社〔2024〕259号 issued 2024-11-25: 0.1487 million yuan, at quarter end 2024-12-31 not yet received: ' +
        'amount outstanding 0.1487 million yuan, above 0.0000 million yuan (yellow)',
    );
  });

  it('received after the quarter end counts as not received; issued after it is not judged', () => {
    // D: issued 2024-09-28, received 2024-10-02 — outstanding at 2024-09-30.
    const q3 = transferNotReceivedAlerts([pending, crossing], name, '2024Q3', policy);
    expect(q3.map((a) => zh(a)!)).toEqual(['兴安盟 城乡居民医保基金 D 2024-09-28 下达 100.00万元，至季末 2024-09-30 2024-10-02 才到账：未到账金额 100.00万元，高于 0.00万元（黄色）']);
  });
});

describe('advanceRatioAlerts', () => {
  // 锡林郭勒: 2024 formal 800,000,000.00 + supplementary 90,278,848.00 = 890,278,848.00;
  // 2025 advance 758,517,578.50; 758,517,578.50 / 890,278,848.00 = 0.852000000004… (× 0.852 = 758,517,578.496).
  const xilin = [
    transfer({ transferId: 'F', toRegionCode: '152500', amount: money('800000000.00') }),
    transfer({ transferId: 'S', toRegionCode: '152500', kind: 'supplementary', amount: money('90278848.00') }),
    transfer({ transferId: 'A', toRegionCode: '152500', kind: 'advance', year: 2025, amount: money('758517578.50'), issuedDate: '2024-11-20' }),
  ];
  // 兴安盟: 2024 1,000,000.00, 2025 advance 900,000.00: exactly 0.9, not below.
  const xingan = [
    transfer({ transferId: 'F2' }),
    transfer({ transferId: 'A2', kind: 'advance', year: 2025, amount: money('900000.00'), issuedDate: '2024-11-20' }),
  ];

  it('yellow below 90% at Q4, with the two sums in the sentence', () => {
    const alerts = advanceRatioAlerts([...xilin, ...xingan], name, '2024Q4', policy);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'advance_ratio', severity: 'yellow', regionCode: '152500', fund: 'resident', quarter: '2024Q4' });
    expect(alerts[0]?.value.toFixed(12)).toBe('0.852000000004');
    expect(alerts[0]?.threshold.toString()).toBe('0.9');
    expect(zh(alerts[0])).toBe(
      '锡林郭勒盟 城乡居民医保基金 提前下达比例 = 2025 年提前下达 75,851.76万元 ÷ 2024 年已下达 89,027.88万元 = 85.20%，低于 90.00%（黄色）',
    );
  });

  it('only at Q4, only for advances issued by then, not without an advance', () => {
    expect(advanceRatioAlerts(xilin, name, '2024Q3', policy)).toEqual([]);
    const issuedLater = xilin.map((t) => (t.kind === 'advance' ? { ...t, issuedDate: '2025-01-05' } : t));
    expect(advanceRatioAlerts(issuedLater, name, '2024Q4', policy)).toEqual([]);
  });
});
