// 一、参保情况: recipients by category, the children's rates with their
// changes, the ranking chart, and every region below the target.
import { buildCoverageRankingOption, rankCoverage, type CoverageBar } from '../../charts/options/coverageRanking';
import { chartHeightFor } from '../../charts/options/chartOption';
import { CATEGORY_LABEL } from '../../domain/labels';
import { Dec, formatCount, formatPercent, rateString, type Decimal } from '../../domain/money';
import { CATEGORIES, type CoverageRow } from '../../domain/types';
import { figure, type SectionContext } from '../context';
import { para, table, type Row } from '../html';
import { coverageTriple, type CoverageTriple } from '../model';
import { pointsChange, signedPoints } from '../text';
import { sectionOpen, subheading } from './heading';

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

const HEAD_TAIL = [
  { text: '救助对象（人）', num: true },
  { text: '已参保（人）', num: true },
  { text: '参保率', num: true },
  { text: '较上季度（百分点）', num: true },
  { text: '较上年同期（百分点）', num: true },
];

export function enrollmentSection(ctx: SectionContext, n: number): string {
  const { m, policy } = ctx;
  const target = new Dec(policy.coverage_target);
  const own = coverageTriple(m, m.region.code);
  const parts: string[] = [sectionOpen(n, 'enrollment', '参保情况')];

  if (own.now?.rate) {
    const changes = [
      own.previous?.rate ? `较上季度${pointsChange(own.now.rate, own.previous.rate)}` : null,
      own.lastYear?.rate ? `较上年同期${pointsChange(own.now.rate, own.lastYear.rate)}` : null,
    ].filter(Boolean);
    parts.push(
      para(
        `${m.region.name} 救助对象 ${formatCount(own.now.recipients)} 人，已参保 ${formatCount(own.now.enrolled)} 人，参保率 ${formatPercent(own.now.rate)}` +
          `${changes.length > 0 ? `，${changes.join('，')}` : ''}；目标 ${formatPercent(target)}。`,
        'lead',
      ),
    );
  } else {
    parts.push(para(`${m.region.name} 本季度没有救助对象参保数据。`, 'lead'));
  }

  parts.push(subheading(1, '分类别参保情况'));
  parts.push(
    table({
      id: 'table-coverage-category',
      head: ['救助类别', ...HEAD_TAIL],
      rows: [
        ...CATEGORIES.map((c) => ({ cells: [CATEGORY_LABEL[c].zh, ...rateCells(coverageTriple(m, m.region.code, c))] })),
        { cells: ['合计', ...rateCells(own)], cls: 'total' },
      ],
    }),
  );

  if (m.children.length > 0) {
    parts.push(subheading(2, '分地区参保情况'));
    const rows = m.children.map((child) => {
      const t = coverageTriple(m, child.code);
      const below = t.now?.rate ? t.now.rate.lt(target) : false;
      return { region: child.code, cls: below ? 'sev-red' : undefined, cells: [child.name, ...rateCells(t)] };
    });
    parts.push(table({ id: 'table-coverage-region', head: ['地区', ...HEAD_TAIL], rows: [...rows, { cells: ['合计', ...rateCells(own)], cls: 'total' }] }));

    const bars: CoverageBar[] = m.children.flatMap((child) => {
      const row = coverageTriple(m, child.code).now;
      return row?.rate ? [{ key: child.code, name: child.name, rate: row.rate, recipients: row.recipients, enrolled: row.enrolled }] : [];
    });
    if (bars.length > 0) {
      const data = {
        quarter: m.analysis.quarter,
        target: policy.coverage_target,
        bars: rankCoverage(bars).map((b) => ({ region_code: b.key, name: b.name, recipients: b.recipients, enrolled: b.enrolled, rate: rateString(b.rate) })),
      };
      parts.push(
        figure(ctx, 'coverage', `${m.region.name} 下级地区救助对象参保率排名`, buildCoverageRankingOption({ bars, target, bands: policy.thresholds.coverage }), data, chartHeightFor(bars.length)),
      );
    }
  }

  parts.push(subheading(m.children.length > 0 ? 3 : 2, `参保率低于目标（${formatPercent(target)}）的地区`));
  const below = m.analysis.coverage.filter(
    (c: CoverageRow) => c.category === null && c.rate !== null && c.rate.lt(target) && m.subtree.has(c.regionCode),
  );
  if (below.length === 0) {
    parts.push(para(`${m.region.name} 及所属地区参保率均不低于 ${formatPercent(target)}（0 个地区低于目标）。`));
  } else {
    parts.push(
      table({
        id: 'table-coverage-below',
        head: ['地区', '所属', { text: '救助对象（人）', num: true }, { text: '未参保（人）', num: true }, { text: '参保率', num: true }],
        rows: [...below]
          .sort((a, b) => (a.rate as Decimal).comparedTo(b.rate as Decimal) || a.regionCode.localeCompare(b.regionCode))
          .map((c) => ({
            region: c.regionCode,
            cells: [
              m.name(c.regionCode),
              m.parentName(c.regionCode) ?? '',
              { text: formatCount(c.recipients), num: true },
              { text: formatCount(c.recipients - c.enrolled), num: true, col: 'unenrolled' },
              { text: formatPercent(c.rate as Decimal), num: true, col: 'rate' },
            ],
          })),
      }),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
