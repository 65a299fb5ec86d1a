// A header over two rows (merged cells) on the command line (native
// DuckDB): data/sample with fund_flows.csv under a title, its header split
// as a merged-cell sheet saves it (季度 merged down, 收支情况 over 收支方向 |
// 项目 | 资金来源级次) and a unit line and numbered notes under the table,
// analyses to the byte what the plain sample does, the layout said in notices.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './runCli';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

describe('a header over two rows on the command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-two-rows-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const data = join(temp, 'data');
  cpSync(SAMPLE, data, { recursive: true });
  const [, ...rows] = readFileSync(join(SAMPLE, 'fund_flows.csv'), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\n');
  const header = ['2024年基金收支情况表,,,,,,', '季度,区划代码,基金,收支情况,,,金额', ',,,收支方向,项目,资金来源级次,'];
  const notes = ['单位：元,,,,,,', '1. 本表金额为当季发生额,,,,,,'];
  writeFileSync(join(data, 'fund_flows.csv'), `${[...header, ...rows, ...notes].join('\n')}\n`);

  it("analyze --json is byte-identical to the plain sample's, the two header rows and the notes said", async () => {
    const plain = await cli('analyze', '--data', SAMPLE, '--json');
    const merged = await cli('analyze', '--data', data, '--json');
    expect(plain.code).toBe(0);
    expect(merged.code).toBe(0);
    expect(merged.stderr).toContain('fund_flows.csv · 第2行 · 表头占两行（第2、3行，合并单元格）：两行逐列合并为一行表头读取');
    const last = rows.length + 3;
    expect(merged.stderr).toContain(`fund_flows.csv · 第${last + 1}–${last + 2}行是表格下方的填报人、审核人、日期或注释行：不作为数据载入`);
    expect(merged.stdout).toBe(plain.stdout);
  }, 180_000);
});
