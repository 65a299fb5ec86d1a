// A pot the factor method cannot allocate (every performance score of the
// year zero): the summary says why, and `--json`, whose document then has no
// allocation rows for it, said nothing at all (exit 0). Now on stderr too.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-perf0-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a pot that cannot be allocated', () => {
  it('is said on stderr beside --json, as in the summary', async () => {
    cpSync(join(ROOT, 'data/sample'), dir, { recursive: true });
    const file = join(dir, 'allocation_factors.csv');
    const [header, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
    const columns = header!.split(',');
    const performance = columns.indexOf('performance');
    // 2024's assistance pot: every city's performance score 0.
    const zeroed = rows.map((r) => {
      const cells = r.split(',');
      if (cells[0] === '2024' && cells[columns.indexOf('pot')] === 'assistance') cells[performance] = '0';
      return cells.join(',');
    });
    writeFileSync(file, `${[header, ...zeroed].join('\n')}\n`);
    const json = await cli('analyze', '--data', dir, '--json');
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as { allocation: { year: number; pot: string }[] };
    expect(doc.allocation.some((a) => a.year === 2024 && a.pot === 'assistance')).toBe(false);
    expect(json.stderr).toContain('2024 年医疗救助补助资金：各地区绩效评价得分合计为零，无法按因素法分配');
    const text = await cli('analyze', '--data', dir);
    expect(text.stdout).toContain('2024 年医疗救助补助资金：各地区绩效评价得分合计为零，无法按因素法分配');
  });
});
