// 补助测算: who pays the resident fiscal subsidy (central / province by tier /
// city + county) and what recipients' enrollment subsidies should cost
// against what was paid. Both come computed from the analysis; this only shows them.
import { CATEGORY_LABEL } from '../../domain/labels';
import { formatCount, formatNumber, formatWan, moneyString } from '../../domain/money';
import type { Analysis, RegionCode, SubsidyDemandRow, SubsidySplitRow } from '../../domain/types';
import { ExportButtons } from '../components/ExportButtons';
import type { RegionTree } from '../view/regionTree';

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
  const name = (code: RegionCode): string => tree.byCode.get(code)?.name ?? code;
  const split = rowsFor<SubsidySplitRow>(analysis.subsidySplit, tree, regionCode);
  const demand = rowsFor<SubsidyDemandRow>(analysis.subsidyDemand, tree, regionCode);
  const splitRows = [...split.children, ...(split.total ? [split.total] : [])];
  const year = split.total?.year ?? Number(analysis.quarter.slice(0, 4));
  const perCapita = split.total?.perCapita ?? splitRows[0]?.perCapita;

  const splitExport = splitRows.map((r) => ({
    region_code: r.regionCode,
    name: name(r.regionCode),
    tier: r.tier,
    insured: r.insured,
    per_capita: moneyString(r.perCapita),
    total: moneyString(r.split.total),
    central: moneyString(r.split.central),
    province: moneyString(r.split.province),
    city_county: moneyString(r.split.cityCounty),
  }));

  return (
    <>
      <section className="card span-12" aria-labelledby="subsidy-split-heading" data-testid="subsidy-split">
        <header className="card-header">
          <h2 id="subsidy-split-heading">居民医保财政补助分担</h2>
          <p className="card-subtitle">
            {year} 年 · 人均财政补助 {perCapita ? `${formatNumber(perCapita, 2)} 元` : '—'} × 参保人数；中央、自治区按地区类别分担，其余由盟市与旗县承担（精确到分，三部分合计等于总额）
          </p>
          <ExportButtons
            filename={`财政补助分担_${name(regionCode)}_${year}`}
            rows={splitExport}
            columns={[
              { key: 'region_code', label: '区划代码' },
              { key: 'name', label: '地区' },
              { key: 'tier', label: '地区类别', numeric: true },
              { key: 'insured', label: '参保人数', numeric: true },
              { key: 'per_capita', label: '人均补助（元）', numeric: true },
              { key: 'total', label: '补助总额（元）', numeric: true },
              { key: 'central', label: '中央（元）', numeric: true },
              { key: 'province', label: '自治区（元）', numeric: true },
              { key: 'city_county', label: '盟市+旗县（元）', numeric: true },
            ]}
          />
        </header>
        {splitRows.length === 0 ? (
          <p className="muted">没有居民参保人数（resident_enrollment），无法测算财政补助。</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">地区</th>
                  <th scope="col" className="num">地区类别</th>
                  <th scope="col" className="num">参保人数</th>
                  <th scope="col" className="num">补助总额</th>
                  <th scope="col" className="num">中央</th>
                  <th scope="col" className="num">自治区</th>
                  <th scope="col" className="num">盟市+旗县</th>
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
                    <th scope="row">{r.regionCode === regionCode ? `${name(r.regionCode)}（合计）` : name(r.regionCode)}</th>
                    <td className="num">{r.tier === null ? '—' : `${r.tier} 类`}</td>
                    <td className="num">{formatCount(r.insured)}</td>
                    {[r.split.total, r.split.central, r.split.province, r.split.cityCounty].map((d, i) => (
                      <td key={i} className="num" title={`${formatNumber(d, 2)} 元`}>
                        {formatWan(d)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card span-12" aria-labelledby="subsidy-demand-heading" data-testid="subsidy-demand">
        <header className="card-header">
          <h2 id="subsidy-demand-heading">救助对象资助参保：应资助与实际资助</h2>
          <p className="card-subtitle">
            {analysis.quarter} · 应资助 = 救助对象人数 × 个人缴费标准 × 类别资助比例；实际 = 年初至今资助参保金额
          </p>
        </header>
        {demand.total === undefined ? (
          <p className="muted">没有救助对象参保数据（assistance_enrollment）。</p>
        ) : (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">地区</th>
                  {demand.total.demand.byCategory.map((c) => (
                    <th key={c.category} scope="col" className="num">
                      {CATEGORY_LABEL[c.category].zh}
                    </th>
                  ))}
                  <th scope="col" className="num">应资助合计</th>
                  <th scope="col" className="num">实际资助</th>
                  <th scope="col" className="num">差额</th>
                </tr>
              </thead>
              <tbody>
                {[...demand.children, demand.total].map((r) => {
                  const gap = r.demand.total.minus(r.paid);
                  return (
                    <tr
                      key={r.regionCode}
                      className={r.regionCode === regionCode ? 'row-total' : undefined}
                      data-testid="subsidy-demand-row"
                      data-region={r.regionCode}
                      data-demand={moneyString(r.demand.total)}
                      data-paid={moneyString(r.paid)}
                    >
                      <th scope="row">{r.regionCode === regionCode ? `${name(r.regionCode)}（合计）` : name(r.regionCode)}</th>
                      {r.demand.byCategory.map((c) => (
                        <td key={c.category} className="num" title={`${formatCount(c.persons)} 人 × ${formatNumber(c.standard, 2)} 元`}>
                          {formatWan(c.amount)}
                        </td>
                      ))}
                      <td className="num" title={`${formatNumber(r.demand.total, 2)} 元`}>
                        {formatWan(r.demand.total)}
                      </td>
                      <td className="num" title={`${formatNumber(r.paid, 2)} 元`}>
                        {formatWan(r.paid)}
                      </td>
                      <td className="num" title={`${formatNumber(gap, 2)} 元`}>
                        {formatWan(gap)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

