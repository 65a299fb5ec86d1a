import { describe, expect, it } from 'vitest';
import { displayName, isGenericRegionName, placedName, withDisplayNames } from '../../src/domain/regionName';
import type { Region } from '../../src/domain/types';

const region = (code: string, name: string, parentCode: string | null, level: Region['level'] = 'city'): Region => ({
  code,
  name,
  level,
  parentCode,
  tier: null,
});

// Rows as the official code lists give them (GB/T 2260 / 民政部 区划代码).
const official: Region[] = [
  region('110000', '北京市', null, 'province'),
  region('110100', '市辖区', '110000'),
  region('110101', '东城区', '110100', 'county'),
  region('500000', '重庆市', null, 'province'),
  region('500100', '市辖区', '500000'),
  region('500200', '县', '500000'),
  region('500229', '城口县', '500200', 'county'),
  region('420000', '湖北省', null, 'province'),
  region('429000', '省直辖县级行政区划', '420000'),
  region('429004', '仙桃市', '429000', 'county'),
  region('650000', '新疆维吾尔自治区', null, 'province'),
  region('659000', '自治区直辖县级行政区划', '650000'),
  region('659001', '石河子市', '659000', 'county'),
];
const byCode = new Map(official.map((r) => [r.code, r]));
const named = (code: string): string => displayName(byCode.get(code) as Region, byCode);

describe('displayName', () => {
  // Glued, 重庆市县 read as one county's name (sweep 30, D3).
  it("puts the parent's name in front of a generic name, set off by a middle dot", () => {
    expect(named('110100')).toBe('北京市·市辖区');
    expect(named('500100')).toBe('重庆市·市辖区');
    expect(named('500200')).toBe('重庆市·县');
    expect(named('429000')).toBe('湖北省·省直辖县级行政区划');
    expect(named('659000')).toBe('新疆维吾尔自治区·自治区直辖县级行政区划');
  });

  it('keeps a name that is not generic, also one that ends in a generic word', () => {
    expect(named('110000')).toBe('北京市');
    expect(named('110101')).toBe('东城区');
    expect(named('500229')).toBe('城口县');
    expect(named('429004')).toBe('仙桃市');
  });

  it('knows a generic name with spaces around it, and the lists’ older spelling', () => {
    expect(isGenericRegionName(' 市辖区 ')).toBe(true);
    expect(isGenericRegionName('县\t')).toBe(true);
    expect(isGenericRegionName('省直辖县级行政单位')).toBe(true);
    expect(isGenericRegionName('城口县')).toBe(false);
    const spaced = [region('120000', '天津市', null, 'province'), region('120100', ' 市辖区 ', '120000')];
    expect(displayName(spaced[1] as Region, new Map(spaced.map((r) => [r.code, r])))).toBe('天津市·市辖区');
  });

  it("names a generic region under a generic parent by the parent's shown name", () => {
    // The pre-2015 lists had a 市辖区 row under every city, also under a municipality's 市辖区.
    const nested = [...official, region('110101x', '市辖区', '110100', 'county')];
    const map = new Map(nested.map((r) => [r.code, r]));
    expect(displayName(map.get('110101x') as Region, map)).toBe('北京市·市辖区·市辖区');
  });

  it('keeps a generic name bare when its parent is not loaded, and stops at a parent cycle', () => {
    const alone = region('110100', '市辖区', '110000');
    expect(displayName(alone, new Map([[alone.code, alone]]))).toBe('市辖区');
    const a = region('900100', '县', '900200');
    const b = region('900200', '市辖区', '900100');
    expect(displayName(a, new Map([a, b].map((r) => [r.code, r])))).toBe('市辖区·县');
  });
});

describe('withDisplayNames', () => {
  it('renames the generic regions only, in the same order, the rest untouched', () => {
    const shown = withDisplayNames(official);
    expect(shown.map((r) => r.name)).toEqual([
      '北京市',
      '北京市·市辖区',
      '东城区',
      '重庆市',
      '重庆市·市辖区',
      '重庆市·县',
      '城口县',
      '湖北省',
      '湖北省·省直辖县级行政区划',
      '仙桃市',
      '新疆维吾尔自治区',
      '新疆维吾尔自治区·自治区直辖县级行政区划',
      '石河子市',
    ]);
    expect(shown[2]).toBe(official[2]);
    expect(shown[1]).toEqual({ ...official[1], name: '北京市·市辖区' });
    expect(official[1]?.name).toBe('市辖区');
  });

  it('gives the same array back when no name is generic (Inner Mongolia)', () => {
    const im = [region('150000', '内蒙古自治区', null, 'province'), region('150100', '呼和浩特市', '150000')];
    expect(withDisplayNames(im)).toBe(im);
  });

  // Found by the province sweep (provinces branch): Sichuan has a 市中区 in 内江市 (511002) and
  // in 乐山市 (511102); `analyze` listed "[红色] 市中区 城乡医疗救助基金 …" with nothing to say which.
  it('puts the parent’s name in front of a name two regions share, and only of those', () => {
    const sichuan = [
      region('510000', '四川省', null, 'province'),
      region('511000', '内江市', '510000'),
      region('511002', '市中区', '511000', 'county'),
      region('511011', '东兴区', '511000', 'county'),
      region('511100', '乐山市', '510000'),
      region('511102', ' 市中区', '511100', 'county'),
    ];
    const shown = withDisplayNames(sichuan);
    expect(shown.map((r) => r.name)).toEqual(['四川省', '内江市', '内江市市中区', '东兴区', '乐山市', '乐山市市中区']);
    expect(shown[3]).toBe(sichuan[3]);
  });

  it('names a shared name under a generic parent by the parent’s shown name', () => {
    // A made-up twin: one name under a municipality's 市辖区 and under its 县.
    const twoMunicipalities = [
      region('120000', '天津市', null, 'province'),
      region('120100', '市辖区', '120000'),
      region('120101', '和平区', '120100', 'county'),
      region('120200', '县', '120000'),
      region('120201', '和平区', '120200', 'county'),
    ];
    expect(withDisplayNames(twoMunicipalities).map((r) => r.name)).toEqual(['天津市', '天津市·市辖区', '天津市·市辖区·和平区', '天津市·县', '天津市·县·和平区']);
  });

  it('keeps a shared name bare when its parent is not loaded', () => {
    const orphans = [region('511002', '市中区', '511000', 'county'), region('511102', '市中区', '511100', 'county')];
    expect(withDisplayNames(orphans).map((r) => r.name)).toEqual(['市中区', '市中区']);
  });
});

// The report named a district by its grouping glued in front (重庆市市辖区涪陵区, sweep 30, D3).
describe('placedName', () => {
  const place = (owner: string, name: string): string => `${owner}${name}`;
  const inner = [
    region('150000', '内蒙古自治区', null, 'province'),
    region('150900', '乌兰察布市', '150000'),
    region('150902', '集宁区', '150900', 'county'),
  ];
  const shown = withDisplayNames(official);
  const placed = (regions: Region[], code: string, within: string): string => {
    const map = new Map(regions.map((r) => [r.code, r]));
    return placedName(map.get(code) as Region, map, within, place);
  };

  it('puts a county behind its city in a province, and leaves the region itself and its children bare', () => {
    expect(placed(inner, '150902', '150000')).toBe('乌兰察布市集宁区');
    expect(placed(inner, '150902', '150900')).toBe('集宁区');
    expect(placed(inner, '150902', '150902')).toBe('集宁区');
    expect(placed(inner, '150900', '150000')).toBe('乌兰察布市');
  });

  it("places a district under a municipality's 市辖区 or 县 by the municipality, which the report is of: bare", () => {
    expect(placed(shown, '110101', '110000')).toBe('东城区');
    expect(placed(shown, '500229', '500000')).toBe('城口县');
    expect(placed(official, '500229', '500000')).toBe('城口县');
    // The grouping's own report: its children, bare as ever; the grouping itself as shown.
    expect(placed(shown, '500229', '500200')).toBe('城口县');
    expect(placed(shown, '500200', '500000')).toBe('重庆市·县');
  });

  it('puts a district behind the municipality in a report of something above it, and stops at a generic top or a cycle', () => {
    const above = [region('000000', '全国', null, 'province'), ...shown.map((r) => (r.code === '500000' ? { ...r, parentCode: '000000' } : r))];
    expect(placed(above, '500229', '000000')).toBe('重庆市城口县');
    const top = [region('500200', '县', null), region('500229', '城口县', '500200', 'county')];
    expect(placed(top, '500229', '999999')).toBe('县城口县');
    const loop = [region('900100', '县', '900200'), region('900200', '市辖区', '900100'), region('900101', '某县', '900100', 'county')];
    expect(placed(loop, '900101', '999999')).toBe('县某县');
  });
});
