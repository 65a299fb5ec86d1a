// 名册匹配's tables, defined once for the screen and the export
// (view/table.ts): the suspected uninsured by region and category, and the
// persons to follow up, by masked ID only (the salted hash is never shown or
// exported).
import { CATEGORY_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import type { Category } from '../../../domain/types';
import type { UninsuredCount } from '../../../engine/queries/roster';
import type { FollowUpPerson } from '../../data/roster';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  {
    regionCode: '区划代码',
    region: '地区',
    category: '救助类别',
    count: '人数',
    uninsured: '疑似未参保（人）',
    maskedId: '身份证号（脱敏）',
    status: '参保情况',
    enrolled: '已参保',
    notEnrolled: '疑似未参保',
    review: '核实',
    reviewExport: '需核实',
    severalRegions: '多地区登记',
    reviewNote: '多地区登记，需核实',
  },
  {
    regionCode: 'Region code',
    region: 'Region',
    category: 'Recipient category',
    count: 'Persons',
    uninsured: 'Suspected uninsured (persons)',
    maskedId: 'ID number (masked)',
    status: 'Enrollment',
    enrolled: 'Enrolled',
    notEnrolled: 'Suspected uninsured',
    review: 'Verify',
    reviewExport: 'To verify',
    severalRegions: 'Several regions',
    reviewNote: 'Registered in several regions; verify',
  },
);

/** A category's display name; a code the labels do not know is shown as it is. */
function categoryName(category: Category, lang: Lang): string {
  return CATEGORY_LABEL[category]?.[lang] ?? category;
}

export function uninsuredSpec(rows: readonly UninsuredCount[], regionName: (code: string) => string, lang: Lang): TableSpec<UninsuredCount> {
  const t = TEXT[lang];
  return tableSpec(rows, (r) => `${r.regionCode}|${r.category}`, [
    { key: 'region_code', head: t.regionCode, kind: 'text', only: 'export', value: (r) => r.regionCode },
    { key: 'region', head: t.region, kind: 'text', rowHeader: {}, value: (r) => regionName(r.regionCode) },
    { key: 'category', head: t.category, kind: 'text', value: (r) => categoryName(r.category, lang) },
    { key: 'persons', head: t.count, exportHead: t.uninsured, kind: 'count', value: (r) => r.persons },
  ]);
}

export function followUpSpec(rows: readonly FollowUpPerson[], regionName: (code: string) => string, lang: Lang): TableSpec<FollowUpPerson> {
  const t = TEXT[lang];
  // Masked IDs may repeat: the place in the page tells the rows apart.
  return tableSpec(rows, (_, i) => String(i), [
    { key: 'masked_id', head: t.maskedId, kind: 'text', rowHeader: {}, className: 'mono', value: (r) => r.maskedId },
    { key: 'region_code', head: t.regionCode, kind: 'text', only: 'export', value: (r) => r.regionCode },
    { key: 'region', head: t.region, kind: 'text', value: (r) => regionName(r.regionCode) },
    { key: 'category', head: t.category, kind: 'text', value: (r) => categoryName(r.category, lang) },
    { key: 'status', head: t.status, kind: 'text', value: (r) => (r.enrolled ? t.enrolled : t.notEnrolled), chip: (r) => (r.enrolled ? null : 'orange') },
    { key: 'review_shown', head: t.review, kind: 'text', only: 'screen', value: (r) => (r.review ? t.severalRegions : null) },
    { key: 'review', head: t.review, exportHead: t.reviewExport, kind: 'text', only: 'export', value: (r) => (r.review ? t.reviewNote : null) },
  ]);
}
