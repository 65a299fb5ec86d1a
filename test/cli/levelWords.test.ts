// The sample moved to 湖南省 (test/fixtures/otherProvince.ts): the summary
// and the report call its levels 地市 and 县区, never Inner Mongolia's 盟市
// and 旗县, and say nothing else differently — the same figures, the same lines.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUNAN, writeSampleAsProvince } from '../fixtures/otherProvince';
import { cli, ROOT, type Run } from './runCli';

const SAMPLE = join(ROOT, 'data/sample');
const dir = mkdtempSync(join(tmpdir(), 'fundwatch-level-words-'));
const hunan = join(dir, 'hunan');
let sample: Run;
let moved: Run;

beforeAll(async () => {
  writeSampleAsProvince(hunan, HUNAN);
  [sample, moved] = await Promise.all([
    cli('analyze', '--data', SAMPLE, '--quarter', '2024Q4'),
    cli('analyze', '--data', hunan, '--quarter', '2024Q4'),
  ]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the level words of a province other than Inner Mongolia', () => {
  it('the summary says 地市 and 县区 where the sample says 盟市 and 旗县, and nothing else differs', () => {
    expect(moved.code, moved.stderr).toBe(0);
    expect(sample.stdout).toContain('低于参保目标的盟市：无');
    expect(moved.stdout).toContain('低于参保目标的地市：无');
    // No city is below the target, but three counties are (科尔沁右翼中旗 6,246 of 6,387 enrolled: 97.79%):
    // "none" about cities alone read as all clear. Lowest first.
    expect(sample.stdout).toContain('低于参保目标的旗县（3）：科尔沁右翼中旗 97.79%，四子王旗 98.60%，奈曼旗 98.90%');
    expect(moved.stdout).toContain('低于参保目标的县区（3）：科尔沁右翼中旗 97.79%，四子王旗 98.60%，奈曼旗 98.90%');
    expect(moved.stdout).toContain('资金到账核对：24 项（地市 · 基金 · 来源级次）中 3 处入账与到账不一致');
    expect(moved.stdout).toContain(
      '乌兰察布市 城乡医疗救助基金 2024 年缺口 17,960,565.39元 = 累计结余弥补 12,309,907.97元 + 县区自身原因 462,080.36元（商都县 462,080.36元） + 地市承担 2,594,288.53元 + 县区分担 2,594,288.53元',
    );
    expect(moved.stdout).not.toMatch(/盟市|旗县/);
    const said = (run: Run): string => run.stdout.replaceAll('内蒙古自治区', '湖南省').replaceAll('盟市', '地市').replaceAll('旗县', '县区');
    expect(moved.stdout).toBe(said(sample));
  });

  it('the report says 地市 and 县区 in its findings, gap sharing and reconciliation', async () => {
    const out = join(dir, 'report.html');
    const run = await cli('report', '--data', hunan, '--quarter', '2024Q4', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/盟市|旗县/);
    // The finding's proposal and the gap section's steps (乌兰察布市, data/README.md's figures).
    expect(html).toContain('按缺口分担办法向乌兰察布市本级及所属县区下达分担任务');
    expect(html).toContain('县区自身原因（应缴未缴）46.21万元 由该县区全额补足');
    expect(html).toMatch(/<th[^>]*>地市<\/th>/);
    expect(html).toContain('各县区承担（元）');
    // Its superior money comes from the centre and the province (省级), not an autonomous region.
    expect(html).toContain('2024年上级资金（中央、省级）年初至今');
    expect(html).not.toContain('自治区');
  }, 120_000);

  // The sample's report said 省级, 市级, 县级 for the money of 内蒙古自治区, its 盟市 and 旗县 under a lead that
  // reads 上级资金（中央、自治区）: every level is now said in the province's words, in tables and charts alike.
  it('the sample’s report names Inner Mongolia’s levels 自治区, 盟市级 and 旗县级, never 省级', async () => {
    const out = join(dir, 'sample.html');
    const run = await cli('report', '--data', SAMPLE, '--quarter', '2024Q4', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('2024年上级资金（中央、自治区）年初至今');
    // The income by source level: its rows, and the trend chart's legend.
    for (const level of ['中央', '自治区', '盟市级', '旗县级']) expect(html).toContain(`<tr><td>${level}</td>`);
    expect(html).toContain('>收入·盟市级</text>');
    expect(html).not.toMatch(/省级|>市级<|>县级</);
  }, 120_000);
});

