// Inner Mongolia's regions for the sample, from data/reference, with a tier
// per city (counties inherit it) and a plausible size per county.
import { readFileSync } from 'node:fs';
import type { Tier } from '../../src/domain/types';

export const PROVINCE = { code: '150000', name: '内蒙古自治区' };

/** 1 = richer, 3 = poorer (province pays 30/50/70% of the non-central rest). */
const CITY_TIER: Record<string, Tier> = {
  '150100': 1, // 呼和浩特
  '150200': 1, // 包头
  '150300': 1, // 乌海
  '150600': 1, // 鄂尔多斯
  '150400': 2, // 赤峰
  '150500': 2, // 通辽
  '150700': 2, // 呼伦贝尔
  '150800': 2, // 巴彦淖尔
  '152900': 2, // 阿拉善
  '150900': 3, // 乌兰察布
  '152200': 3, // 兴安盟
  '152500': 3, // 锡林郭勒
};

export interface City {
  code: string;
  name: string;
  tier: Tier;
  counties: County[];
}

export interface County {
  code: string;
  name: string;
  city: City;
  tier: Tier;
  /** 区 are urban: most people there are in employee insurance. */
  urban: boolean;
}

/**
 * Resident enrollees in 2022 where the name alone would mislead: districts
 * with large rural parts, and very small banners and towns.
 */
export const INSURED_OVERRIDE: Record<string, number> = {
  '150206': 15_600, // 白云鄂博矿区
  '150205': 21_300, // 石拐区
  '150603': 24_800, // 康巴什区
  '152922': 19_400, // 阿拉善右旗
  '152923': 16_900, // 额济纳旗
  '152202': 22_600, // 阿尔山市
  '152501': 28_700, // 二连浩特市
  '152528': 23_900, // 镶黄旗
  '150784': 36_200, // 额尔古纳市
  '150785': 41_500, // 根河市
  '150404': 318_000, // 松山区
  '150502': 296_000, // 科尔沁区
  '150802': 231_000, // 临河区
  '150902': 121_000, // 集宁区
  '150429': 512_000, // 宁城县
  '150430': 476_000, // 敖汉旗
  '150521': 448_000, // 科尔沁左翼中旗
  '150426': 402_000, // 翁牛特旗
};

export function loadRegions(referenceCsv: string): City[] {
  const lines = readFileSync(referenceCsv, 'utf8').trim().split(/\r?\n/).slice(1);
  const cities = new Map<string, City>();
  for (const line of lines) {
    const [countyCode, countyName, cityCode, cityName] = line.split(',');
    if (!countyCode || !countyName || !cityCode || !cityName) throw new Error(`bad reference line: ${line}`);
    const tier = CITY_TIER[cityCode];
    if (tier === undefined) throw new Error(`no tier for city ${cityCode}`);
    let city = cities.get(cityCode);
    if (!city) {
      city = { code: cityCode, name: cityName, tier, counties: [] };
      cities.set(cityCode, city);
    }
    city.counties.push({ code: countyCode, name: countyName, city, tier, urban: countyName.endsWith('区') });
  }
  return [...cities.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
}

export function allCounties(cities: readonly City[]): County[] {
  return cities.flatMap((c) => c.counties);
}
