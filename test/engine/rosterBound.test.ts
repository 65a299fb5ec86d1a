// The page's bound on a roster (engine/ingest/browserBound.ts): a CSV roster
// over the row limit (counted, or estimated from the top of a big file) and
// a Parquet roster over its byte limit are refused with a message that names
// the command line; one within the limits, and other tables, pass.
import { describe, expect, it } from 'vitest';
import { BROWSER_ROSTER_LIMITS, CLI_COMMAND, rostersBeyondBrowser } from '../../src/engine/ingest/browserBound';
import { problemText } from '../../src/engine/ingest/problems';

const HEADER = 'quarter,person_id,region_code,category,source,enrolled\n';
const ROW = '2024Q4,150102194001010001,150102,dibao,civil_affairs,true\n';

function roster(rows: number): string {
  return HEADER + ROW.repeat(rows);
}

const asBlob = (name: string, text: string) => ({ name, blob: new Blob([text]) });

describe('the browser roster bound', () => {
  const limits = { rows: 1000, parquetBytes: 4096, headBytes: 64 * 1024 };

  it('passes a roster of exactly the row limit and refuses one row more, counting rows of a small file', async () => {
    expect(await rostersBeyondBrowser([asBlob('data/roster.csv', roster(1000))], limits)).toEqual([]);
    const [problem, ...rest] = await rostersBeyondBrowser([asBlob('data/roster.csv', roster(1001))], limits);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'roster.csv', row: null, column: null, severity: 'error' });
    // A 55-byte header and 1,001 rows of 58 bytes: 58,113 bytes, within the 64 KiB counted whole; 1 MB rounded up.
    expect(problem && problemText(problem, 'zh')).toBe(`名册约 1,001 行（1 MB），超出浏览器可处理的范围（1,000 行），未载入；请在本机用命令行处理：${CLI_COMMAND}（DIR 为数据文件夹）`);
    expect(problem && problemText(problem, 'en')).toContain(`Process it with the command line on this computer: npm run analyze -- --data DIR`);
  });

  it('estimates the rows of a big file from its top', async () => {
    const top = { ...limits, headBytes: 8192 };
    // The top 8,192 bytes hold 141 line ends: 58,055 bytes × 141 / 8,192 = 999.2 lines, 998 rows after the header (1,000 in the file).
    expect(await rostersBeyondBrowser([{ name: 'roster.csv', bytes: new TextEncoder().encode(roster(1000)) }], top)).toEqual([]);
    // 3,000 rows: 174,055 bytes × 141 / 8,192 = 2,995.8 lines, 2,995 rows.
    const problems = await rostersBeyondBrowser([asBlob('救助对象名册.csv', roster(3000))], top);
    expect(problems.map((p) => p.file)).toEqual(['救助对象名册.csv']);
    expect(problems[0] && problemText(problems[0], 'en')).toMatch(/^The roster has about 2,995 rows \(1 MB\), more than the browser can process \(1,000 rows\); not loaded\./);
  });

  it('refuses a Parquet roster over the byte limit and ignores other tables of any size', async () => {
    const big = { name: 'roster.parquet', bytes: new Uint8Array(4097) };
    expect((await rostersBeyondBrowser([big], limits)).map((p) => problemText(p, 'zh'))).toEqual([
      `名册为 1 MB 的 Parquet 文件，超出浏览器可处理的范围（Parquet 文件 1 MB），未载入；请在本机用命令行处理：${CLI_COMMAND}（DIR 为数据文件夹）`,
    ]);
    expect(await rostersBeyondBrowser([{ name: 'roster.parquet', bytes: new Uint8Array(4096) }], limits)).toEqual([]);
    expect(await rostersBeyondBrowser([asBlob('fund_flows.csv', roster(5000))], limits)).toEqual([]);
  });

  it('bounds the page at 10 million CSV rows and 32 MiB of Parquet', () => {
    expect(BROWSER_ROSTER_LIMITS).toEqual({ rows: 10_000_000, parquetBytes: 32 * 2 ** 20, headBytes: 2 ** 20 });
  });
});
