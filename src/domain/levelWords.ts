// What the Chinese text calls the city and county levels. Inner Mongolia
// says 盟市 and 旗县 (its leagues and banners beside cities and counties);
// every other province says 地市 and 县区 (DOMAIN.md). The words follow the
// province of the dataset on screen, chosen once per dataset and handed to
// every text that names a level; English says city and county everywhere.
import type { Region } from './types';
import type { RegionCode } from './vocabulary';

export interface LevelWords {
  /** The city level: 盟市 / 地市. */
  readonly city: string;
  /** The county level: 旗县 / 县区. */
  readonly county: string;
}

/** 内蒙古自治区's own words. */
export const LEAGUE_BANNER_WORDS: LevelWords = Object.freeze({ city: '盟市', county: '旗县' });
/** Every other province's. */
export const CITY_COUNTY_WORDS: LevelWords = Object.freeze({ city: '地市', county: '县区' });

/** GB/T 2260's first two digits of 内蒙古自治区. */
const INNER_MONGOLIA = '15';

/** The words of the province a region code belongs to (any level: the first two digits name the province). */
export function levelWords(provinceCode: RegionCode | null | undefined): LevelWords {
  return provinceCode?.startsWith(INNER_MONGOLIA) === true ? LEAGUE_BANNER_WORDS : CITY_COUNTY_WORDS;
}

/**
 * The words of a dataset's province: its province row, or — for a folder of
 * one city without its province — the first region's code, which carries the
 * same two digits.
 */
export function datasetLevelWords(regions: readonly Pick<Region, 'code' | 'level'>[]): LevelWords {
  return levelWords((regions.find((r) => r.level === 'province') ?? regions[0])?.code);
}

/**
 * A table of texts built once for each province's words (there are two), so
 * a page asks for `TEXT(words)[lang]` as cheaply as it asked for `TEXT[lang]`.
 */
export function perLevelWords<T>(build: (words: LevelWords) => T): (words: LevelWords) => T {
  const built = new Map<LevelWords, T>();
  return (words) => {
    let table = built.get(words);
    if (table === undefined) {
      table = build(words);
      built.set(words, table);
    }
    return table;
  };
}
