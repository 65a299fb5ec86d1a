// A deterministic recipient roster for the matching benchmark: `persons`
// people over the sample's counties, two identity rows each on average
// (5,000,000 rows for 2,500,000 persons), written as roster.csv. Generated
// into a temp dir on every run: never committed. Per person (index i):
//   i % 4 = 0 → one row;
//   i % 4 = 1 → the same identity from two sources (civil affairs, agriculture);
//   i % 4 = 2 → two identities (categories) from one source;
//   i % 4 = 3 → three rows, the third in another county (a region conflict).
// One in seven persons has no row saying they are enrolled.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CATEGORIES } from '../../../src/domain/types';

export interface RosterSpec {
  quarter: string;
  counties: readonly string[];
  persons: number;
}

function idOf(county: string, i: number): string {
  // 6-digit county, 8-digit birth date, 4-digit sequence: unique per i, 18 characters like a real ID.
  const year = 1940 + (i % 70);
  const month = 1 + ((i >> 3) % 12);
  const day = 1 + ((i >> 5) % 28);
  const seq = String(i % 10_000).padStart(4, '0');
  return `${county}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`;
}

/** Writes roster.csv to `path`; returns the number of rows written. */
export async function writeRoster(path: string, spec: RosterSpec): Promise<number> {
  const out = createWriteStream(path);
  const { quarter, counties, persons } = spec;
  let rows = 0;
  let chunk: string[] = ['quarter,person_id,region_code,category,source,enrolled'];
  const flush = async (): Promise<void> => {
    if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
    chunk = [];
  };
  for (let i = 0; i < persons; i++) {
    const county = counties[i % counties.length] ?? '';
    // The person index goes into the ID through the county's own sequence so every ID is unique.
    const id = idOf(county, Math.floor(i / counties.length));
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'dibao';
    const other = CATEGORIES[(i + 3) % CATEGORIES.length] ?? 'dibao';
    const enrolled = i % 7 === 0 ? 'false' : 'true';
    const line = (region: string, cat: string, source: string, e: string) => {
      chunk.push(`${quarter},${id},${region},${cat},${source},${e}`);
      rows += 1;
    };
    line(county, category, 'civil_affairs', enrolled);
    const kind = i % 4;
    if (kind === 1) line(county, category, 'agriculture', enrolled);
    if (kind === 2) line(county, other, 'civil_affairs', 'false');
    if (kind === 3) {
      line(county, other, 'agriculture', 'false');
      line(counties[(i + 1) % counties.length] ?? county, category, 'other', 'false');
    }
    if (chunk.length >= 50_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return rows;
}
