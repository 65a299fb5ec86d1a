// The build-time snapshot travels as JSON: Decimals become strings with a
// "~" mark (exact digits, no float on the way), and a real string that
// starts with "~" gets a second one so it never reads as a number.
import { Dec, type Decimal } from '../../domain/money';

const MARK = '~';

export function encodeSnapshot(value: unknown): string {
  return JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, v: unknown) {
    // JSON.stringify has already called Decimal#toJSON on `v`: look at the original.
    const original = this[key];
    if (Dec.isDecimal(original)) return MARK + (original as Decimal).toString();
    if (typeof v === 'string' && v.startsWith(MARK)) return MARK + v;
    return v;
  });
}

export function decodeSnapshot<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v !== 'string' || !v.startsWith(MARK)) return v;
    return v.startsWith(MARK + MARK) ? v.slice(1) : new Dec(v.slice(1));
  }) as T;
}
