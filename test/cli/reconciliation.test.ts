// Reconciliation of superior funds (issue 19, DOMAIN.md 资金到账核对) on the
// hand-worked fixture test/fixtures/reconciliation, through the command line
// on both engines. Every figure below is worked out by hand from the files:
//
// 呼和浩特市 pool (150100 + 150102 + 150103), resident fund, 2024:
// - central: the province passes down central document 财社〔2023〕50号 as the
//   advance 内财社〔2023〕210号 (600,000.00, received 2023-11-15, the previous
//   year: it counts from the year's first day) and 财社〔2024〕40号 as
//   内财社〔2024〕220号 (300,000.00, received 2024-07-03, after 2024Q2's end).
//   The city's own pass-down 呼财社〔2024〕5号 to 新城区 moves money inside the
//   pool and is not counted. Booked central: 2024Q1 500,000.00 (city) +
//   100,000.00 (新城区), 2024Q2 300,000.00 (新城区).
//   2024Q2: received 600,000.00, booked 900,000.00, difference 300,000.00:
//   300,000.00 / 600,000.00 = 50% > 5%: red, threshold 5% × 600,000.00 = 30,000.00.
//   2024Q3: received 900,000.00, booked 900,000.00, difference 0.00.
// - province: 内财社〔2024〕221号 (no source: the province's own money),
//   123,456.78 received 2024-05-20; booked 123,456.78 (回民区) + 876.54 with
//   no document (city account): difference 876.54; 876.54 / 123,456.78 =
//   0.71% (> 0, ≤ 5%): yellow, threshold 0.
// 呼和浩特市 assistance fund, central: 财社〔2024〕45号 → 内财社〔2024〕230号
//   (20,000.00) received 2024-07-08; booked 20,000.00 in 2024Q2. At 2024Q2
//   nothing is received but money is booked: red (threshold 0); 2024Q3: 0.00.
// (2024Q3 has one more booking, 1,000.00 of individual contributions: not superior money.)
// 包头市 pool (150200 + 150202): central 内财社〔2023〕211号 400,000.00 straight to
//   东河区, booked 400,000.00: difference 0.00. Province money booked
//   50,000.00 without any province document: "no documents loaded", left
//   out of the JSON and never alerted.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import { both } from './bothEngines';

const FIXTURE = join(import.meta.dirname, '../fixtures/reconciliation');

async function analyzed(quarter: string): Promise<AnalysisJson> {
  const { wasm, native } = await both('analyze', '--data', FIXTURE, '--quarter', quarter, '--json');
  expect(native).toEqual(wasm);
  expect(native.code).toBe(0);
  return JSON.parse(native.stdout) as AnalysisJson;
}

describe('analyze --json: reconciliation of superior funds (hand-worked fixture)', () => {
  it('2024Q2: a document received after the quarter, a booked amount without a document', async () => {
    const doc = await analyzed('2024Q2');
    expect(doc.reconciliation).toEqual([
      { city_code: '150100', fund: 'assistance', year: 2024, level: 'central', received: '0.00', booked: '20000.00', difference: '20000.00', documents: [] },
      {
        city_code: '150100',
        fund: 'resident',
        year: 2024,
        level: 'central',
        received: '600000.00',
        booked: '900000.00',
        difference: '300000.00',
        documents: ['内财社〔2023〕210号'],
      },
      {
        city_code: '150100',
        fund: 'resident',
        year: 2024,
        level: 'province',
        received: '123456.78',
        booked: '124333.32',
        difference: '876.54',
        documents: ['内财社〔2024〕221号'],
      },
      { city_code: '150200', fund: 'resident', year: 2024, level: 'central', received: '400000.00', booked: '400000.00', difference: '0.00', documents: ['内财社〔2023〕211号'] },
    ]);
    const alerts = doc.alerts.filter((a) => a.rule === 'reconciliation').map((a) => [a.severity, a.region_code, a.fund, a.value, a.threshold]);
    expect(alerts).toEqual([
      ['red', '150100', 'assistance', '20000.00', '0.00'],
      ['red', '150100', 'resident', '300000.00', '30000.00'],
      ['yellow', '150100', 'resident', '876.54', '0.00'],
    ]);
    const red = doc.alerts.find((a) => a.rule === 'reconciliation' && a.fund === 'resident' && a.severity === 'red');
    expect(red?.message).toBe(
      '呼和浩特市 城乡居民医保基金（统筹区）2024年中央资金年初至今：入账 90.00万元 − 到账 60.00万元 = 差额 30.00万元，' +
        '|差额| 30.00万元 高于 3.00万元（到账的 5.00%）（红色）；到账文件 内财社〔2023〕210号',
    );
    expect(red?.message_en).toContain('booked 0.9000 million yuan − received 0.6000 million yuan = difference 0.3000 million yuan');
  }, 120_000);

  it('2024Q3: everything received is booked; the yellow booking without a document stays', async () => {
    const doc = await analyzed('2024Q3');
    expect(doc.reconciliation.map((r) => [r.city_code, r.fund, r.level, r.received, r.booked, r.difference, r.documents])).toEqual([
      ['150100', 'assistance', 'central', '20000.00', '20000.00', '0.00', ['内财社〔2024〕230号']],
      ['150100', 'resident', 'central', '900000.00', '900000.00', '0.00', ['内财社〔2023〕210号', '内财社〔2024〕220号']],
      ['150100', 'resident', 'province', '123456.78', '124333.32', '876.54', ['内财社〔2024〕221号']],
      ['150200', 'resident', 'central', '400000.00', '400000.00', '0.00', ['内财社〔2023〕211号']],
    ]);
    expect(doc.alerts.filter((a) => a.rule === 'reconciliation').map((a) => [a.severity, a.region_code, a.fund, a.value])).toEqual([['yellow', '150100', 'resident', '876.54']]);
  }, 120_000);
});

// The sample's planted cases (data/README.md story 7), checked independently
// from the CSVs (Python decimal): per city pool, fund and origin level, the
// 2024 documents received by 2024-12-31 against the 2024 income of that source
// level. Every other pool, fund and level with documents reconciles, in every
// quarter of 2022–2024.
const SAMPLE = join(import.meta.dirname, '../../data/sample');

describe('analyze --json: the sample reconciles except in its three planted cases', () => {
  it('2024Q4: 呼和浩特市 received 内财社〔2024〕261号 and never booked it; 包头市 booked 231号 as province money; 乌海市 booked 220号 twice', async () => {
    const { wasm, native } = await both('analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--json');
    expect(native).toEqual(wasm);
    const doc = JSON.parse(native.stdout) as AnalysisJson;
    // 12 cities × 2 funds, central only: the sample has no province documents of the province's own money.
    expect(doc.reconciliation).toHaveLength(24);
    expect(doc.reconciliation.every((r) => r.level === 'central' && r.year === 2024)).toBe(true);
    expect(doc.reconciliation.filter((r) => r.difference !== '0.00')).toEqual([
      {
        city_code: '150100',
        fund: 'resident',
        year: 2024,
        level: 'central',
        // 6,666,935.23 received 2024-11-30 and not booked: 555,577,936.00 − 562,244,871.23.
        received: '562244871.23',
        booked: '555577936.00',
        difference: '-6666935.23',
        documents: ['内财社〔2023〕249号', '内财社〔2024〕202号', '内财社〔2024〕226号', '内财社〔2024〕261号'],
      },
      {
        city_code: '150200',
        fund: 'resident',
        year: 2024,
        level: 'central',
        // The supplementary 8,907,631.73 (a pass-down of central 财社〔2024〕33号) booked as province money.
        received: '335605144.00',
        booked: '326697512.27',
        difference: '-8907631.73',
        documents: ['内财社〔2023〕255号', '内财社〔2024〕207号', '内财社〔2024〕231号'],
      },
      {
        city_code: '150300',
        fund: 'assistance',
        year: 2024,
        level: 'central',
        // The formal 187,293.31 booked twice: 2,547,075.69 + 187,293.31 = 2,734,369.00.
        received: '2547075.69',
        booked: '2734369.00',
        difference: '187293.31',
        documents: ['内财社〔2023〕268号', '内财社〔2024〕220号', '内财社〔2024〕271号'],
      },
    ]);
    // 8,907,631.73 / 335,605,144.00 = 2.65% and 6,666,935.23 / 562,244,871.23 = 1.19%: yellow;
    // 187,293.31 / 2,547,075.69 = 7.35% > 5%: red (threshold 5% × 2,547,075.69 = 127,353.78).
    expect(doc.alerts.filter((a) => a.rule === 'reconciliation').map((a) => [a.severity, a.region_code, a.fund, a.value, a.threshold])).toEqual([
      ['red', '150300', 'assistance', '187293.31', '127353.78'],
      ['yellow', '150100', 'resident', '6666935.23', '0.00'],
      ['yellow', '150200', 'resident', '8907631.73', '0.00'],
    ]);

    // The summary without --json names the same three, largest |difference| first.
    const summary = await both('analyze', '--data', SAMPLE, '--quarter', '2024Q4');
    expect(summary.native).toEqual(summary.wasm);
    const lines = summary.native.stdout.split('\n');
    const at = lines.indexOf('资金到账核对：24 项（盟市 · 基金 · 来源级次）中 3 处入账与到账不一致');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 4)).toEqual([
      '  包头市 城乡居民医保基金 中央资金：到账 335,605,144.00元，入账 326,697,512.27元，差额 -8,907,631.73元（到账文件 内财社〔2023〕255号、内财社〔2024〕207号、内财社〔2024〕231号）',
      '  呼和浩特市 城乡居民医保基金 中央资金：到账 562,244,871.23元，入账 555,577,936.00元，差额 -6,666,935.23元（到账文件 内财社〔2023〕249号、内财社〔2024〕202号、内财社〔2024〕226号、内财社〔2024〕261号）',
      '  乌海市 城乡医疗救助基金 中央资金：到账 2,547,075.69元，入账 2,734,369.00元，差额 187,293.31元（到账文件 内财社〔2023〕268号、内财社〔2024〕220号、内财社〔2024〕271号）',
    ]);
  }, 240_000);

  it('without fund_flows: the documents are not judged against a booking of zero (no rows, no alerts), and the summary says why', async () => {
    // The sample without its fund flows: before, each of its 24 pools, funds and levels with documents was
    // alerted red ("booked 0.00"), as if the money had not been booked rather than not loaded.
    const dir = await mkdtemp(join(tmpdir(), 'fundwatch-no-flows-'));
    try {
      await cp(SAMPLE, dir, { recursive: true });
      await rm(join(dir, 'fund_flows.csv'));
      const { wasm, native } = await both('analyze', '--data', dir, '--quarter', '2024Q4', '--json');
      expect(native).toEqual(wasm);
      expect(native.code).toBe(0);
      const doc = JSON.parse(native.stdout) as AnalysisJson;
      expect(doc.reconciliation).toEqual([]);
      expect(doc.alerts.filter((a) => a.rule === 'reconciliation')).toEqual([]);
      const summary = await both('analyze', '--data', dir, '--quarter', '2024Q4');
      expect(summary.native).toEqual(summary.wasm);
      expect(summary.native.stdout).toContain('资金到账核对：24 项（盟市 · 基金 · 来源级次）有到账文件，但未载入其收支（fund_flows），入账不明，不核对');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
