import { describe, expect, it } from 'vitest';
import { datasetName, readFileList } from '../../src/app/data/userFiles';

describe('dataset name shown in the header', () => {
  it('is the folder name when every file is in one folder', () => {
    // A folder's name is the user's: the same in both languages.
    expect(datasetName(['2024四季度/regions.csv', '2024四季度/fund_flows.csv', '2024四季度/sub/policy.json'])).toEqual({
      zh: '2024四季度',
      en: '2024四季度',
    });
  });

  it('lists one or two loose files by name', () => {
    expect(datasetName(['regions.csv'])).toEqual({ zh: 'regions.csv', en: 'regions.csv' });
    expect(datasetName(['regions.csv', 'fund_flows.csv'])).toEqual({ zh: 'regions.csv、fund_flows.csv', en: 'regions.csv, fund_flows.csv' });
  });

  it('summarises more loose files', () => {
    expect(datasetName(['regions.csv', 'fund_flows.csv', 'budgets.csv'])).toEqual({ zh: 'regions.csv 等 3 个文件', en: 'regions.csv and 2 more files' });
    expect(datasetName(['regions.csv', 'a/fund_flows.csv']).en).toBe('regions.csv, fund_flows.csv');
  });
});

describe('picked files', () => {
  it('go to the engine as the Files themselves, unread (a roster of hundreds of MB is never copied by the page)', async () => {
    const roster = new File(['quarter,person_id\n'], 'roster.csv');
    const clutter = new File([''], '.DS_Store');
    const picked = await readFileList([roster, clutter]);
    expect(picked.files).toEqual([{ name: 'roster.csv', blob: roster }]);
    expect(picked.files[0] && 'blob' in picked.files[0] && picked.files[0].blob).toBe(roster);
  });
});
