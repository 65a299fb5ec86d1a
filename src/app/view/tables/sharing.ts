// 分担明细 (缺口分担), defined once for the screen and its export
// (view/table.ts): the gap first, then each part; the parts add up to the gap.
import { texts, type Lang } from '../../../domain/lang';
import type { Decimal } from '../../../domain/money';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  { step: '步骤', regionCode: '区划代码', region: '地区', amount: '金额' },
  { step: 'Step', regionCode: 'Region code', region: 'Region', amount: 'Amount' },
);

export interface SharingRow {
  /** `gap`, or the part's step (`balance`, `county_self`, `city`, `county`). */
  key: string;
  /** The step's name in the page's language. */
  step: string;
  regionCode: string;
  amount: Decimal;
}

export function sharingSpec(rows: readonly SharingRow[], name: (code: string) => string, lang: Lang): TableSpec<SharingRow> {
  const t = TEXT[lang];
  return tableSpec(rows, (r) => `${r.key}|${r.regionCode}`, [
    { key: 'step', head: t.step, kind: 'text', rowHeader: {}, value: (r) => r.step },
    { key: 'region_code', head: t.regionCode, kind: 'text', only: 'export', value: (r) => r.regionCode },
    { key: 'region', head: t.region, kind: 'text', value: (r) => name(r.regionCode) },
    // To the fen for whoever checks the sum, then rounded to read.
    { key: 'amount', head: t.amount, kind: 'money', exact: true, value: (r) => r.amount },
    { key: 'amount_shown', head: t.amount, kind: 'money', only: 'screen', value: (r) => r.amount },
  ], (r) => r.key === 'gap');
}
