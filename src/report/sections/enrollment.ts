// 一、参保情况: recipients by category, the children's rates with their
// changes, the ranking chart, and every region below the target.
import { buildCoverageRankingOption, rankCoverage, type CoverageBar } from '../../charts/options/coverageRanking';
import { chartHeightFor } from '../../charts/options/chartOption';
import { CATEGORY_LABEL } from '../../domain/labels';
import { coverageTarget } from '../../domain/policy/policy';
import { severityOf } from '../../domain/policy/severity';
import { texts, type Lang } from '../../domain/lang';
import { formatCount, formatPercent, rateString, type Decimal } from '../../domain/money';
import { formatRate } from '../../domain/moneyUnit';
import { CATEGORIES, type CoverageRow } from '../../domain/types';
import { figure, type SectionContext } from '../context';
import { para, table, type Row } from '../html';
import { coverageTriple, type CoverageTriple } from '../model';
import { pointsChange, signedPoints } from '../text';
import { sectionOpen, subheading } from './heading';

const TEXT = texts(
  {
    title: '参保情况',
    recipients: '救助对象（人）',
    enrolled: '已参保（人）',
    rate: '参保率',
    qoq: '较上季度（百分点）',
    yoy: '较上年同期（百分点）',
    byCategory: '分类别参保情况',
    byRegion: '分地区参保情况',
    category: '救助类别',
    region: '地区',
    parent: '所属',
    unenrolled: '未参保（人）',
    total: '合计',
    previous: '较上季度',
    lastYear: '较上年同期',
    lead: (name: string, recipients: string, enrolled: string, rate: string, changes: string[], target: string) =>
      `${name} 救助对象 ${recipients} 人，已参保 ${enrolled} 人，参保率 ${rate}${changes.length > 0 ? `，${changes.join('，')}` : ''}；目标 ${target}。`,
    noData: (name: string) => `${name} 本季度没有救助对象参保数据。`,
    noRecipients: (name: string) => `${name} 本季度救助对象 0 人，无法计算参保率。`,
    chart: (name: string) => `${name} 下级地区救助对象参保率排名`,
    belowTitle: (target: string) => `参保率低于目标（${target}）的地区`,
    // `below`: the region has regions below it; a city without counties (东莞市) is its own only region.
    noneBelow: (name: string, target: string, below: boolean) =>
      below ? `${name} 及所属地区参保率均不低于 ${target}（0 个地区低于目标）。` : `${name} 参保率不低于 ${target}。`,
    noRates: (name: string, below: boolean) => `${name} ${below ? '及所属地区' : ''}本季度没有可计算的参保率，无法判断是否低于目标。`,
  },
  {
    title: 'Enrollment',
    recipients: 'Recipients',
    enrolled: 'Enrolled',
    rate: 'Enrollment rate',
    qoq: 'QoQ (pp)',
    yoy: 'YoY (pp)',
    byCategory: 'Enrollment by category',
    byRegion: 'Enrollment by region',
    category: 'Category',
    region: 'Region',
    parent: 'Part of',
    unenrolled: 'Not enrolled',
    total: 'Total',
    previous: 'from last quarter',
    lastYear: 'from the same quarter last year',
    lead: (name: string, recipients: string, enrolled: string, rate: string, changes: string[], target: string) =>
      `${name}: ${recipients} recipients, ${enrolled} enrolled, enrollment rate ${rate}${changes.length > 0 ? `, ${changes.join(', ')}` : ''}; target ${target}.`,
    noData: (name: string) => `${name} has no recipient enrollment data this quarter.`,
    noRecipients: (name: string) => `${name} had 0 recipients this quarter: no enrollment rate.`,
    chart: (name: string) => `${name}: recipient enrollment rate of the regions below, ranked`,
    belowTitle: (target: string) => `Regions below the enrollment target (${target})`,
    noneBelow: (name: string, target: string, below: boolean) =>
      below ? `${name} and every region below it are at or above ${target} (0 regions below the target).` : `${name} is at or above ${target}.`,
    noRates: (name: string, below: boolean) =>
      `${name}${below ? ' and the regions below it have' : ' has'} no enrollment rate this quarter: ${below ? 'none can' : 'it cannot'} be judged against the target.`,
  },
);

/** "较上季度上升 0.40 个百分点" / "up 0.40 percentage points from last quarter". */
function changeText(lang: Lang, against: 'previous' | 'lastYear', change: string): string {
  return lang === 'en' ? `${change} ${TEXT.en[against]}` : `${TEXT.zh[against]}${change}`;
}

function rateCells(t: CoverageTriple): Row['cells'] {
  const now = t.now;
  return [
    { text: now ? formatCount(now.recipients) : '—', num: true, col: 'recipients' },
    { text: now ? formatCount(now.enrolled) : '—', num: true, col: 'enrolled' },
    { text: now?.rate ? formatPercent(now.rate) : '—', num: true, col: 'rate' },
    { text: signedPoints(now?.rate, t.previous?.rate), num: true, col: 'rate-qoq' },
    { text: signedPoints(now?.rate, t.lastYear?.rate), num: true, col: 'rate-yoy' },
  ];
}

function headTail(t: (typeof TEXT)['zh']) {
  return [
    { text: t.recipients, num: true },
    { text: t.enrolled, num: true },
    { text: t.rate, num: true },
    { text: t.qoq, num: true },
    { text: t.yoy, num: true },
  ];
}

export function enrollmentSection(ctx: SectionContext, n: number): string {
  const { m, policy, lang } = ctx;
  const t = TEXT[lang];
  const target = coverageTarget(policy);
  const own = coverageTriple(m, m.region.code);
  const parts: string[] = [sectionOpen(n, 'enrollment', t.title, lang)];

  if (own.now?.rate) {
    const changes = [
      own.previous?.rate ? changeText(lang, 'previous', pointsChange(own.now.rate, own.previous.rate, lang)) : null,
      own.lastYear?.rate ? changeText(lang, 'lastYear', pointsChange(own.now.rate, own.lastYear.rate, lang)) : null,
    ].filter((x): x is string => x !== null);
    parts.push(
      para(t.lead(m.region.name, formatCount(own.now.recipients), formatCount(own.now.enrolled), formatRate(own.now.rate, 2, [target]), changes, formatPercent(target)), 'lead'),
    );
  } else {
    parts.push(para(own.now?.recipients === 0 ? t.noRecipients(m.region.name) : t.noData(m.region.name), 'lead'));
  }

  const HEAD_TAIL = headTail(t);
  parts.push(subheading(1, t.byCategory, lang));
  parts.push(
    table({
      id: 'table-coverage-category',
      head: [t.category, ...HEAD_TAIL],
      rows: [
        ...CATEGORIES.map((c) => ({ cells: [CATEGORY_LABEL[c][lang], ...rateCells(coverageTriple(m, m.region.code, c))] })),
        { cells: [t.total, ...rateCells(own)], total: true },
      ],
    }),
  );

  if (m.children.length > 0) {
    parts.push(subheading(2, t.byRegion, lang));
    const rows = m.children.map((child) => {
      const t = coverageTriple(m, child.code);
      const severity = severityOf('coverage', t.now?.rate ?? null, policy);
      return { region: child.code, cls: severity === null ? undefined : `sev-${severity}`, cells: [child.name, ...rateCells(t)] };
    });
    parts.push(table({ id: 'table-coverage-region', head: [{ text: t.region, column: 'name' }, ...HEAD_TAIL], rows: [...rows, { cells: [t.total, ...rateCells(own)], total: true }] }));

    const bars: CoverageBar[] = m.children.flatMap((child) => {
      const row = coverageTriple(m, child.code).now;
      return row?.rate ? [{ key: child.code, name: child.name, rate: row.rate, recipients: row.recipients, enrolled: row.enrolled }] : [];
    });
    if (bars.length > 0) {
      const data = {
        quarter: m.analysis.quarter,
        target: target.toString(),
        bars: rankCoverage(bars).map((b) => ({ region_code: b.key, name: b.name, recipients: b.recipients, enrolled: b.enrolled, rate: rateString(b.rate) })),
      };
      parts.push(
        figure(ctx, 'coverage', t.chart(m.region.name), buildCoverageRankingOption({ bars, policy }, lang), data, chartHeightFor(bars.length)),
      );
    }
  }

  parts.push(subheading(m.children.length > 0 ? 3 : 2, t.belowTitle(formatPercent(target)), lang));
  const below = m.analysis.coverage.filter(
    // Below the target = the red coverage band, as the alerts and the KPI say it.
    (c: CoverageRow) => c.category === null && severityOf('coverage', c.rate, policy) === 'red' && m.subtree.has(c.regionCode),
  );
  const anyRate = m.analysis.coverage.some((c) => c.category === null && c.rate !== null && m.subtree.has(c.regionCode));
  if (below.length === 0) {
    // With no rate at all (no enrollment rows, or 0 recipients everywhere) nothing is at or above the target either.
    const hasBelow = m.children.length > 0;
    parts.push(para(anyRate ? t.noneBelow(m.region.name, formatPercent(target), hasBelow) : t.noRates(m.region.name, hasBelow)));
  } else {
    parts.push(
      table({
        id: 'table-coverage-below',
        head: [{ text: t.region, column: 'name' }, { text: t.parent, column: 'name' }, { text: t.recipients, num: true }, { text: t.unenrolled, num: true }, { text: t.rate, num: true }],
        rows: [...below]
          .sort((a, b) => (a.rate as Decimal).comparedTo(b.rate as Decimal) || a.regionCode.localeCompare(b.regionCode))
          .map((c) => ({
            region: c.regionCode,
            cells: [
              m.name(c.regionCode),
              m.parentName(c.regionCode) ?? '',
              { text: formatCount(c.recipients), num: true },
              { text: formatCount(c.recipients - c.enrolled), num: true, col: 'unenrolled' },
              { text: formatRate(c.rate as Decimal, 2, [target]), num: true, col: 'rate' },
            ],
          })),
      }),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
