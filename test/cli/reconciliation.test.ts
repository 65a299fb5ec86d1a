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
      '呼和浩特市 城乡居民医保基金（统筹区）2024年中央资金年初至今：入账 90.00万元 − 到账 60.00万元 = 差额 30.000000万元，' +
        '|差额| 30.000000万元 高于 3.000000万元（到账的 5.00%）（红色）；到账文件 内财社〔2023〕210号',
    );
    expect(red?.message_en).toContain('booked 0.9000 million yuan − received 0.6000 million yuan = difference 0.30000000 million yuan');
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
