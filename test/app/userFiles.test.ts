import { describe, expect, it } from 'vitest';
import { datasetName } from '../../src/app/data/userFiles';

describe('dataset name shown in the header', () => {
  it('is the folder name when every file is in one folder', () => {
    expect(datasetName(['2024四季度/regions.csv', '2024四季度/fund_flows.csv', '2024四季度/sub/policy.json'])).toBe(
      '2024四季度',
    );
  });

  it('lists one or two loose files by name', () => {
    expect(datasetName(['regions.csv'])).toBe('regions.csv');
    expect(datasetName(['regions.csv', 'fund_flows.csv'])).toBe('regions.csv、fund_flows.csv');
  });

  it('summarises more loose files', () => {
    expect(datasetName(['regions.csv', 'fund_flows.csv', 'budgets.csv'])).toBe('regions.csv 等 3 个文件');
  });
});
