// A CSV file read in slices gives what reading it whole gave: the same
// encoding, header and text (line ends normalised), whatever the slice
// boundaries cut through (a character, a CR LF pair, a quoted cell); and a
// big file is cut into pieces only between records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerCells } from '../../src/engine/formats/csvHeader';
import { scanCsv, type CsvScan } from '../../src/engine/formats/csvScan';
import { decodeText } from '../../src/engine/formats/decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function textOf(scan: CsvScan): Promise<string> {
  const bytes = scan.utf8 instanceof Uint8Array ? scan.utf8 : new Uint8Array(await scan.utf8.arrayBuffer());
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).replace(/^\ufeff/, '');
}

/** What the whole-file path did (decode.ts, then `\r\n?` → `\n`). */
function whole(bytes: Uint8Array): { encoding: string; garbled: boolean; text: string; header: string[] } {
  const decoded = decodeText(bytes);
  return { encoding: decoded.encoding, garbled: decoded.garbled, text: decoded.text.replace(/\r\n?/g, '\n'), header: headerCells(decoded.text) };
}

/** Offsets where records start, by a plain RFC 4180 reading of the whole text. */
function recordStarts(bytes: Uint8Array): Set<number> {
  const starts = new Set<number>([0]);
  let quoted = false;
  bytes.forEach((b, i) => {
    if (b === 0x22) quoted = !quoted;
    else if (b === 0x0a && !quoted) starts.add(i + 1);
  });
  return starts;
}

describe('scanCsv', () => {
  it('hands a UTF-8 file with \\n line ends over as it is, bytes or Blob', async () => {
    const bytes = utf8('region_code,name\n150102,新城区\n');
    const fromBytes = await scanCsv(bytes, { slice: 5 });
    expect(fromBytes).toMatchObject({ encoding: 'utf-8', garbled: false, blank: false, header: ['region_code', 'name'], cuts: [] });
    expect(fromBytes.utf8).toBe(bytes);
    const blob = new Blob([bytes as BlobPart]);
    const fromBlob = await scanCsv(blob, { slice: 5 });
    expect(fromBlob.utf8).toBe(blob);
    expect(fromBlob.header).toEqual(['region_code', 'name']);
  });

  it('tells UTF-8 with a BOM, blank files, and a header cut by slices', async () => {
    expect(await scanCsv(utf8('\ufeff"a,1",b\r\nx,y'), { slice: 2 })).toMatchObject({ encoding: 'utf-8-bom', header: ['a,1', 'b'], blank: false });
    expect(await scanCsv(utf8(' \n\t\r\n'), { slice: 1 })).toMatchObject({ blank: true });
    expect(await scanCsv(new Uint8Array(0))).toMatchObject({ blank: true, header: [''] });
  });

  it('rewrites CR LF and lone CR as \\n, also when a pair is cut between slices', async () => {
    const bytes = utf8('a,b\r\n1,"x\r\ny"\r2,3\r\n');
    for (const slice of [1, 2, 3, 4, 7, 64]) {
      for (const content of [bytes, new Blob([bytes as BlobPart])]) {
        const scan = await scanCsv(content, { slice });
        expect(await textOf(scan)).toBe('a,b\n1,"x\ny"\n2,3\n');
        expect(scan.utf8 instanceof Blob).toBe(content instanceof Blob);
      }
    }
  });

  it('reads GBK as GB18030 and rewrites it as UTF-8, whatever the slices cut', async () => {
    // 区划代码,名称 / 150102,新城区 in GBK, with CR LF.
    const gbk = new Uint8Array([
      0xc7, 0xf8, 0xbb, 0xae, 0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0x31, 0x35, 0x30, 0x31, 0x30, 0x32, 0x2c, 0xd0, 0xc2,
      0xb3, 0xc7, 0xc7, 0xf8, 0x0d, 0x0a,
    ]);
    for (const slice of [1, 2, 3, 5, 64]) {
      const scan = await scanCsv(new Blob([gbk as BlobPart]), { slice });
      expect(scan).toMatchObject({ encoding: 'gb18030', garbled: false, header: ['区划代码', '名称'] });
      expect(await textOf(scan)).toBe('区划代码,名称\n150102,新城区\n');
    }
  });

  it('does not mistake bytes that are not UTF-8 for ASCII when slices skip decoding', async () => {
    // An ASCII first slice, then a UTF-8 sequence cut off by ASCII bytes in a later slice.
    const bytes = utf8('a,b\n1,2\n3,4\n');
    const broken = new Uint8Array([...bytes, 0xe6, 0x96, 0x0a, ...utf8('5,6\n')]);
    for (const slice of [1, 3, 4, 8]) expect((await scanCsv(broken, { slice })).encoding).toBe('gb18030');
    // Valid multi-byte characters cut by every slice boundary stay UTF-8.
    const chinese = utf8('名称,区划\n新城区,150102\n回民区,150103\n');
    for (const slice of [1, 2, 3, 4, 5]) expect((await scanCsv(chinese, { slice })).encoding).toBe('utf-8');
  });

  it('reads as the whole-file path did, for any text and any slice size', async () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('"', '\r\n', '\r', '\n', ',', '新城区', '\ufeff'));
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 30 }), fc.integer({ min: 1, max: 16 }), async (cells, slice) => {
        const bytes = utf8(cells.join(''));
        const expected = whole(bytes);
        const scan = await scanCsv(bytes, { slice });
        expect(scan.encoding).toBe(expected.encoding);
        expect(scan.header).toEqual(expected.header);
        expect(scan.blank).toBe(expected.text.trim() === '');
        expect(await textOf(scan)).toBe(expected.text);
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a big file only where a record starts, outside quoted cells', async () => {
    const record = fc.array(fc.oneof(fc.constantFrom('150102', '"a,b"', '"x\ny"', '"say ""hi"""', ''), fc.string({ maxLength: 5 }).map((s) => s.replace(/["\r\n]/g, ''))), {
      minLength: 1,
      maxLength: 4,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 60 }), fc.integer({ min: 4, max: 64 }), fc.integer({ min: 1, max: 32 }), async (records, piece, slice) => {
        const bytes = utf8(`${records.map((r) => r.join(',')).join('\n')}\n`);
        const scan = await scanCsv(bytes, { piece, slice });
        const starts = recordStarts(bytes);
        let previous = 0;
        for (const cut of scan.cuts) {
          expect(starts.has(cut)).toBe(true);
          expect(cut).toBeGreaterThan(previous);
          expect(cut).toBeLessThan(bytes.byteLength);
          previous = cut;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a file into pieces of about the piece size, and a small file not at all', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `2024Q4,${150102199001010000 + i},150102,dibao,civil_affairs,true`);
    const bytes = utf8(`quarter,person_id,region_code,category,source,enrolled\n${rows.join('\n')}\n`);
    expect((await scanCsv(bytes)).cuts).toEqual([]);
    const scan = await scanCsv(bytes, { piece: 4096, slice: 1000 });
    expect(scan.cuts.length).toBeGreaterThan(10);
    const sizes = [...scan.cuts, bytes.byteLength].map((end, k) => end - (scan.cuts[k - 1] ?? 0));
    for (const size of sizes.slice(0, -1)) {
      expect(size).toBeGreaterThanOrEqual(2048);
      expect(size).toBeLessThanOrEqual(4096 + 1000);
    }
  });
});
