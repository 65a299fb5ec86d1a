import { describe, expect, it } from 'vitest';
import { compareCodes } from '../../src/domain/codeOrder';

describe('compareCodes', () => {
  it("orders codes by their characters, as DuckDB's ORDER BY does", () => {
    const codes = ['150200', '150100', '1501', '150121', '510100', '150100000000', 'resident', 'assistance', ''];
    expect([...codes].sort(compareCodes)).toEqual(['', '1501', '150100', '150100000000', '150121', '150200', '510100', 'assistance', 'resident']);
    expect(compareCodes('150100', '150100')).toBe(0);
    expect(compareCodes('150100', '150200')).toBeLessThan(0);
    expect(compareCodes('150200', '150100')).toBeGreaterThan(0);
  });
});
