// File names of exports: what the page's titles become on disk.
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/app/data/download';

describe('safeFileName', () => {
  it('turns a title’s " · " between its parts into one "_", never "_·_"', () => {
    expect(safeFileName('风险预警_内蒙古自治区及下级地区 · 城乡居民医保基金_2024Q4')).toBe('风险预警_内蒙古自治区及下级地区_城乡居民医保基金_2024Q4');
    expect(safeFileName('alerts_内蒙古自治区 and regions below · Resident basic medical insurance fund')).toBe(
      'alerts_内蒙古自治区_and_regions_below_Resident_basic_medical_insurance_fund',
    );
    expect(safeFileName('a·b ・ c')).toBe('a_b_c');
  });

  it('replaces what Windows refuses, and keeps a title of nothing usable a name', () => {
    expect(safeFileName('对账/文件: 包头市?')).toBe('对账_文件_包头市');
    expect(safeFileName(' · ')).toBe('export');
  });
});
