// 缺口分担: who covers a city's year-to-date fund gap, step by step, with
// every amount exact to the fen and a check that the parts make the gap.
import { useMemo, useRef } from 'react';
import { FUND_LABEL } from '../../domain/labels';
import { Dec, formatNumber, formatWan, moneyString, sum, type Decimal } from '../../domain/money';
import { sharingRuleFor } from '../../domain/policy';
import { quarterLabel } from '../../domain/quarter';
import type { GapSharing } from '../../domain/shareGap';
import { Chart } from '../../charts/Chart';
import { buildGapWaterfallOption, type WaterfallPart } from '../../charts/options/gapWaterfall';
import { ExportButtons } from '../components/ExportButtons';
import { PageTitle } from '../components/PageTitle';
import { sharingTable } from '../view/exportRows';
import { ChartSaveButtons } from '../components/ChartSaveButtons';
import { BASIS_LABEL } from '../view/policyForm';
import type { RegionTree } from '../view/regionTree';
import { sharingCities, sharingCityFor } from '../view/sharingView';
import type { PageProps } from './pageProps';

type PartKey = 'balance' | 'county_self' | 'city' | 'county';

interface PartRow {
  key: PartKey;
  step: string;
  regionCode: string;
  amount: Decimal;
}

const STEP_NAME: Record<PartKey | 'gap', string> = {
  gap: '缺口',
  balance: '累计结余弥补',
  county_self: '旗县自身原因缺口（全额自补）',
  city: '盟市本级承担',
  county: '旗县分担',
};

function partRows(s: GapSharing): PartRow[] {
  return [
    { key: 'balance', step: STEP_NAME.balance, regionCode: s.cityCode, amount: s.coveredByBalance },
    ...s.countySelf
      .filter((r) => !r.amount.isZero())
      .map((r) => ({ key: 'county_self' as const, step: STEP_NAME.county_self, regionCode: r.regionCode, amount: r.amount })),
    { key: 'city', step: STEP_NAME.city, regionCode: s.cityCode, amount: s.cityShare },
    ...s.countyShares.map((r) => ({ key: 'county' as const, step: STEP_NAME.county, regionCode: r.regionCode, amount: r.amount })),
  ];
}

/** Region codes in the step sentences read as names, with the code kept for the record. */
function withNames(text: string, tree: RegionTree): string {
  return text.replace(/\b(\d{6})\b/g, (code) => {
    const region = tree.byCode.get(code);
    return region ? `${region.name}（${code}）` : code;
  });
}

function waterfallParts(s: GapSharing, tree: RegionTree): WaterfallPart[] {
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const selfTotal = sum(s.countySelf.map((r) => r.amount));
  return [
    { key: 'balance', label: '累计结余弥补', amount: s.coveredByBalance },
    {
      key: 'county_self',
      label: '旗县自身原因',
      amount: selfTotal,
      detail: s.countySelf.filter((r) => !r.amount.isZero()).map((r) => `${name(r.regionCode)} ${moneyString(r.amount)} 元`),
    },
    { key: 'city', label: '盟市本级', amount: s.cityShare },
    ...s.countyShares.map((r) => ({ key: 'county' as const, label: name(r.regionCode), amount: r.amount })),
  ];
}

export function SharingPage({ analysis, tree, view, policy, updating, navigate }: PageProps) {
  const fund = view.fund;
  const chartCardRef = useRef<HTMLElement>(null);
  const offered = useMemo(() => sharingCities(analysis, tree, fund), [analysis, tree, fund]);
  const cityCode = sharingCityFor(tree, view.regionCode, offered);
  const city = cityCode === null ? undefined : tree.byCode.get(cityCode);
  const sharing = (analysis.sharing ?? []).find((s) => s.cityCode === cityCode && s.fund === fund);
  const rule = cityCode === null ? policy.sharing.default : sharingRuleFor(policy, cityCode);
  const ownRule = cityCode !== null && policy.sharing.cities[cityCode] !== undefined;
  const option = useMemo(
    () => (sharing && sharing.gap.gt(0) ? buildGapWaterfallOption({ gap: sharing.gap, parts: waterfallParts(sharing, tree) }) : null),
    [sharing, tree],
  );
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const parts = sharing ? partRows(sharing) : [];
  const partsTotal = sum(parts.map((p) => p.amount));

  return (
    <main className="dashboard page" data-testid="page-sharing" data-city={cityCode ?? ''} data-fund={fund} aria-busy={updating}>
      <PageTitle
        title={`缺口分担 · ${city?.name ?? '—'}`}
        meta={`${quarterLabel(analysis.quarter)} · 本年累计 · ${FUND_LABEL[fund].zh}`}
        updating={updating}
      />
      <div className="toolbar card">
        <label className="field">
          <span>盟市</span>
          <select
            data-testid="sharing-city"
            value={cityCode ?? ''}
            onChange={(e) => navigate({ ...view, regionCode: e.currentTarget.value })}
          >
            {offered.map((c) => (
              <option key={c.region.code} value={c.region.code}>
                {c.region.name}
                {c.sharing && c.sharing.gap.gt(0) ? `（缺口 ${formatWan(c.sharing.gap)}）` : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="rule" data-testid="sharing-rule">
          分担规则{ownRule ? '（该盟市自定）' : '（全区默认）'}：剩余缺口先由累计结余弥补，旗县自身原因造成的缺口由该旗县全额承担，其余
          由盟市本级承担 <b>{new Dec(rule.city_ratio).times(100).toString()}%</b>
          ，旗县部分{BASIS_LABEL[rule.county_basis] ?? rule.county_basis}在各旗县间分摊（最大余数法取整到分）。
        </p>
      </div>

      {!sharing ? (
        <div className="card empty" data-testid="sharing-missing">
          没有{city?.name ?? '该盟市'}{FUND_LABEL[fund].zh}的缺口分担结果（需要 fund_flows、fund_balances 与 obligations 数据）。
        </div>
      ) : (
        <div className="grid">
          <section ref={chartCardRef} className="card span-12" aria-labelledby="sharing-chart-heading">
            <header className="card-header">
              <h2 id="sharing-chart-heading">缺口由谁承担</h2>
              <p className="card-subtitle">
                缺口 → 累计结余弥补 → 旗县自身原因 → 盟市本级 → 各旗县（万元，悬停看精确到分的金额）
              </p>
              {option && (
                <ChartSaveButtons holder={chartCardRef} title={`${city?.name ?? ''}缺口分担`} tag={`${cityCode ?? ''}-${fund}-${analysis.quarter}`} />
              )}
            </header>
            <p className="sharing-gap-line">
              本年累计缺口{' '}
              <b data-testid="sharing-gap" data-value={moneyString(sharing.gap)} title={`${moneyString(sharing.gap)} 元`}>
                {formatWan(sharing.gap)}
              </b>
              （{moneyString(sharing.gap)} 元）
            </p>
            {option ? (
              <Chart testId="chart-sharing" option={option} height={360} label={`${city?.name ?? ''}缺口分担瀑布图`} />
            ) : (
              <p className="empty" data-testid="sharing-no-gap">
                年初至今收支平衡或有结余，无缺口。
              </p>
            )}
          </section>

          <section className="card span-7" aria-labelledby="sharing-table-heading">
            <header className="card-header">
              <h2 id="sharing-table-heading">分担明细</h2>
              <p className="card-subtitle">金额精确到分；各部分合计等于缺口</p>
              <ExportButtons
                filename={`缺口分担_${city?.name ?? ''}_${analysis.quarter}`}
                {...sharingTable({ step: STEP_NAME.gap, regionCode: sharing.cityCode, amount: sharing.gap }, parts, name)}
              />
            </header>
            <div className="table-scroll tall">
              <table data-testid="sharing-table">
                <thead>
                  <tr>
                    <th scope="col">步骤</th>
                    <th scope="col">地区</th>
                    <th scope="col" className="num">金额（元）</th>
                    <th scope="col" className="num">金额（万元）</th>
                  </tr>
                </thead>
                <tbody>
                  <tr className="row-total">
                    <th scope="row">{STEP_NAME.gap}</th>
                    <td>{city?.name}</td>
                    <td className="num">{formatNumber(sharing.gap, 2)}</td>
                    <td className="num">{formatWan(sharing.gap)}</td>
                  </tr>
                  {parts.map((p) => (
                    <tr
                      key={`${p.key}|${p.regionCode}`}
                      data-testid="sharing-part"
                      data-key={p.key}
                      data-region={p.regionCode}
                      data-value={moneyString(p.amount)}
                    >
                      <th scope="row">{p.step}</th>
                      <td>{name(p.regionCode)}</td>
                      <td className="num">{formatNumber(p.amount, 2)}</td>
                      <td className="num">{formatWan(p.amount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="row-check" data-testid="sharing-check" data-value={moneyString(partsTotal)} data-ok={String(partsTotal.eq(sharing.gap))}>
                    <th scope="row">合计 = 缺口</th>
                    <td>{partsTotal.eq(sharing.gap) ? '✓ 各部分相加恰好等于缺口' : '✗ 合计与缺口不符'}</td>
                    <td className="num">{formatNumber(partsTotal, 2)}</td>
                    <td className="num">{formatWan(partsTotal)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section className="card span-5" aria-labelledby="sharing-steps-heading">
            <header className="card-header">
              <h2 id="sharing-steps-heading">计算步骤</h2>
              <p className="card-subtitle">公式与数字（元）</p>
            </header>
            <ol className="steps" data-testid="sharing-steps">
              {sharing.steps.map((step) => (
                <li key={step.key} data-key={step.key}>
                  <strong>{STEP_NAME[step.key]}</strong>
                  <p>{withNames(step.formula, tree)}</p>
                </li>
              ))}
            </ol>
          </section>
        </div>
      )}
    </main>
  );
}
