// The band a value falls in, by the policy's bands (null = normal).
import { classify } from '../domain/bands';
import type { Decimal } from '../domain/money';
import type { Band } from '../domain/policyTypes';
import type { Severity } from '../domain/types';

export function severityOf(value: Decimal, bands: readonly Band[]): Severity | null {
  return classify(value, [...bands])?.severity ?? null;
}
