// Region names and parents straight from a dataset's regions.csv, so the
// tests know what the page should say without asking the app.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface RegionRow {
  code: string;
  name: string;
  level: string;
  parentCode: string;
}

/** One CSV line; fields may be double-quoted with "" for a quote. */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

export async function readRegions(dataDir: string): Promise<Map<string, RegionRow>> {
  const text = (await readFile(join(dataDir, 'regions.csv'), 'utf8')).replace(/^\uFEFF/, '');
  const [header = '', ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const cols = splitCsvLine(header).map((c) => c.trim());
  const at = (cells: string[], name: string): string => (cells[cols.indexOf(name)] ?? '').trim();
  const regions = new Map<string, RegionRow>();
  for (const line of lines) {
    const cells = splitCsvLine(line);
    const code = at(cells, 'region_code');
    regions.set(code, { code, name: at(cells, 'name'), level: at(cells, 'level'), parentCode: at(cells, 'parent_code') });
  }
  return regions;
}

export function provinceOf(regions: Map<string, RegionRow>): RegionRow {
  const province = [...regions.values()].find((r) => r.level === 'province');
  if (!province) throw new Error('regions.csv has no province');
  return province;
}
