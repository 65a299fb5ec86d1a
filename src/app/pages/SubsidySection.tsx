// 补助测算: who pays the resident fiscal subsidy (central / province by tier /
// city + county) and what recipients' enrollment subsidies should cost
// against what was paid. Both come computed from the analysis; this only shows them.
import { texts } from '../../domain/lang';
import { cityAndCounty, perLevelWords, type LevelWords } from '../../domain/levelWords';
import { Dec, formatNumber, moneyString } from '../../domain/money';
import { quarterLabel } from '../../domain/quarter';
import type { Analysis, Quarter, RegionCode, SubsidyDemandRow, SubsidySplitRow } from '../../domain/types';
import { ExportButtons } from '../components/ExportButtons';
import { useLang } from '../i18n/LangProvider';
import { DataTable } from '../components/DataTable';
import { Section } from '../components/Section';
import { exportOnClick } from '../view/table';
import { subsidyDemandSpec, subsidySplitSpec } from '../view/tables/subsidy';
import type { RegionTree } from '../view/regionTree';

const TEXT = perLevelWords((w) => texts(
  {
    splitHeading: '居民医保财政补助分担',
    splitSubtitle: (year: number, perCapita: string) =>
      `${year} 年 · 人均财政补助 ${perCapita} × 参保人数；中央、${w.province}按地区类别分担，其余由${cityAndCounty(w, '与')}承担（精确到分，三部分合计等于总额）`,
    yuan: (amount: string) => `${amount} 元`,
    splitFile: (region: string, year: number) => `财政补助分担_${region}_${year}`,
    noInsured: '没有居民参保人数（resident_enrollment），无法测算财政补助。',
    demandHeading: '救助对象资助参保：应资助与实际资助',
    // The quarter as its code, as this page always showed it.
    demandSubtitle: (quarter: Quarter) => `${quarter} · 应资助 = 救助对象人数 × 个人缴费标准 × 类别资助比例；实际 = 年初至今资助参保金额；差额 = 应资助 − 实际`,
    noRecipients: '没有救助对象参保数据（assistance_enrollment）。',
  },
  {
    splitHeading: 'Resident insurance fiscal subsidy: who pays',
    splitSubtitle: (year: number, perCapita: string) =>
      `${year} · fiscal subsidy per resident ${perCapita} × insured persons; the central and provincial shares follow the region's tier, cities and counties bear the rest (exact to the fen; the three parts add up to the total)`,
    yuan: (amount: string) => `${amount} yuan`,
    splitFile: (region: string, year: number) => `fiscal-subsidy-split_${region}_${year}`,
    noInsured: 'No resident enrollment (resident_enrollment): the fiscal subsidy cannot be computed.',
    demandHeading: 'Enrollment subsidies for recipients: due and paid',
    demandSubtitle: (quarter: Quarter) =>
      `${quarterLabel(quarter, 'en')} · due = recipients × individual contribution × the category's subsidy ratio; paid = enrollment subsidies paid, year to date; difference = due − paid`,
    noRecipients: 'No recipient enrollment data (assistance_enrollment).',
  },
));

interface SubsidySectionProps {
  analysis: Analysis;
  tree: RegionTree;
  words: LevelWords;
  /** Rows are the children of this region, then the region itself as the total. */
  regionCode: RegionCode;
}

function rowsFor<T extends { regionCode: RegionCode }>(all: readonly T[], tree: RegionTree, code: RegionCode): { total: T | undefined; children: T[] } {
  const byCode = new Map(all.map((r) => [r.regionCode, r]));
  const children = tree
    .childrenOf(code)
    .map((c) => byCode.get(c.code))
    .filter((r): r is T => r !== undefined);
  return { total: byCode.get(code), children };
}

export function SubsidySection({ analysis, tree, words, regionCode }: SubsidySectionProps) {
  const lang = useLang();
  const t = TEXT(words)[lang];
  const name = (code: RegionCode): string => tree.byCode.get(code)?.name ?? code;
  const split = rowsFor<SubsidySplitRow>(analysis.subsidySplit, tree, regionCode);
  const demand = rowsFor<SubsidyDemandRow>(analysis.subsidyDemand, tree, regionCode);
  const splitRows = [...split.children, ...(split.total ? [split.total] : [])];
  const year = split.total?.year ?? Number(analysis.quarter.slice(0, 4));
  // The standard is the policy's, so the rule reads whole also where no region has insured persons yet.
  const perCapita = split.total?.perCapita ?? splitRows[0]?.perCapita ?? new Dec(analysis.policy.financing.fiscal_subsidy_per_capita);
  const demandRows = demand.total === undefined ? [] : [...demand.children, demand.total];
  const splitSpec = subsidySplitSpec(splitRows, regionCode, name, lang, words);
  const rowData = (r: { regionCode: RegionCode }) => ({ 'data-region': r.regionCode });

  return (
    <>
      <Section
        headingId="subsidy-split-heading"
        className="span-12"
        testId="subsidy-split"
        title={t.splitHeading}
        subtitle={t.splitSubtitle(year, t.yuan(formatNumber(perCapita, 2)))}
        actions={splitRows.length > 0 && <ExportButtons filename={t.splitFile(name(regionCode), year)} {...exportOnClick(splitSpec, lang)} />}
      >
        {splitRows.length === 0 ? (
          <p className="muted">{t.noInsured}</p>
        ) : (
          <DataTable
            spec={splitSpec}
            scroll
            rowProps={(r) => ({
              ...rowData(r),
              'data-testid': 'subsidy-split-row',
              'data-total': moneyString(r.split.total),
              'data-central': moneyString(r.split.central),
              'data-province': moneyString(r.split.province),
              'data-city-county': moneyString(r.split.cityCounty),
            })}
          />
        )}
      </Section>

      <Section headingId="subsidy-demand-heading" className="span-12" testId="subsidy-demand" title={t.demandHeading} subtitle={t.demandSubtitle(analysis.quarter)}>
        {demand.total === undefined ? (
          <p className="muted">{t.noRecipients}</p>
        ) : (
          <DataTable
            spec={subsidyDemandSpec(demandRows, demand.total, name, lang)}
            scroll
            rowProps={(r) => ({ ...rowData(r), 'data-testid': 'subsidy-demand-row', 'data-demand': moneyString(r.demand.total), 'data-paid': moneyString(r.paid) })}
          />
        )}
      </Section>
    </>
  );
}
