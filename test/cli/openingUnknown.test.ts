// A gap line where the data has no opening balance (no fund_balances row
// for the pool): the CLI said "累计结余弥补 0.00元" as if the balance were
// known to be empty; it now says, as the report does, that it was unknown
// and taken as 0.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';

describe('a gap without an opening balance', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fundwatch-opening-unknown-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says the opening balance was unknown and taken as 0; with it, says nothing of the kind', async () => {
    cpSync(join(ROOT, 'test/fixtures/tiny'), dir, { recursive: true, filter: (src) => !src.endsWith('fund_balances.csv') });
    const zh = await cli('analyze', '--data', dir, '--quarter', '2024Q4');
    expect(zh.code, zh.stderr).toBe(0);
    // 呼和浩特市's 2024 assistance gap of 20,000.00 yuan, nothing to cover it: the city and its counties share it half each.
    expect(zh.stdout).toContain('呼和浩特市 城乡医疗救助基金 2024 年缺口 20,000.00元 = 累计结余弥补 0.00元 + 旗县自身原因 0.00元 + 盟市承担 10,000.00元 + 旗县分担 10,000.00元（年初累计结余未知，按 0 计）');
    const en = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--lang', 'en');
    expect(en.stdout).toContain('(opening balance unknown, taken as 0)');
    const known = await cli('analyze', '--data', join(ROOT, 'test/fixtures/tiny'), '--quarter', '2024Q4');
    expect(known.stdout).not.toContain('未知');
  });
});
