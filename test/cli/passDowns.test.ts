// Pass-downs that add up to more than their source document brought were
// loaded without a word; reconciliation then counted money at the source's
// origin level (central) that the source never carried.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-passdowns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pass-downs above their source document', () => {
  it('are said on the source document row with the amounts, and the data loads', async () => {
    cpSync(join(ROOT, 'data/sample'), dir, { recursive: true });
    const file = join(dir, 'transfers.csv');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const rows = lines.map((l) => l.split(','));
    const source = '财社〔2021〕31号';
    const sourceRow = rows.findIndex((r) => r[0] === source);
    const brought = new Decimal(rows[sourceRow]?.[6] ?? 'NaN');
    // One pass-down 10.00 yuan more than the sample's (whose pass-downs of 31号 add up to it at most).
    const bumped = rows.findIndex((r) => r[9] === source);
    const cells = rows[bumped] ?? [];
    cells[6] = new Decimal(cells[6] ?? 'NaN').plus('10.00').toFixed(2);
    lines[bumped] = cells.join(',');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const passed = rows.filter((r) => r[9] === source).reduce((n, r) => n.plus(r[6] ?? 'NaN'), new Decimal(0));
    const documents = rows.filter((r) => r[9] === source).length;
    expect(passed.greaterThan(brought)).toBe(true);
    const run = await cli('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
    expect(run.code, run.stderr).toBe(0);
    const g = (d: Decimal): string => d.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    expect(run.stderr).toContain(`第${sourceRow + 1}行`);
    expect(run.stderr).toContain(
      `文号"${source}"下达 ${g(brought)} 元，而来源文号为它的 ${documents} 份文件合计转下达 ${g(passed)} 元，多出 ${g(passed.minus(brought))} 元`,
    );
    const sample = await cli('analyze', '--data', join(ROOT, 'data/sample'), '--quarter', '2024Q4', '--json');
    expect(sample.stderr).not.toContain('转下达');
  }, 60_000);
});
