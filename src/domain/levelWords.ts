// What the Chinese text calls the levels. Inner Mongolia says 盟市 and 旗县
// (its leagues and banners beside cities and counties) and calls itself 自治区,
// 全区; every other province says 地市 and 县区 (DOMAIN.md), its own level
// 省级 (the national word, as the source levels say it) and the whole of it
// 全省 or 全区 (an autonomous region). A municipality (直辖市) is the city
// itself: its own money and rank are 市级, its districts and counties 区县
// (区县级), the whole 全市 (see MUNICIPALITY_WORDS). The words follow
// the province of the dataset on screen, chosen once per dataset and handed to
// every text that names a level; English says city, county and province everywhere.
import type { Region } from './types';
import type { RegionCode } from './vocabulary';

export interface LevelWords {
  /** The city level, the pools (各地市, 地市本级分担): 盟市 / 地市 / a municipality's 区县 or 统筹区. */
  readonly city: string;
  /** The county level, the counties of a pool (各县区分担): 旗县 / 县区 / 区县. */
  readonly county: string;
  /** The provincial level as a payer or a rank: 自治区 / 省级 / a municipality's 市级. */
  readonly province: string;
  /** The whole province, e.g. its default rules: 全区 / 全省 / 全市. */
  readonly whole: string;
  /** A city-level payer or region's rank: 盟市级 / 市级 / 统筹区级 (中央 · 自治区 · 盟市级 · 旗县级 in an income table). */
  readonly cityLevel: string;
  /** A county-level payer or region's rank: 旗县级 / 县级 / 区县级. */
  readonly countyLevel: string;
}

/** 内蒙古自治区's own words. */
export const LEAGUE_BANNER_WORDS: LevelWords = Object.freeze({ city: '盟市', county: '旗县', province: '自治区', whole: '全区', cityLevel: '盟市级', countyLevel: '旗县级' });
/** A province's (湖南省), and the neutral words when no province is known. */
export const CITY_COUNTY_WORDS: LevelWords = Object.freeze({ city: '地市', county: '县区', province: '省级', whole: '全省', cityLevel: '市级', countyLevel: '县级' });
/**
 * A municipality (北京, 天津, 上海, 重庆) whose districts and counties are
 * listed straight under it: each is a pool of its own (region_pools.sql reads
 * it as a city), so the pools are 区县 and the money and rank of the
 * municipality itself 市级, as its officials say (重庆市本级, 区县级). The
 * city level of the data is no finance level there: money booked as coming
 * from it, and a pool's rank, read 统筹区级 (the product's word for a pool),
 * which no other level is called.
 */
const MUNICIPALITY_WORDS: LevelWords = Object.freeze({ city: '区县', county: '区县', province: '市级', whole: '全市', cityLevel: '统筹区级', countyLevel: '区县级' });
/**
 * A municipality whose districts and counties are listed under the official
 * lists' groupings 市辖区 and 县 (500100, 500200; level city): the groupings
 * pool them, and have no name a Chongqing official would give a level, so
 * they are 统筹区 (the product's word, DOMAIN "pool"), their districts and
 * counties 区县.
 */
const GROUPED_MUNICIPALITY_WORDS: LevelWords = Object.freeze({ ...MUNICIPALITY_WORDS, city: '统筹区' });
/** An autonomous region pays as 自治区, as Inner Mongolia does (its data README: `province` 自治区). */
const AUTONOMOUS_REGION_WORDS: LevelWords = Object.freeze({ ...CITY_COUNTY_WORDS, province: '自治区', whole: '全区' });

/** GB/T 2260's first two digits of 内蒙古自治区. */
const INNER_MONGOLIA = '15';
/** 北京, 天津, 上海, 重庆. */
const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);
/** 广西, 西藏, 宁夏, 新疆 (内蒙古 has words of its own). */
const AUTONOMOUS_REGIONS: ReadonlySet<string> = new Set(['45', '54', '64', '65']);

/** The words of the province a region code belongs to (any level: the first two digits name the province). */
export function levelWords(provinceCode: RegionCode | null | undefined): LevelWords {
  const prefix = provinceCode?.slice(0, 2) ?? '';
  if (prefix === INNER_MONGOLIA) return LEAGUE_BANNER_WORDS;
  if (MUNICIPALITIES.has(prefix)) return MUNICIPALITY_WORDS;
  if (AUTONOMOUS_REGIONS.has(prefix)) return AUTONOMOUS_REGION_WORDS;
  return CITY_COUNTY_WORDS;
}

/**
 * A contract label that names the levels both ways (旗县/县区应缴应配: files and
 * sheets are recognised by it, so it keeps both) in the dataset's own words.
 */
export function inLevelWords(label: string, words: LevelWords): string {
  return label.replaceAll('旗县/县区', words.county).replaceAll('盟市/地市', words.city);
}

/**
 * Who bears what the centre and the province leave (其余由地市与县区承担): the
 * city and county words joined, or the one word where both are the same (a
 * municipality's 区县, each its own pool, bear it alone).
 */
export function cityAndCounty(words: LevelWords, joiner: string): string {
  return words.city === words.county ? words.city : `${words.city}${joiner}${words.county}`;
}

/** A province's words where some of its cities are autonomous prefectures (自治州): 市（州）and 县（市、区）, as 湖北 or 四川 write them. */
const WITH_PREFECTURES = new Map<LevelWords, LevelWords>();

function withPrefectures(words: LevelWords): LevelWords {
  let own = WITH_PREFECTURES.get(words);
  if (own === undefined) {
    own = Object.freeze({ ...words, city: '市（州）', county: '县（市、区）', cityLevel: '市州级' });
    WITH_PREFECTURES.set(words, own);
  }
  return own;
}

/** A province with prefectures (地区) among its cities: 地（州、市）with autonomous prefectures too (新疆), else 地（市）(西藏), as their documents write them. */
const WITH_AREAS = new Map<string, LevelWords>();

function withAreas(words: LevelWords, prefectures: boolean): LevelWords {
  const key = `${words.city}|${words.province}|${words.whole}|${prefectures}`;
  let own = WITH_AREAS.get(key);
  if (own === undefined) {
    own = Object.freeze({ ...words, city: prefectures ? '地（州、市）' : '地（市）', county: '县（市、区）', cityLevel: prefectures ? '地州市级' : '地市级' });
    WITH_AREAS.set(key, own);
  }
  return own;
}

/**
 * A province whose pools include county-level units it runs itself
 * (省直辖县级行政区划: 海南's 五指山市 469001 and 文昌市 469005, 湖北's 仙桃市
 * 429004) says 市县 for its pools, as 海南's documents do (各市县, 市县级财政):
 * "地市" named a county-level unit a city in every list and header (the
 * stop-44 sweep: 七、基金缺口分担's 地市 column listed 五指山市 and 白沙黎族自治县).
 */
const WITH_DIRECT_UNITS = new Map<LevelWords, LevelWords>();

function withDirectUnits(words: LevelWords): LevelWords {
  let own = WITH_DIRECT_UNITS.get(words);
  if (own === undefined) {
    own = Object.freeze({ ...words, city: '市县', cityLevel: '市县级' });
    WITH_DIRECT_UNITS.set(words, own);
  }
  return own;
}

/**
 * The words of a dataset's province: its province row, or — for a folder of
 * one city without its province — the first region's code, which carries the
 * same two digits. A province with autonomous prefectures among its cities
 * (a city-level name ending in 州: 恩施土家族苗族自治州, 凉山彝族自治州; a
 * city's own name ends in 市) says 市（州）and 县（市、区）; one with
 * prefectures (阿克苏地区, 阿里地区) 地（州、市）or 地（市）; Inner Mongolia
 * keeps its 盟市 and 旗县. A municipality's pools are its 区县 when they are
 * listed straight under it, 统筹区 when its 市辖区 and 县 group them; a
 * province that runs county-level units itself (海南) 市县 (withDirectUnits).
 */
export function datasetLevelWords(regions: readonly (Pick<Region, 'code' | 'level'> & { name?: string })[]): LevelWords {
  const words = levelWords((regions.find((r) => r.level === 'province') ?? regions[0])?.code);
  if (words === LEAGUE_BANNER_WORDS) return words;
  // Districts under the groupings: city and county levels both. Listed straight under the municipality they
  // are counties as read (regions.csv) and cities once loaded (region_pools.sql), never both.
  if (words === MUNICIPALITY_WORDS) return regions.some((r) => r.level === 'city') && regions.some((r) => r.level === 'county') ? GROUPED_MUNICIPALITY_WORDS : words;
  const cities = regions.filter((r) => r.level === 'city').map((r) => r.name?.trim() ?? '');
  const prefectures = cities.some((n) => n.endsWith('州'));
  if (cities.some((n) => n.endsWith('地区'))) return withAreas(words, prefectures);
  if (prefectures) return withPrefectures(words);
  // A county-level unit the province runs itself, or their grouping (README, "County-level units the province runs
  // directly"): GB/T 2260 codes them under the province's 90 (469001, 429004; 469000), however the list writes them
  // and once loaded as pools alike, so the load's words and the analysis's are the same.
  return regions.some((r) => /^\d\d90/.test(r.code)) ? withDirectUnits(words) : words;
}

/**
 * A table of texts built once for each province's words (a handful), so
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
