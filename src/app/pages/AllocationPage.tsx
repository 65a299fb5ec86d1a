// 因素法分配: the province's subsidy split among cities by the factor method,
// and a scenario computed next to it in the browser, on copies of the inputs.
import { useMemo, useRef, useState } from 'react';
import type { Pot } from '../../domain/allocateByFactors';
import { formatNumber, formatPercent, formatWan, formatYuan, moneyString, type Decimal } from '../../domain/money';
import { Chart } from '../../charts/Chart';
import { buildAllocationBarsOption } from '../../charts/options/allocationBars';
import { chartHeightFor } from '../../charts/options/chartOption';
import { PageTitle } from '../components/PageTitle';
import { ChartSaveButtons } from '../components/ChartSaveButtons';
import { ExportButtons } from '../components/ExportButtons';
import { allocationTable } from '../view/exportRows';
import {
  baselineForm,
  FACTOR_LABEL,
  POT_FACTORS,
  policyWeights,
  runScenario,
  type FactorField,
  type ScenarioField,
  type ScenarioForm,
} from '../view/allocationScenario';
import { POTS } from '../view/route';
import type { PageProps } from './pageProps';
import { SubsidySection } from './SubsidySection';
import type { AllocationResult } from '../../domain/types';
import type { AllocationWeights } from '../../domain/allocateByFactors';
import type { RegionTree } from '../view/regionTree';

export const POT_LABEL: Record<Pot, string> = { assistance: '医疗救助补助资金', emergency: '疾病应急救助资金' };

function Diff({ value }: { value: Decimal }) {
  const cls = value.isZero() ? 'diff' : value.isNegative() ? 'diff diff-down' : 'diff diff-up';
  const sign = value.gt(0) ? '+' : '';
  return (
    <span className={cls} title={`${sign}${formatYuan(value)}`}>
      {sign}
      {formatWan(value)}
    </span>
  );
}

function FieldError({ errors, field }: { errors: Partial<Record<ScenarioField, string>>; field: ScenarioField }) {
  const message = errors[field];
  return message ? (
    <span className="field-error" role="alert" data-testid="alloc-error" data-field={field}>
      {message}
    </span>
  ) : null;
}

export function AllocationPage(props: PageProps) {
  const { analysis, view, route, policy, updating, navigate } = props;
  const pot = route.pot;
  const allocation = (analysis.allocation ?? []).find((a) => a.pot === pot);
  const weights = useMemo(() => policyWeights(policy.allocation), [policy.allocation]);
  return (
    <main className="dashboard page" data-testid="page-allocation" data-pot={pot} aria-busy={updating}>
      <PageTitle title="因素法分配" meta={`${allocation?.year ?? analysis.quarter.slice(0, 4)} 年度 · 自治区 → 盟市`} updating={updating}>
        <div className="segmented page-switch" role="group" aria-label="资金类别">
          {POTS.map((p) => (
            <button
              key={p}
              type="button"
              data-testid={`alloc-pot-${p}`}
              aria-pressed={p === pot}
              onClick={() => navigate(view, { ...route, pot: p })}
            >
              {POT_LABEL[p]}
            </button>
          ))}
        </div>
      </PageTitle>
      {allocation ? (
        // A new pot or policy starts a fresh scenario from its own baseline.
        <Allocation key={`${pot}|${policy.allocation.factor_weight}|${policy.allocation.population_weight}`} allocation={allocation} weights={weights} tree={props.tree} />
      ) : (
        <div className="card empty" data-testid="alloc-missing">
          本年度没有{POT_LABEL[pot]}的分配数据（需要 allocation_totals 与 allocation_factors）。
        </div>
      )}
      <div className="grid">
        <SubsidySection analysis={analysis} tree={props.tree} regionCode={view.regionCode} />
      </div>
    </main>
  );
}

function percentOfWeight(w: Decimal): string {
  return `${w.times(100).toString()}%`;
}

function Allocation({ allocation, weights, tree }: { allocation: AllocationResult; weights: AllocationWeights; tree: RegionTree }) {
  const [form, setForm] = useState<ScenarioForm>(() => baselineForm(weights));
  const chartCardRef = useRef<HTMLElement>(null);
  const result = useMemo(() => runScenario(allocation, weights, form), [allocation, weights, form]);
  const errors = result.ok ? {} : result.errors;
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const scenarioByRegion = new Map(result.ok ? result.rows.map((r) => [r.regionCode, r]) : []);
  const factors = POT_FACTORS[allocation.pot];
  const set = (patch: Partial<ScenarioForm>) => setForm((f) => ({ ...f, ...patch }));
  const option = useMemo(() => {
    const scenarios = new Map(result.ok && result.changed ? result.rows.map((r) => [r.regionCode, r.scenario]) : []);
    return buildAllocationBarsOption({
      bars: allocation.rows.map((r) => ({
        key: r.regionCode,
        name: tree.byCode.get(r.regionCode)?.name ?? r.regionCode,
        base: r.amount,
        scenario: scenarios.get(r.regionCode) ?? null,
      })),
    });
  }, [allocation, result, tree]);
  const formula =
    allocation.pot === 'assistance'
      ? `金额 = 总额 × （${percentOfWeight(weights.factorWeight)} × 需求因素×分档比例 占比 + ${percentOfWeight(weights.performanceWeight)} × 绩效得分占比）`
      : `w = （${percentOfWeight(weights.populationWeight)} × 人口占比 + ${percentOfWeight(weights.incidenceWeight)} × 发病率占比）× 财政困难系数；金额 = 总额 × （${percentOfWeight(weights.factorWeight)} × w 占比 + ${percentOfWeight(weights.performanceWeight)} × 绩效得分占比）`;

  return (
    <div className="grid">
      <section className="card span-4 scenario" aria-labelledby="scenario-heading">
        <header className="card-header">
          <h2 id="scenario-heading">情景测算</h2>
          <p className="card-subtitle">只在本页计算，不改动已载入的数据</p>
        </header>
        <p className="kpi-sub">基准总额 {formatWan(allocation.total)}（{formatYuan(allocation.total)}）</p>
        <label className="field">
          <span>总额增减（万元）</span>
          <input
            data-testid="alloc-total-extra"
            inputMode="decimal"
            value={form.totalExtraWan}
            onChange={(e) => set({ totalExtraWan: e.currentTarget.value })}
            placeholder="如 +3000"
            aria-invalid={errors.totalExtraWan !== undefined}
          />
          <FieldError errors={errors} field="totalExtraWan" />
        </label>
        <div className="field-pair">
          <label className="field">
            <span>因素权重 %</span>
            <input data-testid="alloc-factor-weight" value={form.factorPercent} onChange={(e) => set({ factorPercent: e.currentTarget.value })} />
            <FieldError errors={errors} field="factorPercent" />
          </label>
          <label className="field">
            <span>绩效权重 %</span>
            <input
              data-testid="alloc-performance-weight"
              value={form.performancePercent}
              onChange={(e) => set({ performancePercent: e.currentTarget.value })}
            />
            <FieldError errors={errors} field="performancePercent" />
          </label>
        </div>
        {allocation.pot === 'emergency' && (
          <div className="field-pair">
            <label className="field">
              <span>人口权重 %</span>
              <input data-testid="alloc-population-weight" value={form.populationPercent} onChange={(e) => set({ populationPercent: e.currentTarget.value })} />
              <FieldError errors={errors} field="populationPercent" />
            </label>
            <label className="field">
              <span>发病率权重 %</span>
              <input data-testid="alloc-incidence-weight" value={form.incidencePercent} onChange={(e) => set({ incidencePercent: e.currentTarget.value })} />
              <FieldError errors={errors} field="incidencePercent" />
            </label>
          </div>
        )}
        <fieldset className="field-group">
          <legend>改变一个盟市的因素</legend>
          <select data-testid="alloc-change-region" value={form.changeRegion} onChange={(e) => set({ changeRegion: e.currentTarget.value })}>
            <option value="">（不改变）</option>
            {allocation.factors.map((f) => (
              <option key={f.regionCode} value={f.regionCode}>
                {name(f.regionCode)}
              </option>
            ))}
          </select>
          <select
            data-testid="alloc-change-field"
            value={form.changeField}
            onChange={(e) => set({ changeField: e.currentTarget.value as FactorField })}
          >
            {factors.map((f) => (
              <option key={f} value={f}>
                {FACTOR_LABEL[f]}
              </option>
            ))}
          </select>
          <input
            data-testid="alloc-change-value"
            value={form.changeValue}
            placeholder={
              form.changeRegion
                ? `现为 ${allocation.factors.find((f) => f.regionCode === form.changeRegion)?.[form.changeField].toString() ?? ''}`
                : '新数值'
            }
            onChange={(e) => set({ changeValue: e.currentTarget.value })}
          />
          <FieldError errors={errors} field="changeValue" />
        </fieldset>
        <FieldError errors={errors} field="general" />
        <button type="button" className="button secondary" data-testid="alloc-reset" onClick={() => setForm(baselineForm(weights))}>
          恢复基准
        </button>
        {result.ok && (
          <p
            className={`check ${result.sum.eq(result.total) ? 'check-ok' : 'check-bad'}`}
            data-testid="alloc-sum"
            data-value={moneyString(result.sum)}
            data-total={moneyString(result.total)}
          >
            情景各盟市合计 {formatYuan(result.sum)} {result.sum.eq(result.total) ? '=' : '≠'} 情景总额 {formatYuan(result.total)}
            {result.sum.eq(result.total) ? ' ✓' : ''}
          </p>
        )}
      </section>

      <section ref={chartCardRef} className="card span-8" aria-labelledby="alloc-chart-heading">
        <header className="card-header">
          <h2 id="alloc-chart-heading">{POT_LABEL[allocation.pot]} 分配结果</h2>
          <p className="card-subtitle">{formula}</p>
          <ChartSaveButtons holder={chartCardRef} title={`${POT_LABEL[allocation.pot]}分配结果`} tag={`${tree.root?.code ?? ''}-${allocation.year}`} />
        </header>
        <Chart testId="chart-allocation" option={option} height={chartHeightFor(allocation.rows.length)} label="各盟市分配金额" />
      </section>

      <section className="card span-12" aria-labelledby="alloc-table-heading">
        <header className="card-header">
          <h2 id="alloc-table-heading">分配明细</h2>
          <p className="card-subtitle">金额（元）精确到分，按最大余数法取整，合计等于总额</p>
          <ExportButtons
            filename={`因素法分配_${POT_LABEL[allocation.pot]}_${allocation.year}`}
            {...allocationTable(
              allocation.rows,
              factors.map((f) => ({ key: f, label: FACTOR_LABEL[f] })),
              allocation.factors.map((row) => Object.fromEntries(factors.map((f) => [f, row[f]]))),
              (code) => scenarioByRegion.get(code)?.scenario ?? null,
              name,
            )}
          />
        </header>
        <div className="table-scroll tall">
          <table data-testid="alloc-table">
            <thead>
              <tr>
                <th scope="col">盟市</th>
                {factors.map((f) => (
                  <th key={f} scope="col" className="num">
                    {FACTOR_LABEL[f]}
                  </th>
                ))}
                <th scope="col" className="num">因素部分（元）</th>
                <th scope="col" className="num">绩效部分（元）</th>
                <th scope="col" className="num">基准金额（元）</th>
                <th scope="col" className="num">占比</th>
                <th scope="col" className="num">情景金额（元）</th>
                <th scope="col" className="num">差额</th>
              </tr>
            </thead>
            <tbody>
              {allocation.rows.map((row, i) => {
                const factor = allocation.factors[i];
                const s = scenarioByRegion.get(row.regionCode);
                return (
                  <tr
                    key={row.regionCode}
                    data-testid="alloc-row"
                    data-region={row.regionCode}
                    data-base={moneyString(row.amount)}
                    data-scenario={s ? moneyString(s.scenario) : ''}
                  >
                    <th scope="row">{name(row.regionCode)}</th>
                    {factors.map((f) => (
                      <td key={f} className="num">
                        {factor ? factor[f].toString() : '—'}
                      </td>
                    ))}
                    <td className="num">{formatNumber(row.factorPart, 2)}</td>
                    <td className="num">{formatNumber(row.performancePart, 2)}</td>
                    <td className="num" title={formatWan(row.amount)}>
                      {formatNumber(row.amount, 2)}
                    </td>
                    <td className="num">{formatPercent(row.share, 2)}</td>
                    <td className="num">{s ? formatNumber(s.scenario, 2) : '—'}</td>
                    <td className="num">{s ? <Diff value={s.difference} /> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr className="row-check">
                <th scope="row">合计</th>
                {factors.map((f) => (
                  <td key={f} />
                ))}
                <td />
                <td />
                <td className="num">{formatNumber(allocation.total, 2)}</td>
                <td className="num">100%</td>
                <td className="num">{result.ok ? formatNumber(result.sum, 2) : '—'}</td>
                <td className="num">{result.ok ? <Diff value={result.sum.minus(allocation.total)} /> : '—'}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </div>
  );
}
