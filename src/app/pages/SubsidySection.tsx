// 补助测算: who pays the resident fiscal subsidy (central / province by tier /
// city + county) and what recipients' enrollment subsidies should cost
// against what was paid. Both come computed from the analysis; this only shows them.
import { CATEGORY_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { formatCount, formatNumber, moneyString, type Decimal } from '../../domain/money';
import { quarterLabel } from '../../domain/quarter';
import type { Analysis, Quarter, RegionCode, SubsidyDemandRow, SubsidySplitRow } from '../../domain/types';
import { ExportButtons } from '../components/ExportButtons';
import { useLang } from '../i18n/LangProvider';
import { subsidySplitTable } from '../view/exportRows';
import { columnUnit, moneyCell, moneyHead } from '../view/moneyCell';
import type { MoneyUnit } from '../../domain/moneyUnit';
import type { RegionTree } from '../view/regionTree';

const TEXT = texts(
  {
    splitHeading: '居民医保财政补助分担',
    splitSubtitle: (year: number, perCapita: string) =>
      `${year} 年 · 人均财政补助 ${perCapita} × 参保人数；中央、自治区按地区类别分担，其余由盟市与旗县承担（精确到分，三部分合计等于总额）`,
    yuan: (amount: string) => `${amount} 元`,
    splitFile: (region: string, year: number) => `财政补助分担_${region}_${year}`,
    noInsured: '没有居民参保人数（resident_enrollment），无法测算财政补助。',
    region: '地区',
    tier: '地区类别',
    tierOf: (tier: number) => `${tier} 类`,
    insured: '参保人数',
    total: '补助总额',
    central: '中央',
    province: '自治区',
    cityCounty: '盟市+旗县',
    totalRow: (name: string) => `${name}（合计）`,
    demandHeading: '救助对象资助参保：应资助与实际资助',
    // The quarter as its code, as this page always showed it.
    demandSubtitle: (quarter: Quarter) => `${quarter} · 应资助 = 救助对象人数 × 个人缴费标准 × 类别资助比例；实际 = 年初至今资助参保金额`,
    noRecipients: '没有救助对象参保数据（assistance_enrollment）。',
    persons: (persons: string, standard: string) => `${persons} 人 × ${standard} 元`,
    demandTotal: '应资助合计',
    paid: '实际资助',
    gap: '差额',
  },
  {
    splitHeading: 'Resident insurance fiscal subsidy: who pays',
    splitSubtitle: (year: number, perCapita: string) =>
      `${year} · fiscal subsidy per resident ${perCapita} × insured persons; the central and provincial shares follow the region's tier, cities and counties bear the rest (exact to the fen; the three parts add up to the total)`,
    yuan: (amount: string) => `${amount} yuan`,
    splitFile: (region: string, year: number) => `fiscal-subsidy-split_${region}_${year}`,
    noInsured: 'No resident enrollment (resident_enrollment): the fiscal subsidy cannot be computed.',
    region: 'Region',
    tier: 'Tier',
    tierOf: (tier: number) => `Tier ${tier}`,
    insured: 'Insured',
    total: 'Total subsidy',
    central: 'Central',
    province: 'Province',
    cityCounty: 'City + county',
    totalRow: (name: string) => `${name} (total)`,
    demandHeading: 'Enrollment subsidies for recipients: due and paid',
    demandSubtitle: (quarter: Quarter) =>
      `${quarterLabel(quarter, 'en')} · due = recipients × individual contribution × the category's subsidy ratio; paid = enrollment subsidies paid, year to date`,
    noRecipients: 'No recipient enrollment data (assistance_enrollment).',
    persons: (persons: string, standard: string) => `${persons} persons × ${standard} yuan`,
    demandTotal: 'Total due',
    paid: 'Paid',
    gap: 'Difference',
  },
);

interface SubsidySectionProps {
  analysis: Analysis;
  tree: RegionTree;
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

export function SubsidySection({ analysis, tree, regionCode }: SubsidySectionProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const name = (code: RegionCode): string => tree.byCode.get(code)?.name ?? code;
  const rowName = (code: RegionCode): string => (code === regionCode ? t.totalRow(name(code)) : name(code));
  const split = rowsFor<SubsidySplitRow>(analysis.subsidySplit, tree, regionCode);
  const demand = rowsFor<SubsidyDemandRow>(analysis.subsidyDemand, tree, regionCode);
  const splitRows = [...split.children, ...(split.total ? [split.total] : [])];
  const year = split.total?.year ?? Number(analysis.quarter.slice(0, 4));
  const perCapita = split.total?.perCapita ?? splitRows[0]?.perCapita;
  /** A money cell: the bare figure in its column's unit (named in the head), exact yuan on hover. */
  const money = (d: Decimal, unit: MoneyUnit, key: string | number, title = t.yuan(formatNumber(d, 2))) => (
    <td key={key} className="num" title={title}>
      {moneyCell(d, unit)}
    </td>
  );
  const demandRows = demand.total === undefined ? [] : [...demand.children, demand.total];
  const unit = {
    total: columnUnit(splitRows.map((r) => r.split.total), lang),
    central: columnUnit(splitRows.map((r) => r.split.central), lang),
    province: columnUnit(splitRows.map((r) => r.split.province), lang),
    cityCounty: columnUnit(splitRows.map((r) => r.split.cityCounty), lang),
    demand: columnUnit(demandRows.map((r) => r.demand.total), lang),
    paid: columnUnit(demandRows.map((r) => r.paid), lang),
    gap: columnUnit(demandRows.map((r) => r.demand.total.minus(r.paid)), lang),
  };
  const categoryUnit = (category: string): MoneyUnit =>
    columnUnit(demandRows.map((r) => r.demand.byCategory.find((c) => c.category === category)?.amount), lang);

  return (
    <>
      <section className="card span-12" aria-labelledby="subsidy-split-heading" data-testid="subsidy-split">
        <header className="card-header">
          <h2 id="subsidy-split-heading">{t.splitHeading}</h2>
          <p className="card-subtitle">{t.splitSubtitle(year, perCapita ? t.yuan(formatNumber(perCapita, 2)) : '—')}</p>
          <ExportButtons filename={t.splitFile(name(regionCode), year)} {...subsidySplitTable(splitRows, name, lang)} />
        </header>
        {splitRows.length === 0 ? (
          <p className="muted">{t.noInsured}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.region}</th>
                  <th scope="col" className="num">{t.tier}</th>
                  <th scope="col" className="num">{t.insured}</th>
                  <th scope="col" className="num">{moneyHead(t.total, unit.total)}</th>
                  <th scope="col" className="num">{moneyHead(t.central, unit.central)}</th>
                  <th scope="col" className="num">{moneyHead(t.province, unit.province)}</th>
                  <th scope="col" className="num">{moneyHead(t.cityCounty, unit.cityCounty)}</th>
                </tr>
              </thead>
              <tbody>
                {splitRows.map((r) => (
                  <tr
                    key={r.regionCode}
                    className={r.regionCode === regionCode ? 'row-total' : undefined}
                    data-testid="subsidy-split-row"
                    data-region={r.regionCode}
                    data-total={moneyString(r.split.total)}
                    data-central={moneyString(r.split.central)}
                    data-province={moneyString(r.split.province)}
                    data-city-county={moneyString(r.split.cityCounty)}
                  >
                    <th scope="row">{rowName(r.regionCode)}</th>
                    <td className="num">{r.tier === null ? '—' : t.tierOf(r.tier)}</td>
                    <td className="num">{formatCount(r.insured)}</td>
                    {money(r.split.total, unit.total, 'total')}
                    {money(r.split.central, unit.central, 'central')}
                    {money(r.split.province, unit.province, 'province')}
                    {money(r.split.cityCounty, unit.cityCounty, 'cityCounty')}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card span-12" aria-labelledby="subsidy-demand-heading" data-testid="subsidy-demand">
        <header className="card-header">
          <h2 id="subsidy-demand-heading">{t.demandHeading}</h2>
          <p className="card-subtitle">{t.demandSubtitle(analysis.quarter)}</p>
        </header>
        {demand.total === undefined ? (
          <p className="muted">{t.noRecipients}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.region}</th>
                  {demand.total.demand.byCategory.map((c) => (
                    <th key={c.category} scope="col" className="num">
                      {moneyHead(CATEGORY_LABEL[c.category][lang], categoryUnit(c.category))}
                    </th>
                  ))}
                  <th scope="col" className="num">{moneyHead(t.demandTotal, unit.demand)}</th>
                  <th scope="col" className="num">{moneyHead(t.paid, unit.paid)}</th>
                  <th scope="col" className="num">{moneyHead(t.gap, unit.gap)}</th>
                </tr>
              </thead>
              <tbody>
                {demandRows.map((r) => (
                  <tr
                    key={r.regionCode}
                    className={r.regionCode === regionCode ? 'row-total' : undefined}
                    data-testid="subsidy-demand-row"
                    data-region={r.regionCode}
                    data-demand={moneyString(r.demand.total)}
                    data-paid={moneyString(r.paid)}
                  >
                    <th scope="row">{rowName(r.regionCode)}</th>
                    {r.demand.byCategory.map((c) => money(c.amount, categoryUnit(c.category), c.category, t.persons(formatCount(c.persons), formatNumber(c.standard, 2))))}
                    {money(r.demand.total, unit.demand, 'demand')}
                    {money(r.paid, unit.paid, 'paid')}
                    {money(r.demand.total.minus(r.paid), unit.gap, 'gap')}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
