// CSV files scanned ahead of their turn (src/engine/ingest/prescan.ts):
// biggest first, one at a time, the scan handed to whoever takes it, and a
// rewritten copy (GBK) held back until taken.
import { describe, expect, it } from 'vitest';
import { prescanCsv } from '../../src/engine/ingest/prescan';
import { scanCsv } from '../../src/engine/formats/csvScan';
import type { TableSource } from '../../src/engine/formats/files';
import { tableSpec } from '../../src/engine/contract/contract';

const spec = tableSpec('regions');
if (!spec) throw new Error('no regions table');

function csvSource(file: string, text: string | Uint8Array): TableSource & { format: 'csv' } {
  const content = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { spec: spec!, file, format: 'csv', sheet: null, content };
}

const header = 'region_code,name,level,parent_code\n';
const rows = (n: number): string => header + Array.from({ length: n }, (_, i) => `${150100 + i},市${i},city,150000\n`).join('');
// "区划" in GBK: not UTF-8, so the scan rewrites the file.
const gbk = new Uint8Array([...new TextEncoder().encode('region_code,name,level,parent_code\n150100,'), 0xc7, 0xf8, 0xbb, 0xae, ...new TextEncoder().encode(',city,150000\n')]);

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('prescanCsv', () => {
  it('starts with the biggest file and hands its scan, equal to a fresh scan, to the taker', async () => {
    const small = csvSource('a.csv', rows(2));
    const big = csvSource('b.csv', rows(500));
    const prescans = prescanCsv([small, big], {}, () => false);
    // Taken at once: only the biggest has been started.
    const bigScan = prescans.take(big.content);
    expect(bigScan).not.toBeNull();
    expect(await bigScan).toEqual(await scanCsv(big.content));
    await settle();
    const smallScan = prescans.take(small.content);
    expect(await smallScan).toEqual(await scanCsv(small.content));
    // Taken once: a second take scans afresh (null).
    expect(prescans.take(big.content)).toBeNull();
    prescans.stop();
  });

  it('never scans a file the skip rule keeps out, nor one taken before its turn', async () => {
    const kept = csvSource('kept.csv', rows(300));
    const skipped = csvSource('skipped.csv', rows(900));
    const prescans = prescanCsv([kept, skipped], {}, (content) => content === skipped.content);
    await settle();
    expect(prescans.take(skipped.content)).toBeNull();
    expect(await prescans.take(kept.content)).toEqual(await scanCsv(kept.content));
    prescans.stop();
  });

  it('holds the next scan while a rewritten copy waits, and starts it once the copy is taken', async () => {
    const rewritten = csvSource('gbk.csv', new Uint8Array([...gbk, ...new TextEncoder().encode('x'.repeat(2000) + '\n')]));
    const next = csvSource('next.csv', rows(2));
    const prescans = prescanCsv([next, rewritten], {}, () => false);
    await settle();
    // The GBK file is scanned (bigger) and rewritten; the next one waits.
    expect(prescans.take(next.content)).toBeNull();
    const scan = await prescans.take(rewritten.content);
    expect(scan?.encoding).toBe('gb18030');
    expect(scan?.utf8).not.toBe(rewritten.content);
    prescans.stop();
  });

  it('starts nothing after stop', async () => {
    const a = csvSource('a.csv', rows(400));
    const b = csvSource('b.csv', rows(3));
    const prescans = prescanCsv([a, b], {}, () => false);
    prescans.stop();
    await settle();
    expect(prescans.take(b.content)).toBeNull();
  });
});
