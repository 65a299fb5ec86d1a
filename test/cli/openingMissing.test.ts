// An account with flows in a year but no opening balance for it: its city's
// and the province's accumulated balances were summed without it, as if it had
// opened at 0 (a 四川 sweep: 凉山州's balance 3.2 million too low, its gap
// sharing moved by 1.3 million, not a word). They are now unknown, and loading
// says which account lacks its opening.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-noopen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface FundRow {
  region_code: string;
  fund: string;
  quarter: string;
  accumulated_balance: string | null;
}

const balances = (stdout: string): Map<string, string | null> => {
  const doc = JSON.parse(stdout) as { funds: FundRow[] };
  return new Map(doc.funds.filter((f) => f.quarter === '2024Q4').map((f) => [`${f.region_code} ${f.fund}`, f.accumulated_balance]));
};

describe('an opening balance missing for one county', () => {
  it('leaves its city and province unknown (not summed as 0), the other fund untouched, and is said at load', async () => {
    cpSync(join(ROOT, 'data/sample'), dir, { recursive: true });
    const before = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(before.code, before.stderr).toBe(0);
    const file = join(dir, 'fund_balances.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${lines.filter((l) => !l.startsWith('2024,152223,assistance,')).join('\n')}\n`);
    const after = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(after.code, after.stderr).toBe(0);
    const was = balances(before.stdout);
    const now = balances(after.stdout);
    expect(was.get('152223 assistance')).not.toBeNull();
    for (const unknown of ['152223 assistance', '152200 assistance', '150000 assistance']) expect(now.get(unknown), unknown).toBeNull();
    // The other fund, and the other cities, as before.
    for (const kept of ['152223 resident', '152200 resident', '150000 resident', '150100 assistance', '152201 assistance']) {
      expect(now.get(kept), kept).toBe(was.get(kept));
      expect(now.get(kept)).not.toBeNull();
    }
    expect(after.stderr).toContain('区划 152223 的城乡医疗救助基金 2024 年有收支，但 fund_balances 中没有它 2024 年的年初结余');
    expect(after.stderr.match(/年初结余：该账户/g)).toHaveLength(1);
  });
});
