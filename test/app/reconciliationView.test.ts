// 对账: the page's ranking and its export tables, on hand-made rows.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import type { ReconciliationDocument, ReconciliationRow } from '../../src/domain/reconciliationTypes';
import type { Lang } from '../../src/domain/lang';
import type { RankedReconciliation } from '../../src/app/view/reconciliationView';
import { exportTable } from '../../src/app/view/table';
import { notJudgedSpec, reconciliationDocumentsSpec, reconciliationSpec } from '../../src/app/view/tables/reconciliation';
import { reconciliationKey, reconciliationView } from '../../src/app/view/reconciliationView';
import { LEAGUE_BANNER_WORDS } from '../../src/domain/levelWords';

function doc(transferId: string, amount: string, receivedDate: string | null): ReconciliationDocument {
  return {
    transferId,
    fromLevel: 'province',
    toRegionCode: '150100',
    kind: 'formal',
    amount: new Dec(amount),
    issuedDate: '2024-05-01',
    receivedDate,
    origin: 'central',
    chain: [transferId, `C-${transferId}`],
  };
}

function row(cityCode: string, level: ReconciliationRow['level'], received: string, booked: string, documents: ReconciliationDocument[], hasDocuments = true): ReconciliationRow {
  const r = new Dec(received);
  const b = new Dec(booked);
  return { cityCode, fund: 'resident', year: 2024, level, hasDocuments, hasBookings: true, received: r, booked: b, difference: b.minus(r), documents, outside: [] };
}

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const ROWS: ReconciliationRow[] = [
  row('150100', 'central', '1000.00', '1000.00', [doc('A', '1000.00', '2024-05-03')]),
  // 10.00 / 1,000.00 = 1%: yellow.
  row('150200', 'central', '1000.00', '990.00', [doc('B', '1000.00', '2024-05-03')]),
  // 60.00 / 1,000.00 = 6%: red.
  row('150300', 'central', '1000.00', '1060.00', [doc('C', '1000.00', '2024-05-03')]),
  row('150100', 'province', '0', '500.00', [], false),
];

// The exports as the page makes them: each table's one definition through exportTable.
const reconciliationTable = (ranked: RankedReconciliation[], name: (code: string) => string, lang: Lang = 'zh') => exportTable(reconciliationSpec(ranked, name, lang, LEAGUE_BANNER_WORDS), lang);
const reconciliationDocumentsTable = (r: ReconciliationRow, lang: Lang = 'zh') => exportTable(reconciliationDocumentsSpec(r, (c) => c, lang, LEAGUE_BANNER_WORDS), lang);

describe('reconciliation view', () => {
  it('ranks rows with documents by |difference| and keeps those without documents apart', () => {
    const view = reconciliationView(ROWS, policy);
    expect(view.ranked.map((r) => [reconciliationKey(r.row), r.severity])).toEqual([
      ['150300-resident-central', 'red'],
      ['150200-resident-central', 'yellow'],
      ['150100-resident-central', null],
    ]);
    expect(view.differing.map((r) => reconciliationKey(r.row))).toEqual(['150300-resident-central', '150200-resident-central']);
    expect(view.withoutDocuments.map(reconciliationKey)).toEqual(['150100-resident-province']);
    expect(view.withoutBookings).toEqual([]);
  });

  it('keeps documents of a pool without fund flows apart too: received shown, not ranked or judged', () => {
    const noFlows = { ...row('150400', 'central', '800.00', '0', [doc('D', '800.00', '2024-05-03')]), hasBookings: false };
    const view = reconciliationView([...ROWS, noFlows], policy);
    expect(view.ranked.map((r) => reconciliationKey(r.row))).not.toContain('150400-resident-central');
    expect(view.withoutBookings.map(reconciliationKey)).toEqual(['150400-resident-central']);
    const table = exportTable(notJudgedSpec(view.withoutBookings, 'bookings', (c) => c, 'zh', LEAGUE_BANNER_WORDS), 'zh');
    expect(table.rows).toEqual([{ city: '150400', fund: '城乡居民医保基金', level: '中央', received: '800.00', status: '未载入收支' }]);
  });

  it('exports the ranking in exact yuan, in Chinese and in English', () => {
    const view = reconciliationView(ROWS, policy);
    const names: Record<string, string> = { '150100': '呼和浩特市', '150200': '包头市', '150300': '乌海市' };
    const zh = reconciliationTable(view.ranked, (c) => names[c] ?? c);
    expect(zh.columns.map((c) => c.label)).toEqual(['排名', '盟市代码', '盟市', '基金', '年度', '来源级次', '到账（元）', '入账（元）', '差额 = 入账 − 到账（元）', '差额绝对值占到账比例（状态按此分级）', '到账文件', '状态']);
    expect(zh.rows[0]).toEqual({
      rank: 1,
      city_code: '150300',
      city: '乌海市',
      fund: '城乡居民医保基金',
      year: 2024,
      level: '中央',
      received: '1000.00',
      booked: '1060.00',
      difference: '60.00',
      share: '0.060000',
      documents: 'C',
      severity: '红色',
    });
    expect(zh.rows[2]?.severity).toBe('一致');
    const en = reconciliationTable(view.ranked, (c) => names[c] ?? c, 'en');
    expect(en.rows[1]).toMatchObject({ level: 'Central', difference: '-10.00', severity: 'Yellow' });
  });

  it('exports the documents behind a row, counted first, then those not received by the quarter end', () => {
    const r: ReconciliationRow = { ...row('150100', 'central', '1000.00', '1000.00', [doc('A', '1000.00', '2024-05-03')]), outside: [{ ...doc('L', '5.00', '2024-07-02'), reason: 'received_later' }] };
    const table = reconciliationDocumentsTable(r);
    expect(table.rows.map((x) => [x.transfer_id, x.amount, x.chain, x.counted])).toEqual([
      ['A', '1000.00', 'A → C-A', '是'],
      ['L', '5.00', 'L → C-L', '否：季末后到账'],
    ]);
  });
});

// A sweep: 广州市's resident 省级 row read "0.00 | 0.00 | 0.00 | 一致" while a 2,176万元 document issued on 2024-12-15
// had not arrived — all clear, by the words. The agreement is said with the documents still out.
describe('a row in agreement with documents not received yet', () => {
  it('says so on screen and in the export; one document received later is no such document', () => {
    const waiting: ReconciliationRow = {
      ...row('440100', 'province', '0', '0', []),
      outside: [
        { ...doc('粤财社〔2024〕165号', '21760000.00', null), reason: 'not_received' },
        { ...doc('粤财社〔2024〕170号', '100.00', '2025-01-05'), reason: 'received_later' },
      ],
    };
    const ranked = reconciliationView([waiting], policy).ranked;
    expect(ranked.map((r) => r.severity)).toEqual([null]);
    const status = (lang: Lang) => reconciliationTable(ranked, (c) => c, lang).rows[0]?.severity;
    expect(status('zh')).toBe('一致（另有 1 份文件未到账）');
    expect(status('en')).toBe('Reconciled (1 more document not received)');
    const spec = reconciliationSpec(ranked, (c) => c, 'zh', LEAGUE_BANNER_WORDS);
    const column = spec.columns.find((c) => c.key === 'status');
    const first = spec.rows[0];
    expect(column?.kind === 'severity' && typeof column.normal === 'function' && first ? column.normal(first) : null).toBe('一致（另有 1 份文件未到账）');
  });
});
