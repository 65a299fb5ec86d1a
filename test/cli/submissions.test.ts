// The command line's `--data DIR1 --data DIR2 …` (merging submissions) and
// `--compare OLD` (revisions): the sample split into its twelve cities'
// folders prints exactly what the whole folder prints; a conflicting row is
// refused naming both folders; the revisions fixture prints the same on
// DuckDB-wasm and native DuckDB; without --compare there is no "revisions".
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import type { RevisionsJson } from '../../src/domain/revisions';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { both, run } from './bothEngines';
import { splitByCity } from './submissionFolders';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/sample');
const FIXTURE = join(ROOT, 'test/fixtures/revisions');

describe('analyze with several --data folders and --compare', () => {
  let dir = '';
  let cities: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fundwatch-submissions-'));
    cities = await splitByCity(SAMPLE, join(dir, 'cities'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the twelve cities of the sample, merged, print the same analyze --json as the whole folder', async () => {
    expect(cities).toHaveLength(12);
    const whole = await run(createNativeEngine, 'analyze', '--data', SAMPLE, '--json');
    const merged = await run(createNativeEngine, 'analyze', ...cities.flatMap((c) => ['--data', c]), '--json');
    expect(merged.stderr).toBe('');
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expect((JSON.parse(merged.stdout) as AnalysisJson & { revisions?: unknown }).revisions).toBeUndefined();
  }, 120_000);

  it('a merge prints the same on DuckDB-wasm and native DuckDB (the tiny fixture split by city)', async () => {
    const folders = await splitByCity(join(ROOT, 'test/fixtures/tiny'), join(dir, 'tiny'));
    expect(folders).toHaveLength(2);
    const { wasm, native } = await both('analyze', ...folders.flatMap((f) => ['--data', f]), '--json');
    expect(native).toEqual(wasm);
    expect(native.code).toBe(0);
    const whole = await run(createNativeEngine, 'analyze', '--data', join(ROOT, 'test/fixtures/tiny'), '--json');
    expect(native.stdout).toBe(whole.stdout);
  }, 120_000);

  it('two cities, one row held by both with different amounts: refused, both folders, the table and the key named', async () => {
    const [first = '', second = ''] = cities;
    // 包头市's folder also sends one of 呼和浩特市's rows, with another amount.
    const conflict = join(dir, '150200-conflict');
    await cp(second, conflict, { recursive: true });
    const flows = (await readFile(join(first, 'fund_flows.csv'), 'utf8')).split('\n');
    const row = flows[1] ?? '';
    const changed = row.replace(/,(\d+)\.(\d\d)$/, (_, yuan: string, fen: string) => `,${Number(yuan) + 1}.${fen}`);
    const regions = (await readFile(join(first, 'regions.csv'), 'utf8')).split('\n').slice(2).join('\n');
    await writeFile(join(conflict, 'fund_flows.csv'), `${await readFile(join(second, 'fund_flows.csv'), 'utf8')}${changed}\n`);
    await writeFile(join(conflict, 'regions.csv'), `${await readFile(join(second, 'regions.csv'), 'utf8')}${regions}`);
    const result = await run(createNativeEngine, 'analyze', '--data', first, '--data', conflict, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const [quarter, region, fund, direction, item, level, amount] = row.split(',');
    const key = `quarter=${quarter}, region_code=${region}, fund=${fund}, direction=${direction}, item=${item}, source_level=${level}`;
    expect(result.stderr).toContain(
      `fund_flows.csv · amount · 报送"150100"与报送"150200-conflict"的 fund_flows 中同一键（${key}）的数据不同：amount ${amount} ≠ ${changed.split(',').at(-1)}`,
    );
  }, 120_000);

  it('--compare: the revisions fixture, the same on both engines; without it no "revisions"', async () => {
    const { wasm, native } = await both('analyze', '--data', join(FIXTURE, 'new'), '--compare', join(FIXTURE, 'old'), '--json');
    expect(native).toEqual(wasm);
    expect(native.code).toBe(0);
    const doc = JSON.parse(native.stdout) as AnalysisJson & { revisions: RevisionsJson };
    expect(Object.keys(doc).at(-1)).toBe('revisions');
    expect(doc.revisions.tables.find((t) => t.table === 'transfers')).toEqual({
      table: 'transfers',
      added: [{ transfer_id: 'P-2024-3' }],
      removed: [{ transfer_id: 'P-2024-2' }],
      changed: [{ key: { transfer_id: 'P-2024-1' }, column: 'amount', old: '300000.00', new: '310000.00' }],
    });
    // 150200/150202: the old submission's resident opening balance of -100.00 (no flows), dropped in the new one.
    expect(doc.revisions.alerts.resolved.map((a) => a.region_code)).toEqual(['150100', '150103', '150200', '150202', '150000']);
    // The fixture's transfers are not booked as income, so the new submission also raises two reconciliation alerts (对账).
    expect(doc.revisions.alerts.new.map((a) => a.rule)).toEqual(['reconciliation', 'transfer_not_received', 'reconciliation', 'months_payable', 'months_payable']);

    const plain = await run(createNativeEngine, 'analyze', '--data', join(FIXTURE, 'new'), '--json');
    const { revisions, ...rest } = doc;
    expect(revisions).toBeDefined();
    expect(JSON.parse(plain.stdout)).toEqual(rest);
    expect(plain.stdout).not.toContain('"revisions"');

    const summary = await run(createNativeEngine, 'analyze', '--data', join(FIXTURE, 'new'), '--compare', join(FIXTURE, 'old'));
    expect(summary.stdout).toContain('transfers：新增 1 行，删除 1 行，修改 1 个值');
    expect(summary.stdout).toContain('预警：新增 5 条，解除 5 条，级别变化 0 条');
  }, 120_000);

  it('report --compare: a section "与上次报送相比的变化" with the table changes and the alerts', async () => {
    const out = join(dir, 'report.html');
    const result = await run(createNativeEngine, 'report', '--data', join(FIXTURE, 'new'), '--compare', join(FIXTURE, 'old'), '--out', out);
    expect(result.code).toBe(0);
    const html = await readFile(out, 'utf8');
    const section = html.slice(html.indexOf('<section class="report-section" id="revisions">'));
    expect(section).toContain('十一、与上次报送相比的变化');
    expect(section).toContain('<tr><td>transfers</td><td>1</td><td>1</td><td>1</td></tr>');
    expect(section).toContain('解除 · 红色 · 回民区 救助对象参保率 = 已参保 490 人 ÷ 救助对象 500 人 = 98.00%');
    expect(section).toContain('新增 · 黄色 · 包头市 城乡医疗救助基金 P-2024-3');
    // 指标变化: each figure with its unit, and the change (domain/revisionsReading.ts); never a bare yuan figure.
    expect(section).toContain('<th>地区</th><th>指标</th><th>上次</th><th>本次</th><th>变化</th>');
    const indicatorRows = [...section.matchAll(/<tr><td>[^<]*<\/td><td>(救助对象参保率|累计结余|可支付月数)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)];
    expect(indicatorRows.length).toBeGreaterThan(0);
    for (const [, name, before, now, change] of indicatorRows) {
      const unit = name === '救助对象参保率' ? /%$/ : name === '累计结余' ? /(万元|亿元|元)$/ : /(个月|）)$/;
      expect([before, now].every((v) => v === '—' || unit.test(v ?? '')), `${name}: ${before} → ${now}`).toBe(true);
      expect(change, name).toMatch(/^[−+±—]/);
    }
    const plain = await run(createNativeEngine, 'report', '--data', join(FIXTURE, 'new'), '--out', join(dir, 'plain.html'));
    expect(plain.code).toBe(0);
    expect(await readFile(join(dir, 'plain.html'), 'utf8')).not.toContain('id="revisions"');
  }, 120_000);

  it('--compare with another region tree: refused, exit 1, the region named', async () => {
    const old = join(dir, 'old-other-tree');
    await cp(join(FIXTURE, 'old'), old, { recursive: true });
    await writeFile(join(old, 'regions.csv'), (await readFile(join(FIXTURE, 'old/regions.csv'), 'utf8')).replace('150202,东河区,county,150200', '150202,东河区,county,150100'));
    const result = await run(createNativeEngine, 'analyze', '--data', join(FIXTURE, 'new'), '--compare', old, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('old-other-tree/regions.csv · parent_code · 比对数据的区划树与当前数据不同：区划 150202 的上级不同：比对数据 150100，当前数据 150200');
  }, 120_000);
});
