import { afterEach, describe, expect, it } from 'vitest';
import { beginImport, cancelImport, describeProgress, endImport, progressShare, type ImportState } from '../../src/app/data/importProgress';

afterEach(() => endImport());

describe('import progress', () => {
  it('describes the file being read, counting from 1', () => {
    const state: ImportState = { name: { zh: 'mydata', en: 'mydata' }, progress: { step: 'read', done: 1, total: 4, file: 'data.xlsx', sheet: 'roster' }, cancelling: false };
    expect(describeProgress(state)).toBe('读取 data.xlsx · roster（2/4）');
    // Reading is 80 % of the bar: 1 of 4 files done → 0.8 × 1/4 = 0.2.
    expect(progressShare(state)).toBeCloseTo(0.2, 10);
  });

  it('validate and replace come after every file is read', () => {
    const state: ImportState = { name: { zh: 'x', en: 'x' }, progress: { step: 'validate', done: 4, total: 4, file: null, sheet: null }, cancelling: false };
    expect(describeProgress(state)).toBe('校验（4/4）');
    expect(progressShare(state)).toBe(0.85);
  });

  it('describes the same steps in English', () => {
    const reading: ImportState = { name: { zh: 'mydata', en: 'mydata' }, progress: { step: 'read', done: 1, total: 4, file: 'data.xlsx', sheet: 'roster' }, cancelling: false };
    expect(describeProgress(reading, 'en')).toBe('Reading data.xlsx · roster (2/4)');
    expect(describeProgress({ name: { zh: 'x', en: 'x' }, progress: { step: 'replace', done: 4, total: 4, file: null, sheet: null }, cancelling: false }, 'en')).toBe(
      'Writing (4/4)',
    );
    expect(describeProgress({ name: { zh: 'mydata', en: 'mydata' }, progress: null, cancelling: false }, 'en')).toBe('Reading mydata…');
    expect(describeProgress({ ...reading, cancelling: true }, 'en')).toBe('Cancelling…');
    // The name of a few loose files is said in each language.
    const loose: ImportState = { name: { zh: 'a.csv 等 3 个文件', en: 'a.csv and 2 more files' }, progress: null, cancelling: false };
    expect(describeProgress(loose)).toBe('正在读取 a.csv 等 3 个文件…');
    expect(describeProgress(loose, 'en')).toBe('Reading a.csv and 2 more files…');
  });

  it('取消 aborts the signal handed to the loader', () => {
    const options = beginImport({ zh: 'x', en: 'x' });
    expect(options.signal.aborted).toBe(false);
    cancelImport();
    expect(options.signal.aborted).toBe(true);
  });
});
