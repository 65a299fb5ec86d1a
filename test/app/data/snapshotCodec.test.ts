// The snapshot's JSON keeps every Decimal digit and every string as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../../src/app/data/snapshotCodec';
import { Dec, type Decimal } from '../../../src/domain/money';
import type { Alert, FundForecast } from '../../../src/domain/types';
import { message } from '../../../src/domain/messages/codes';
import { renderMessage } from '../../../src/domain/messages/render';

interface Sample {
  amount: Decimal;
  rate: Decimal | null;
  rows: { name: string; value: Decimal }[];
  count: number;
}

describe('snapshot codec', () => {
  it('revives money and rates as Decimals with the same digits', () => {
    const sample: Sample = {
      amount: new Dec('-1234567890123456.78'),
      // 1 / 3 at 40 significant digits: more than a float could carry.
      rate: new Dec(1).div(3),
      rows: [{ name: '~tilde first', value: new Dec('0.01') }],
      count: 7,
    };
    const text = encodeSnapshot(sample);
    expect(text).toContain('"~-1234567890123456.78"');
    expect(text).toContain('"~~tilde first"');
    const back = decodeSnapshot<Sample>(text);
    expect(Dec.isDecimal(back.amount)).toBe(true);
    expect(back.amount.toString()).toBe('-1234567890123456.78');
    expect(back.rate?.toString()).toBe('0.3333333333333333333333333333333333333333');
    expect(back.rows[0]?.name).toBe('~tilde first');
    expect(back.rows[0]?.value.toString()).toBe('0.01');
    expect(back.count).toBe(7);
  });

  it('round-trips any fen amount and any string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.string(), (fen, text) => {
        const amount = new Dec(fen.toString()).div(100);
        const back = decodeSnapshot<{ amount: Decimal; text: string }>(encodeSnapshot({ amount, text }));
        return back.amount.eq(amount) && back.amount.toString() === amount.toString() && back.text === text;
      }),
    );
  });

  it("carries an alert's message (code and figures) and both languages of a forecast method", () => {
    const alert: Alert = {
      rule: 'months_payable',
      severity: 'red',
      regionCode: '150900',
      fund: 'resident',
      quarter: '2024Q4',
      value: new Dec('2.300000000000000000000000000000000000001'),
      threshold: new Dec(3),
      text: message('alert.months_payable', {
        // A name that starts with the mark stays a string.
        region: '~乌兰察布市',
        fund: 'resident',
        comparison: 'lt',
        severity: 'red',
        balance: '1400000',
        window: 4,
        average: '658333.333333333333333333333333333333333',
        months: '2.126582278481012658227848101265822784810',
        threshold: '3',
      }),
    };
    const forecast: FundForecast = {
      regionCode: '150900',
      level: 'city',
      fund: 'resident',
      from: '2024Q4',
      points: [{ quarter: '2025Q1', accumulatedBalance: new Dec('-12.34'), monthsPayable: null }],
      negativeQuarter: '2025Q1',
      method: '没有完整的往年数据，按近2个季度的平均收入、支出推算。',
      methodEn: 'No complete earlier years: projected by the average income and expenditure of the last 2 quarters.',
    };
    const back = decodeSnapshot<{ alerts: Alert[]; forecasts: FundForecast[] }>(encodeSnapshot({ alerts: [alert], forecasts: [forecast] }));
    expect(back.alerts[0]?.text).toEqual(alert.text);
    expect(renderMessage(back.alerts[0]!.text, 'zh')).toBe(
      '~乌兰察布市 城乡居民医保基金 累计结余可支付月数 = 累计结余 140.00万元 ÷ 近4个季度月均支出 65.83万元 = 2.13 个月，低于 3 个月（红色）',
    );
    expect(renderMessage(back.alerts[0]!.text, 'en')).toBe(renderMessage(alert.text, 'en'));
    expect(back.alerts[0]?.value.toString()).toBe('2.300000000000000000000000000000000000001');
    expect(back.forecasts[0]?.methodEn).toBe(forecast.methodEn);
    expect(back.forecasts[0]?.points[0]?.accumulatedBalance.toString()).toBe('-12.34');
  });
});
