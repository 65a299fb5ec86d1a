import { describe, expect, it } from 'vitest';
import type { Region } from '../../src/domain/types';
import { buildRegionTree } from '../../src/app/view/regionTree';
import { comparisonQuarters, reportDatasetLabel, reportFileName, reportRegionFor, reportRegions } from '../../src/app/view/reportView';
import { isSampleLabel } from '../../src/report/report';

const regions: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: null },
  { code: '150100', name: '呼和浩特市', level: 'city', parentCode: '150000', tier: null },
  { code: '150923', name: '商都县', level: 'county', parentCode: '150900', tier: null },
];
const tree = buildRegionTree(regions);

describe('report regions', () => {
  it('offers the province first, then its cities in code order, never a county', () => {
    expect(reportRegions(tree).map((r) => r.code)).toEqual(['150000', '150100', '150900']);
  });

  it('a county on screen reports on its city; an unknown code on the province', () => {
    expect(reportRegionFor(tree, '150923')).toBe('150900');
    expect(reportRegionFor(tree, '150900')).toBe('150900');
    expect(reportRegionFor(tree, '150000')).toBe('150000');
    expect(reportRegionFor(tree, '999999')).toBe('150000');
    expect(reportRegionFor(buildRegionTree([]), '150000')).toBeNull();
  });
});

describe('comparison quarters', () => {
  const quarters = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4'];
  it('2024Q4 compares with 2024Q3 and 2023Q4', () => {
    expect(comparisonQuarters('2024Q4', quarters)).toEqual({ previous: '2024Q3', lastYear: '2023Q4' });
  });
  it('2024Q1 compares with 2023Q4 and 2023Q1; the first quarter of the data with nothing', () => {
    expect(comparisonQuarters('2024Q1', quarters)).toEqual({ previous: '2023Q4', lastYear: '2023Q1' });
    expect(comparisonQuarters('2023Q1', quarters)).toEqual({ previous: null, lastYear: null });
  });
});

describe('file name and data label', () => {
  it('names the file by region name, quarter and what it is, in the page’s language: the two languages never share a name', () => {
    expect(reportFileName('内蒙古自治区', '2024Q4', 'zh')).toBe('内蒙古自治区_2024年第4季度_形势分析.html');
    expect(reportFileName('内蒙古自治区', '2024Q4', 'en')).toBe('内蒙古自治区_2024_Q4_situation-analysis.html');
    // A name with a middle dot (a municipality's generic county) stays one word of the name.
    expect(reportFileName('重庆市·县', '2023Q1', 'zh')).toBe('重庆市_县_2023年第1季度_形势分析.html');
  });
  it('marks the built-in sample as 示例数据 so the report labels it sample data', () => {
    expect(reportDatasetLabel('内置演示数据集', true)).toBe('示例数据（内置演示数据集）');
    expect(isSampleLabel(reportDatasetLabel('内置演示数据集', true))).toBe(true);
    expect(reportDatasetLabel('2024年报送', false)).toBe('2024年报送');
    // In English the sample is said in English (the report is); a user's own name stays as loaded.
    expect(reportDatasetLabel('Built-in sample dataset', true, 'en')).toBe('Sample data (Built-in sample dataset)');
    expect(isSampleLabel(reportDatasetLabel('Built-in sample dataset', true, 'en'))).toBe(true);
    expect(reportDatasetLabel('2024年报送', false, 'en')).toBe('2024年报送');
  });
});
