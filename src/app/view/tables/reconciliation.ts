// 对账's tables, each defined once for the screen and its export
// (view/table.ts): the pools ranked by |difference|, the documents behind the
// chosen row, and the money booked with no document (screen only).
import { FUND_LABEL, levelName, SEVERITY_LABEL, TRANSFER_KIND_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import type { LevelWords } from '../../../domain/levelWords';
import type { OriginLevel, OutsideReason, ReconciliationDocument, ReconciliationRow } from '../../../domain/reconciliationTypes';
import type { Level } from '../../../domain/types';
import type { Decimal } from '../../../domain/money';
import { notReceivedCount, reconciliationRatio } from '../../../domain/reconciliation';
import { reconciliationKey, type RankedReconciliation } from '../reconciliationView';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  {
    rank: '排名',
    cityCode: (w: LevelWords) => `${w.city}代码`,
    city: (w: LevelWords) => w.city,
    fund: '基金',
    year: '年度',
    level: '来源级次',
    levelExport: '来源级次',
    received: '到账',
    booked: '入账',
    difference: '差额',
    differenceExport: '差额 = 入账 − 到账',
    share: '差额占到账',
    shareExport: '差额绝对值占到账比例（状态按此分级）',
    docs: '文件',
    documents: '到账文件',
    status: '状态',
    noDocuments: '未载入文件',
    noBookings: '未载入收支',
    reconciled: '一致',
    // Received and booked agree, while a document of the year is issued and not received yet: not all clear (a sweep).
    pending: (n: number) => `一致（另有 ${n} 份文件未到账）`,
    transferId: '文号',
    fromLevel: '下达级次',
    to: '接收地区',
    toCode: '接收区划代码',
    kind: '类型',
    amount: '金额',
    issued: '下达日期',
    receivedDate: '到账日期',
    chain: '来源文号链',
    counted: '计入到账',
    countedExport: '计入到账',
    yes: '是',
    notReceived: '否：尚未到账',
    receivedLater: '否：季末后到账',
  },
  {
    rank: 'Rank',
    cityCode: () => 'City code',
    city: () => 'City',
    fund: 'Fund',
    year: 'Year',
    level: 'Origin',
    levelExport: 'Origin level',
    received: 'Received',
    booked: 'Booked',
    difference: 'Difference',
    differenceExport: 'Difference = booked − received',
    share: 'Of received',
    shareExport: '|Difference| / received (the status is judged on it)',
    docs: 'Documents',
    documents: 'Documents received',
    status: 'Status',
    noDocuments: 'No documents loaded',
    noBookings: 'No fund flows loaded',
    reconciled: 'Reconciled',
    pending: (n: number) => `Reconciled (${n} more document${n === 1 ? '' : 's'} not received)`,
    transferId: 'Document',
    fromLevel: 'Issued by',
    to: 'To',
    toCode: 'To region code',
    kind: 'Kind',
    amount: 'Amount',
    issued: 'Issued',
    receivedDate: 'Received',
    chain: 'Source chain',
    counted: 'Counted',
    countedExport: 'Counted as received',
    yes: 'Yes',
    notReceived: 'No: not received yet',
    receivedLater: 'No: received after the quarter end',
  },
);

/** The words of one origin level, as the dataset's province says it (中央 / 自治区 / 省级). */
export function originLabel(level: OriginLevel, lang: Lang, words: LevelWords): string {
  return levelName(level, lang, words);
}

const ISSUING_LEVELS: ReadonlySet<string> = new Set(['central', 'province', 'city', 'county']);

export interface RankedRow extends RankedReconciliation {
  rank: number;
}

/** The ranked pools; rows without documents (none on the page) say so in the export. */
export function reconciliationSpec(
  ranked: readonly RankedReconciliation[],
  name: (code: string) => string,
  lang: Lang,
  words: LevelWords,
  /** The policy's bounds on |difference| / received (reconciliation's bands): the share never reads across one. */
  bounds: readonly Decimal[] = [],
): TableSpec<RankedRow> {
  const t = TEXT[lang];
  const rows = ranked.map((r, i): RankedRow => ({ ...r, rank: i + 1 }));
  return tableSpec(rows, ({ row }) => reconciliationKey(row), [
    { key: 'rank', head: t.rank, kind: 'number', value: (r) => r.rank },
    { key: 'city_code', head: t.cityCode(words), kind: 'text', only: 'export', value: ({ row }) => row.cityCode },
    { key: 'city', head: t.city(words), kind: 'text', value: ({ row }) => name(row.cityCode) },
    { key: 'fund', head: t.fund, kind: 'text', value: ({ row }) => FUND_LABEL[row.fund][lang] },
    { key: 'year', head: t.year, kind: 'number', only: 'export', value: ({ row }) => row.year },
    { key: 'level', head: t.level, exportHead: t.levelExport, kind: 'text', value: ({ row }) => originLabel(row.level, lang, words) },
    { key: 'received', head: t.received, kind: 'money', unitGroup: 'sums', value: ({ row }) => (row.hasDocuments ? row.received : null) },
    { key: 'booked', head: t.booked, kind: 'money', unitGroup: 'sums', value: ({ row }) => row.booked },
    {
      key: 'difference',
      head: t.difference,
      exportHead: t.differenceExport,
      kind: 'money',
      testId: 'reconciliation-difference',
      value: ({ row }) => (row.hasDocuments ? row.difference : null),
    },
    // What the status is judged on (alerts/reconciliation.ts); nothing where nothing was received to divide by.
    {
      key: 'share',
      head: t.share,
      exportHead: t.shareExport,
      kind: 'rate',
      thresholds: bounds,
      value: ({ row }) => (row.hasDocuments && !row.received.isZero() ? reconciliationRatio(row) : null),
    },
    { key: 'docs', head: t.docs, kind: 'count', only: 'screen', value: ({ row }) => row.documents.length },
    { key: 'documents', head: t.documents, kind: 'text', only: 'export', value: ({ row }) => row.documents.map((d) => d.transferId).join(lang === 'en' ? ', ' : '、') },
    { key: 'status', head: t.status, kind: 'severity', only: 'screen', normal: ({ row }) => reconciledText(row, t), value: (r) => r.severity },
    {
      key: 'severity',
      head: t.status,
      kind: 'text',
      only: 'export',
      value: ({ row, severity }) => (!row.hasDocuments ? t.noDocuments : severity === null ? reconciledText(row, t) : SEVERITY_LABEL[severity][lang]),
    },
  ]);
}

/** A row judged in agreement: so said, with the year's documents issued and not received yet when there are any. */
function reconciledText(row: ReconciliationRow, t: { reconciled: string; pending: (n: number) => string }): string {
  const pending = notReceivedCount(row);
  return pending === 0 ? t.reconciled : t.pending(pending);
}

export interface DocumentRow {
  document: ReconciliationDocument;
  /** Why a document of the year is not counted as received; null when it is. */
  reason: OutsideReason | null;
}

/** The documents behind one pool: those counted as received, then those of the year not (yet) counted. */
export function documentRows(row: ReconciliationRow): DocumentRow[] {
  return [...row.documents.map((document) => ({ document, reason: null })), ...row.outside.map((d) => ({ document: d, reason: d.reason }))];
}

export function reconciliationDocumentsSpec(row: ReconciliationRow, name: (code: string) => string, lang: Lang, words: LevelWords): TableSpec<DocumentRow> {
  const t = TEXT[lang];
  // A city forwards to its counties too (盟市级 → 旗县); a level the data wrote otherwise reads as written.
  const fromLevel = (level: string): string => (ISSUING_LEVELS.has(level) ? levelName(level as OriginLevel | Level, lang, words) : level);
  return tableSpec(documentRows(row), ({ document }) => document.transferId, [
    { key: 'transfer_id', head: t.transferId, kind: 'text', value: ({ document }) => document.transferId },
    { key: 'from_level', head: t.fromLevel, kind: 'text', value: ({ document }) => fromLevel(document.fromLevel) },
    { key: 'to', head: t.to, kind: 'text', only: 'screen', value: ({ document }) => name(document.toRegionCode) },
    { key: 'to_region_code', head: t.toCode, kind: 'text', only: 'export', value: ({ document }) => document.toRegionCode },
    { key: 'kind', head: t.kind, kind: 'text', value: ({ document }) => TRANSFER_KIND_LABEL[document.kind][lang] },
    { key: 'amount', head: t.amount, kind: 'money', value: ({ document }) => document.amount },
    { key: 'issued_date', head: t.issued, kind: 'text', value: ({ document }) => document.issuedDate },
    { key: 'received_date', head: t.receivedDate, kind: 'text', value: ({ document }) => document.receivedDate },
    { key: 'chain', head: t.chain, kind: 'text', value: ({ document }) => document.chain.join(' → ') },
    {
      key: 'counted',
      head: t.counted,
      exportHead: t.countedExport,
      kind: 'text',
      value: ({ reason }) => (reason === null ? t.yes : reason === 'not_received' ? t.notReceived : t.receivedLater),
    },
  ]);
}

/**
 * Rows shown but never judged, not exported: money booked with an origin
 * level no document of the pool brings (`without` documents), or documents
 * received where the pool has no fund flows of the fund (`without` bookings).
 */
export function notJudgedSpec(
  rows: readonly ReconciliationRow[],
  without: 'documents' | 'bookings',
  name: (code: string) => string,
  lang: Lang,
  words: LevelWords,
): TableSpec<ReconciliationRow> {
  const t = TEXT[lang];
  const known = without === 'documents'
    ? ({ key: 'booked', head: t.booked, kind: 'money', value: (row: ReconciliationRow) => row.booked } as const)
    : ({ key: 'received', head: t.received, kind: 'money', value: (row: ReconciliationRow) => row.received } as const);
  return tableSpec(rows, reconciliationKey, [
    { key: 'city', head: t.city(words), kind: 'text', value: (row) => name(row.cityCode) },
    { key: 'fund', head: t.fund, kind: 'text', value: (row) => FUND_LABEL[row.fund][lang] },
    { key: 'level', head: t.level, kind: 'text', value: (row) => originLabel(row.level, lang, words) },
    known,
    { key: 'status', head: t.status, kind: 'text', value: () => (without === 'documents' ? t.noDocuments : t.noBookings) },
  ]);
}
