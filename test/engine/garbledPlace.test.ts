// Found by stop 44's sweep: a file neither UTF-8 nor GBK/GB18030 was refused without saying where,
// and a regions.csv of thousands of lines with one bad byte left the user searching. The refusal
// now names the line and the cell of the first bytes no encoding reads, in the encoding that reads
// the furthest (src/engine/formats/csvScan.ts, garbledPlace).
import { describe, expect, it } from 'vitest';
import { garbledPlace } from '../../src/engine/formats/csvScan';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { tinyWith, useEngine } from './harness';

const ascii = (text: string): number[] => [...new TextEncoder().encode(text)];
/** 呼和浩特 and 新城区 in GBK (iconv -f UTF-8 -t GBK). */
const HOHHOT_GBK = [0xba, 0xf4, 0xba, 0xcd, 0xba, 0xc6, 0xcc, 0xd8];
const XINCHENG_GBK = [0xd0, 0xc2, 0xb3, 0xc7, 0xc7, 0xf8];

/** A GBK regions.csv whose line 4 has 0xFF (no encoding has it) in its second cell, after 150102,新城. */
function gbkRegions(): Uint8Array {
  return new Uint8Array([
    ...ascii('region_code,name,level,parent_code,tier\r\n150000,"Inner, Mongolia",province,,\r\n150100,'),
    ...HOHHOT_GBK,
    ...ascii(',city,150000,2\r\n150102,'),
    ...XINCHENG_GBK.slice(0, 4),
    0xff,
    ...ascii(',county,150100,2\r\n'),
  ]);
}

describe('where a file neither UTF-8 nor GBK goes wrong', () => {
  const engine = useEngine();

  it('names the line and cell of the first bytes GBK does not read, after the text of the line before them', async () => {
    expect(await garbledPlace(gbkRegions(), 'gb18030', ',')).toEqual({ line: 4, column: 2, encoding: 'gb18030', after: '150102,新城' });
    // As a Blob read in slices, the same.
    expect(await garbledPlace(new Blob([gbkRegions() as Uint8Array<ArrayBuffer>]), 'gb18030', ',')).toEqual({ line: 4, column: 2, encoding: 'gb18030', after: '150102,新城' });
  });

  it('counts a line end inside a quoted cell as a line, and a quoted delimiter as no cell', async () => {
    const bytes = new Uint8Array([...ascii('a,b,c\n1,"x,\ny",z'), 0xff, ...ascii('\n')]);
    expect(await garbledPlace(bytes, 'gb18030', ',')).toEqual({ line: 3, column: 3, encoding: 'utf-8', after: 'y",z' });
    // Tab-separated: cells are told by tabs.
    expect(await garbledPlace(new Uint8Array([...ascii('a\tb\n1\t2,3'), 0xff]), 'gb18030', '\t')).toEqual({ line: 2, column: 2, encoding: 'utf-8', after: '1 2,3' });
  });

  it('a UTF-8 file with one stray byte is placed as UTF-8 (read as GBK, its Chinese goes wrong elsewhere)', async () => {
    const text = ascii('region_code,name,level,parent_code,tier\n150000,内蒙古自治区,province,,\n150100,呼和浩特市,city,150000,2\n150102,新城区,county,150100,');
    const bytes = new Uint8Array([...text, 0x80, ...ascii('2\n')]);
    expect(await garbledPlace(bytes, 'gb18030', ',')).toEqual({ line: 4, column: 5, encoding: 'utf-8', after: 'unty,150100,' });
  });

  it('says it in the refusal, in Chinese and in English', async () => {
    const report = await loadDataset(engine(), await tinyWith({ name: 'regions.csv', bytes: gbkRegions() }));
    expect(report.ok).toBe(false);
    const [problem] = report.problems;
    expect(problem && formatProblem(problem)).toBe('regions.csv · 文件既不是 UTF-8 也不是 GBK/GB18030 编码：第4行第2列（"150102,新城"之后）有无法识别的字节（按GBK/GB18030读到此处为止） · 应为：UTF-8 或 GBK 编码的 CSV 文件');
    expect(problem && formatProblem(problem, 'en')).toBe(
      'regions.csv · The file is neither UTF-8 nor GBK/GB18030: bytes no encoding reads at line 4, column 2 (after "150102,新城") (readable as GBK/GB18030 up to there) · expected: a CSV file in UTF-8 or GBK',
    );
  });
});
