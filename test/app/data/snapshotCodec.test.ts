// The snapshot's JSON keeps every Decimal digit and every string as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from '../../../src/app/data/snapshotCodec';
import { Dec, type Decimal } from '../../../src/domain/money';

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
});
