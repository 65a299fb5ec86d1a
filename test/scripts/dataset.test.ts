// Which folder the build bakes in, and how the page will name it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinDataset } from '../../scripts/build/dataset';

const ROOT = '/repo';

describe('builtinDataset', () => {
  it('is the sample, named as the sample, when the build names nothing', () => {
    expect(builtinDataset(ROOT, {})).toEqual({
      dir: join(ROOT, 'data/sample'),
      name: { zh: '内置演示数据集', en: 'Built-in sample dataset' },
      isSample: true,
    });
  });

  it('is the folder FUNDWATCH_DATA names, called by its folder name or FUNDWATCH_DATA_NAME', () => {
    expect(builtinDataset(ROOT, { FUNDWATCH_DATA: '/data/2025Q2' })).toEqual({
      dir: '/data/2025Q2',
      name: { zh: '2025Q2', en: '2025Q2' },
      isSample: false,
    });
    expect(builtinDataset(ROOT, { FUNDWATCH_DATA: '/data/2025Q2', FUNDWATCH_DATA_NAME: ' 2025年第2季度 ' })).toMatchObject({
      name: { zh: '2025年第2季度', en: '2025年第2季度' },
      isSample: false,
    });
  });
});
