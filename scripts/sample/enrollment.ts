// Resident enrollees per county and year, and the seven recipient categories
// per county and quarter (assistance_enrollment), with the coverage stories.
import { CATEGORIES, type Category } from '../../src/domain/types';
import { contributionPerCapita, QUARTER_NUMBERS, subsidyRatio, YEARS } from './calendar';
import { times, total, type Fen } from './money';
import { rngFor } from './prng';
import { allCounties, INSURED_OVERRIDE, type City, type County } from './regions';

/** Inner Mongolia has about 15.5 million resident enrollees. */
const RESIDENT_TOTAL_2022 = 15_500_000;
const ULANQAB = '150900';

/** Story 1: recipient enrollment rate of these counties at 2024Q4 (ppm), everyone else ≥ 99.5%. */
export const COVERAGE_STORY: Record<string, number> = {
  '152222': 978_000, // 科尔沁右翼中旗 (兴安盟): red
  '150929': 986_000, // 四子王旗 (乌兰察布): red
  '150525': 989_000, // 奈曼旗 (通辽): red
  '150422': 992_000, // 巴林左旗 (赤峰): yellow
  '150825': 994_000, // 乌拉特后旗 (巴彦淖尔): yellow
};
/** How much of the story's not-yet-enrolled recipients have appeared by each 2024 quarter. */
const STORY_RAMP = [1, 4, 7, 10] as const;

/** Yearly drift of each category (ppm of the year before): dibao shrinks, monitoring grows. */
const CATEGORY_DRIFT: Record<Category, number> = {
  tekun: -10_000,
  orphan: -50_000,
  de_facto_orphan: 20_000,
  dibao: -15_000,
  fanpin: -30_000,
  dibao_edge: 30_000,
  monitored: 60_000,
};

export interface AssistanceRow {
  quarter: string;
  regionCode: string;
  category: Category;
  recipients: number;
  enrolled: number;
  subsidized: number;
  /** Year to date. */
  subsidyAmount: Fen;
}

export interface Enrollment {
  /** county → year → resident enrollees (flat within the year). */
  insured: Map<string, Map<number, number>>;
  assistance: AssistanceRow[];
  /** `${county}|${quarter}` → recipients of all categories. */
  recipients: Map<string, number>;
  /** `${county}|${quarter}` → subsidy amount of the quarter alone (increment of the YTD figure). */
  subsidyOfQuarter: Map<string, Fen>;
}

function baseInsured(cities: readonly City[]): Map<string, number> {
  const rng = rngFor('insured');
  const drawn = new Map<string, number>();
  for (const c of allCounties(cities)) {
    if (INSURED_OVERRIDE[c.code] !== undefined) continue;
    const n = c.urban
      ? rng.int(35_000, 110_000)
      : c.name.endsWith('旗')
        ? rng.int(140_000, 380_000)
        : c.name.endsWith('县')
          ? rng.int(120_000, 330_000)
          : rng.int(60_000, 220_000);
    drawn.set(c.code, n);
  }
  const fixed = Object.values(INSURED_OVERRIDE).reduce((s, n) => s + n, 0);
  const drawnSum = [...drawn.values()].reduce((s, n) => s + n, 0);
  const scale = (RESIDENT_TOTAL_2022 - fixed) / drawnSum;
  const out = new Map<string, number>();
  for (const c of allCounties(cities)) {
    const n = INSURED_OVERRIDE[c.code] ?? Math.round((drawn.get(c.code) ?? 0) * scale);
    out.set(c.code, Math.min(600_000, Math.max(15_000, n)));
  }
  return out;
}

function insuredByYear(cities: readonly City[]): Map<string, Map<number, number>> {
  const rng = rngFor('insured-decline');
  const base = baseInsured(cities);
  const out = new Map<string, Map<number, number>>();
  for (const c of allCounties(cities)) {
    const byYear = new Map<number, number>();
    let n = base.get(c.code) ?? 0;
    for (const y of YEARS) {
      if (y > YEARS[0]) {
        // ~1%/yr decline; Ulanqab loses people faster (out-migration), so its income grows slowly.
        const decline = c.city.code === ULANQAB ? rng.int(18_000, 24_000) : rng.int(6_000, 14_000);
        n = Math.floor((n * (1_000_000 - decline)) / 1_000_000);
      }
      byYear.set(y, n);
    }
    out.set(c.code, byYear);
  }
  return out;
}

function categoryBase(c: County, insured2022: number, rng: ReturnType<typeof rngFor>): Record<Category, number> {
  const perMille = c.urban ? rng.int(22, 34) : rng.int(40, 60);
  const poorer = c.city.tier === 3 ? 6 : 0;
  const r = Math.round((insured2022 * (perMille + poorer)) / 1000);
  return {
    tekun: Math.round((r * rng.int(105, 125)) / 1000),
    orphan: rng.next() < 0.15 ? 0 : rng.int(0, 3 + Math.floor(r / 900)),
    de_facto_orphan: rng.next() < 0.1 ? 0 : rng.int(0, 4 + Math.floor(r / 450)),
    dibao: Math.round((r * rng.int(420, 470)) / 1000),
    fanpin: Math.round((r * rng.int(100, 140)) / 1000),
    dibao_edge: Math.round((r * rng.int(120, 160)) / 1000),
    monitored: Math.round((r * rng.int(150, 190)) / 1000),
  };
}

interface Cell {
  recipients: number;
  enrolled: number;
  /** Enrolled minus the few enrolled some other way (e.g. as employees). */
  subsidizable: number;
}

export function generateEnrollment(cities: readonly City[]): Enrollment {
  const insured = insuredByYear(cities);
  const rng = rngFor('assistance');
  const assistance: AssistanceRow[] = [];
  const recipients = new Map<string, number>();
  const subsidyOfQuarter = new Map<string, Fen>();

  for (const c of allCounties(cities)) {
    const base = categoryBase(c, insured.get(c.code)?.get(YEARS[0]) ?? 0, rng);
    for (const y of YEARS) {
      const cells: Record<Category, Cell[]> = Object.fromEntries(CATEGORIES.map((k) => [k, []])) as unknown as Record<
        Category,
        Cell[]
      >;
      for (const q of QUARTER_NUMBERS) {
        const missPpm = rng.int(0, 4_500);
        const notSubsidizedPpm = rng.int(0, 2_500);
        for (const k of CATEGORIES) {
          const yearly = (1 + CATEGORY_DRIFT[k] / 1_000_000) ** (y - YEARS[0]);
          // Lists grow a little within a year as new cases are identified.
          const rec = Math.floor(base[k] * yearly * (1 + 0.0015 * (q - 1)));
          const enrolled = rec - Math.floor((rec * missPpm) / 1_000_000);
          cells[k].push({
            recipients: rec,
            enrolled,
            subsidizable: enrolled - Math.floor((enrolled * notSubsidizedPpm) / 1_000_000),
          });
        }
      }
      const story = COVERAGE_STORY[c.code];
      if (story !== undefined && y === 2024) plantCoverageStory(cells, story);

      let ytdBefore = 0n;
      for (const q of QUARTER_NUMBERS) {
        const quarter = `${y}Q${q}`;
        let recTotal = 0;
        let ytd = 0n;
        for (const k of CATEGORIES) {
          const list = cells[k];
          const cell = list[q - 1];
          if (!cell) throw new Error('missing cell');
          // Year to date: whoever was subsidized stays counted (no refunds within a year),
          // so take the smallest later figure: the count never falls within the year.
          const subsidized = Math.min(...list.slice(q - 1).map((x) => x.subsidizable));
          const amount = times(BigInt(subsidized) * contributionPerCapita(y), subsidyRatio(y, k));
          assistance.push({
            quarter,
            regionCode: c.code,
            category: k,
            recipients: cell.recipients,
            enrolled: cell.enrolled,
            subsidized,
            subsidyAmount: amount,
          });
          recTotal += cell.recipients;
          ytd += amount;
        }
        recipients.set(`${c.code}|${quarter}`, recTotal);
        subsidyOfQuarter.set(`${c.code}|${quarter}`, ytd - ytdBefore);
        if (ytd < ytdBefore) throw new Error(`YTD subsidy falls in ${c.code} ${quarter}`);
        ytdBefore = ytd;
      }
    }
  }
  return { insured, assistance, recipients, subsidyOfQuarter };
}

/**
 * Newly identified monitored persons (then low-income-edge ones) who are not
 * enrolled yet: recipients grow through 2024 while enrolled stays, until the
 * county's rate at Q4 is the story's.
 */
function plantCoverageStory(cells: Record<Category, Cell[]>, ratePpm: number): void {
  const q4 = (k: Category) => cells[k][3] ?? { recipients: 0, enrolled: 0, subsidizable: 0 };
  const rec = CATEGORIES.reduce((s, k) => s + q4(k).recipients, 0);
  const enr = CATEGORIES.reduce((s, k) => s + q4(k).enrolled, 0);
  const extra = Math.round((enr * 1_000_000) / ratePpm) - rec;
  if (extra <= 0) throw new Error('coverage story needs extra recipients');
  const toMonitored = Math.min(extra, Math.floor(q4('monitored').recipients / 4));
  const toEdge = extra - toMonitored;
  for (const [k, n] of [
    ['monitored', toMonitored],
    ['dibao_edge', toEdge],
  ] as const) {
    cells[k].forEach((cell, i) => {
      cell.recipients += Math.floor((n * (STORY_RAMP[i] ?? 10)) / 10);
    });
  }
}

export function sumSubsidy(rows: readonly AssistanceRow[]): Fen {
  return total(rows.map((r) => r.subsidyAmount));
}
