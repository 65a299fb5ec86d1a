// A province ten times the sample (~1,000 counties) for the interaction
// benchmark: the sample's generators (scripts/sample) run on the sample's
// cities with every county cloned ten times (clone k of county 15xxxx gets
// code (60+k)xxxx and the name suffix （k）). The tables are written by
// scripts/sample/writeDataset.ts like the sample's; the planted-story check
// is skipped (clones carry no stories). Deterministic: the generators are seeded.
import { join } from 'node:path';
import { loadRegions, type City } from '../sample/regions';
import { writeDataset } from '../sample/writeDataset';

export const SCALE = 10;

function scaledCities(root: string): City[] {
  const cities = loadRegions(join(root, 'data', 'reference', 'inner-mongolia-counties.csv'));
  for (const city of cities) {
    const originals = [...city.counties];
    for (let k = 1; k < SCALE; k++) {
      for (const c of originals) city.counties.push({ ...c, code: `${60 + k}${c.code.slice(2)}`, name: `${c.name}（${k}）` });
    }
  }
  return cities;
}

/** Writes the scaled dataset into `out`; returns the number of counties. */
export function writeProvince10x(root: string, out: string): number {
  const cities = scaledCities(root);
  writeDataset(root, out, cities);
  return cities.reduce((n, c) => n + c.counties.length, 0);
}
