// Inputs the import tests build on the fly: an XLSX made by the app's own
// exporter from the tiny CSVs, and a large generated roster.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportXlsx, type ExportSheet } from '../../src/engine/export/exportTable';
import { REPO } from './cliAnalysis';

export const TINY_DIR = join(REPO, 'test/fixtures/tiny');
export const GBK_REGIONS = join(REPO, 'test/fixtures/gbk/regions.csv');

/** A plain CSV (no quoted commas, as the tiny fixtures are) as an XLSX sheet of text cells. */
async function csvSheet(table: string): Promise<ExportSheet> {
  const text = (await readFile(join(TINY_DIR, `${table}.csv`), 'utf8')).replace(/^\ufeff/, '');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const keys = (header ?? '').split(',');
  return {
    name: table,
    columns: keys.map((key) => ({ key })),
    rows: lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i] ?? `c${i}`, v]))),
  };
}

/** A folder with the GBK regions.csv and one workbook holding the tiny dataset's other tables. */
export async function gbkPlusXlsxDir(): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'fundwatch-import-'));
  const sheets = await Promise.all(['assistance_enrollment', 'fund_balances', 'fund_flows'].map(csvSheet));
  const xlsx = join(dir, 'tables.xlsx');
  await writeFile(xlsx, exportXlsx(sheets));
  const regions = join(dir, 'regions.csv');
  await writeFile(regions, await readFile(GBK_REGIONS));
  return { dir, files: [regions, xlsx] };
}

/** The hand-worked roster of test/engine/rosterMatching.test.ts: 6 rows, 3 persons, 1 region conflict, 1 uninsured. */
export const SMALL_ROSTER = [
  'quarter,person_id,region_code,category,source,enrolled',
  '2024Q4,150102199001011234,150102,tekun,civil_affairs,false',
  '2024Q4,150102199001011234,150102,dibao,agriculture,true',
  '2024Q4,150102199001011234,150103,monitored,agriculture,false',
  '2024Q4,150103198502025678,150103,dibao,civil_affairs,false',
  '2024Q4,150103198502025678,150103,fanpin,agriculture,false',
  '2024Q4,15010220000101999X,150102,dibao_edge,civil_affairs,true',
].join('\n');

export async function writeTemp(name: string, text: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fundwatch-import-'));
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** A valid roster of `persons` rows (one per person), large enough that loading takes a few seconds. */
export function largeRoster(persons: number): string {
  const lines = ['quarter,person_id,region_code,category,source,enrolled'];
  for (let i = 0; i < persons; i++) {
    const id = `1501021990${String(i).padStart(8, '0')}`;
    lines.push(`2024Q4,${id},${i % 2 === 0 ? '150102' : '150103'},dibao,civil_affairs,${i % 10 === 0 ? 'false' : 'true'}`);
  }
  return `${lines.join('\n')}\n`;
}
