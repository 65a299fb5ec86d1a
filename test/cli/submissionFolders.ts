// Test data for merging submissions: the sample split into one folder per
// city, as the cities would submit it. Each folder holds its own city's rows
// (a county's rows go to its city), its own part of the region tree (the
// province, the city, its counties), and every row about the province as a
// whole (documents to the province, the factor-method totals, policy.json),
// which all cities therefore submit identically.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tableSpec } from '../../src/engine/contract/contract';

/** Which column names the region a row belongs to. */
const REGION_COLUMN: Record<string, string> = {
  regions: 'region_code',
  region_tiles: 'region_code',
  assistance_enrollment: 'region_code',
  resident_enrollment: 'region_code',
  fund_flows: 'region_code',
  fund_balances: 'region_code',
  budgets: 'region_code',
  obligations: 'region_code',
  allocation_factors: 'region_code',
  transfers: 'to_region_code',
};

export async function readCsv(path: string): Promise<{ header: string; rows: string[][] }> {
  const lines = (await readFile(path, 'utf8')).replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l !== '');
  const [header = '', ...rest] = lines;
  return { header, rows: rest.map((l) => l.split(',')) };
}

export async function writeCsv(path: string, header: string, rows: readonly string[][]): Promise<void> {
  await writeFile(path, [header, ...rows.map((r) => r.join(','))].join('\n') + '\n');
}

/** One folder per city under `outDir` (named by the city's code); returns their paths, in code order. policy.json goes to every folder when there is one. */
export async function splitByCity(sampleDir: string, outDir: string): Promise<string[]> {
  const regions = await readCsv(join(sampleDir, 'regions.csv'));
  const parent = new Map(regions.rows.map((r) => [r[0] ?? '', r[3] ?? '']));
  const level = new Map(regions.rows.map((r) => [r[0] ?? '', r[2] ?? '']));
  const cities = regions.rows.filter((r) => r[2] === 'city').map((r) => r[0] ?? '').sort();
  /** The city a code belongs to; null for the province (its rows go to every folder). */
  const cityOf = (code: string): string | null => (level.get(code) === 'county' ? (parent.get(code) ?? null) : level.get(code) === 'city' ? code : null);
  const folders = cities.map((c) => join(outDir, c));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (const table of ['regions', ...Object.keys(REGION_COLUMN).filter((t) => t !== 'regions'), 'allocation_totals']) {
    const path = join(sampleDir, `${table}.csv`);
    const csv = await readCsv(path).catch(() => null);
    if (!csv) continue;
    const column = REGION_COLUMN[table];
    // The column by its name or its Chinese label (the tiny fixture's fund_balances.csv has Chinese headers).
    const label = tableSpec(table)?.columns.find((c) => c.name === column)?.label;
    const cells = csv.header.split(',');
    const index = column === undefined ? -1 : Math.max(cells.indexOf(column), label === undefined ? -1 : cells.indexOf(label));
    for (const [i, city] of cities.entries()) {
      const rows = csv.rows.filter((r) => index < 0 || cityOf(r[index] ?? '') === city || cityOf(r[index] ?? '') === null);
      if (rows.length > 0) await writeCsv(join(folders[i] ?? '', `${table}.csv`), csv.header, rows);
    }
  }
  if (existsSync(join(sampleDir, 'policy.json'))) {
    for (const folder of folders) await copyFile(join(sampleDir, 'policy.json'), join(folder, 'policy.json'));
  }
  return folders;
}
