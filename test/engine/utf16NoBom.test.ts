// Found by the sweep of unseen input: UTF-16 text without its BOM (written
// by programs rather than by Excel, which always writes one). It passed for
// UTF-8 with a NUL after every character and was refused as lacking every
// column; it is read as UTF-16, its byte order told by where the NULs fall.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { TINY_DIR, tinyWith, useEngine } from './harness';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

describe('UTF-16 without a BOM', () => {
  const engine = useEngine();

  it.each(['le', 'be'] as const)('reads regions.csv (Chinese header, tab-separated) in UTF-16 %s without a BOM', async (order) => {
    const text = (await readFile(join(TINY_DIR, 'regions.csv'), 'utf8')).replace(/^\ufeff/, '').replace(/,/g, '\t');
    const header = ['区划代码', '名称', '级别', '上级区划代码', '地区类别'].join('\t');
    const chinese = [header, ...text.split(/\r?\n/).slice(1)].join('\r\n');
    const report = await loadDataset(engine(), await tinyWith({ name: 'regions.csv', bytes: utf16(chinese, order) }));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.files.find((f) => f.table === 'regions')?.encoding).toBe(`utf-16${order}`);
    expect(await engine().query("SELECT name FROM regions WHERE region_code = '150100'")).toEqual([{ name: '呼和浩特市' }]);
  });
});
