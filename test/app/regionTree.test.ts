import { describe, expect, it } from 'vitest';
import { buildRegionTree } from '../../src/app/view/regionTree';
import type { Region } from '../../src/domain/types';

const regions: Region[] = [
  { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 2 },
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 2 },
  { code: '150100', name: '呼和浩特市', level: 'city', parentCode: '150000', tier: 1 },
  { code: '150902', name: '集宁区', level: 'county', parentCode: '150900', tier: 2 },
];

describe('region tree', () => {
  const tree = buildRegionTree(regions);

  it('finds the province as root', () => {
    expect(tree.root?.code).toBe('150000');
  });

  it('lists children in code order', () => {
    expect(tree.childrenOf('150000').map((r) => r.code)).toEqual(['150100', '150900']);
    expect(tree.childrenOf('150900').map((r) => r.code)).toEqual(['150902', '150921']);
    expect(tree.childrenOf('150921')).toEqual([]);
  });

  it('walks from the root down for the breadcrumb', () => {
    expect(tree.pathTo('150921').map((r) => r.name)).toEqual(['内蒙古自治区', '乌兰察布市', '卓资县']);
    expect(tree.pathTo('999999')).toEqual([]);
  });

  it('collects a subtree', () => {
    expect([...tree.subtreeCodes('150900')].sort()).toEqual(['150900', '150902', '150921']);
    expect(tree.subtreeCodes('150000').size).toBe(5);
  });

  it('survives a parent cycle in user data', () => {
    const cyclic = buildRegionTree([
      { code: '150100', name: '甲', level: 'city', parentCode: '150200', tier: null },
      { code: '150200', name: '乙', level: 'city', parentCode: '150100', tier: null },
    ]);
    expect(cyclic.pathTo('150100').map((r) => r.code)).toEqual(['150200', '150100']);
    expect(cyclic.subtreeCodes('150100').size).toBe(2);
  });

  it('uses the lowest top-level code when a dataset has no province', () => {
    const cityOnly = buildRegionTree(regions.filter((r) => r.level !== 'province'));
    expect(cityOnly.root?.code).toBe('150100');
  });
});
