// The quarter the address asks for, resolved once against the dataset's.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/app/data/datasetTypes';
import { datasetQuarters, resolveQuarter } from '../../../src/app/shell/quarters';
import { DEFAULT_POLICY_FILE } from '../../../src/domain/policy/policy';

function withQuarters(quarters: string[]): Dataset {
  const report = { ok: true, cancelled: false, problems: [], tables: {}, files: [], policyFile: DEFAULT_POLICY_FILE, policyDefaults: true, quarters };
  return { id: 'user-1', name: { zh: 'x', en: 'x' }, isSample: false, report, policyFile: DEFAULT_POLICY_FILE };
}

describe('quarters', () => {
  it('lists a dataset\'s quarters oldest first, across years', () => {
    expect(datasetQuarters(withQuarters(['2024Q1', '2023Q4', '2024Q3', '2023Q2']))).toEqual(['2023Q2', '2023Q4', '2024Q1', '2024Q3']);
    expect(datasetQuarters(undefined)).toEqual([]);
  });

  it('resolves the quarter asked when the dataset has it, else its latest, else none', () => {
    const quarters = ['2023Q4', '2024Q1', '2024Q2'];
    expect(resolveQuarter('2024Q1', quarters)).toBe('2024Q1');
    expect(resolveQuarter('2025Q1', quarters)).toBe('2024Q2');
    expect(resolveQuarter('nonsense', quarters)).toBe('2024Q2');
    expect(resolveQuarter(null, quarters)).toBe('2024Q2');
    expect(resolveQuarter('2024Q1', [])).toBeNull();
  });
});
