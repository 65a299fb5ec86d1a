// 因素法分配: the province's subsidy split among cities by the factor method,
// and a scenario computed next to it in the browser, on copies of the inputs.
import { useId, useMemo, useRef, useState } from 'react';
import { POT_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import { perLevelWords, type LevelWords } from '../../domain/levelWords';
import { renderMessage } from '../../domain/messages/render';
import { formatNumber, formatYuan, moneyString, type Decimal } from '../../domain/money';
import { moneyUnitById, moneyWithUnitShown, pageMoneyUnit } from '../../domain/moneyUnit';
import { Chart } from '../../charts/Chart';
import { buildAllocationBarsOption } from '../../charts/options/allocationBars';
import { chartHeightFor } from '../../charts/options/chartOption';
import { PageTitle } from '../components/PageTitle';
import { ChartSaveButtons } from '../components/ChartSaveButtons';
import { MoneyChange } from '../components/MoneyChange';
import { Section } from '../components/Section';
import { TableSection } from '../components/TableSection';
import { allocationSpec } from '../view/tables/allocation';
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
import { zhLangOf } from '../components/ZhText';
import type { AllocationResult } from '../../domain/types';
import type { AllocationWeights } from '../../domain/allocateByFactors';
import type { RegionTree } from '../view/regionTree';
import { useLang } from '../i18n/LangProvider';

const TEXT = perLevelWords((w) => texts(
  {
    title: '因素法分配',
    meta: (year: string) => `${year} 年度 · ${w.province} → ${w.city}`,
    pots: '资金类别',
    missing: (pot: string) => `本年度没有${pot}的分配数据（需要 allocation_totals 与 allocation_factors）。`,
    failed: (year: number, pot: string, reason: string) =>
      `${year} 年${pot}：${reason}。请核对 allocation_factors 中该年该资金各${w.city}的因素值。`,
    formulaAssistance: (factor: string, performance: string) =>
      `金额 = 总额 × （${factor} × 需求因素×分档比例 占比 + ${performance} × 绩效得分占比）`,
    formulaEmergency: (population: string, incidence: string, factor: string, performance: string) =>
      `w = （${population} × 人口占比 + ${incidence} × 发病率占比）× 财政困难系数；金额 = 总额 × （${factor} × w 占比 + ${performance} × 绩效得分占比）`,
    scenario: '情景测算',
    scenarioNote: '只在本页计算，不改动已载入的数据',
    baseTotal: (rounded: string, exact: string) => `基准总额 ${rounded}（${exact}）`,
    extra: '总额增减（万元）',
    extraExample: '如 +3000',
    factorWeight: '因素权重 %',
    performanceWeight: '绩效权重 %',
    populationWeight: '人口权重 %',
    incidenceWeight: '发病率权重 %',
    changeFactor: `改变一个${w.city}的因素`,
    changeRegionLabel: w.city,
    changeFieldLabel: '因素',
    noChange: '（不改变）',
    now: (value: string) => `现为 ${value}`,
    newValue: '新数值',
    reset: '恢复基准',
    sum: (sum: string, same: boolean, total: string) => `情景各${w.city}合计 ${sum} ${same ? '=' : '≠'} 情景总额 ${total}${same ? ' ✓' : ''}`,
    chartHeading: (pot: string) => `${pot} 分配结果`,
    chartTitle: (pot: string) => `${pot}分配结果`,
    chartLabel: (total: string, most: string, least: string) => `各${w.city}分配金额：合计 ${total}；最多 ${most}；最少 ${least}（明细见下表）`,
    tableHeading: '分配明细',
    tableNote: '金额（元）精确到分，按最大余数法取整，合计等于总额',
    file: (pot: string, year: number) => `因素法分配_${pot}_${year}`,
    total: '合计',
  },
  {
    title: 'Factor allocation',
    meta: (year: string) => `${year} · province → cities`,
    pots: 'Funds allocated',
    missing: (pot: string) => `No allocation data for the ${pot} this year (needs allocation_totals and allocation_factors).`,
    failed: (year: number, pot: string, reason: string) =>
      `The ${pot} of ${year}: ${reason}. Check the cities' factors for that year and pot in allocation_factors.`,
    formulaAssistance: (factor: string, performance: string) =>
      `Amount = total × (${factor} × share of need × tier ratio + ${performance} × share of performance score)`,
    formulaEmergency: (population: string, incidence: string, factor: string, performance: string) =>
      `w = (${population} × population share + ${incidence} × incidence share) × fiscal difficulty; amount = total × (${factor} × share of w + ${performance} × share of performance score)`,
    scenario: 'Scenario',
    scenarioNote: 'Computed on this page only; the loaded data stays as it is',
    baseTotal: (rounded: string, exact: string) => `Baseline total ${rounded} (${exact})`,
    extra: 'Change to the total (million yuan)',
    extraExample: 'e.g. +30',
    factorWeight: 'Factor weight %',
    performanceWeight: 'Performance weight %',
    populationWeight: 'Population weight %',
    incidenceWeight: 'Incidence weight %',
    changeFactor: "Change one city's factor",
    changeRegionLabel: 'City',
    changeFieldLabel: 'Factor',
    noChange: '(no change)',
    now: (value: string) => `Now ${value}`,
    newValue: 'New value',
    reset: 'Back to baseline',
    sum: (sum: string, same: boolean, total: string) => `Scenario, all cities ${sum} ${same ? '=' : '≠'} scenario total ${total}${same ? ' ✓' : ''}`,
    chartHeading: (pot: string) => `${pot}: allocation`,
    chartTitle: (pot: string) => `${pot} allocation`,
    chartLabel: (total: string, most: string, least: string) => `Amount allocated to each city: ${total} in all; most ${most}; least ${least} (each city in the table below)`,
    tableHeading: 'Allocation by city',
    tableNote: 'Amounts in yuan, exact to the fen (largest remainder); they add up to the total',
    file: (pot: string, year: number) => `factor-allocation_${pot}_${year}`,
    total: 'Total',
  },
));

/** `id`: what the refused input's aria-describedby points at, so a reader back on the field hears why. */
function FieldError({ errors, field, id }: { errors: Partial<Record<ScenarioField, string>>; field: ScenarioField; id?: string }) {
  const message = errors[field];
  return message ? (
    <span className="field-error" role="alert" data-testid="alloc-error" data-field={field} id={id}>
      {message}
    </span>
  ) : null;
}

type TypedField = Exclude<ScenarioField, 'changeValue' | 'general'>;

/** One typed field of the scenario: its label, the text as typed, and why it is refused. */
function ScenarioInput(props: {
  label: string;
  field: TypedField;
  testId: string;
  inputMode?: 'decimal';
  placeholder?: string;
  form: ScenarioForm;
  set: (patch: Partial<ScenarioForm>) => void;
  errors: Partial<Record<ScenarioField, string>>;
}) {
  const { label, field, testId, form, set, errors } = props;
  const id = useId();
  const invalid = errors[field] !== undefined;
  return (
    <label className="field">
      {/* Named by its label alone (the refusal inside the label is its description, not its name). */}
      <span id={`${id}-label`}>{label}</span>
      <input
        data-testid={testId}
        inputMode={props.inputMode}
        value={form[field]}
        onChange={(e) => set({ [field]: e.currentTarget.value })}
        placeholder={props.placeholder}
        aria-labelledby={`${id}-label`}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      <FieldError errors={errors} field={field} id={`${id}-error`} />
    </label>
  );
}

export function AllocationPage(props: PageProps) {
  const { analysis, view, route, policy, updating, navigate } = props;
  const lang = useLang();
  const t = TEXT(props.words)[lang];
  const pot = route.pot;
  const allocation = (analysis.allocation ?? []).find((a) => a.pot === pot);
  const weights = useMemo(() => policyWeights(policy.allocation), [policy.allocation]);
  return (
    <main className="dashboard page" data-testid="page-allocation" data-pot={pot} aria-busy={updating}>
      <PageTitle title={t.title} meta={t.meta(String(allocation?.year ?? analysis.quarter.slice(0, 4)))} updating={updating}>
        <div className="segmented page-switch" role="group" aria-label={t.pots}>
          {POTS.map((p) => (
            <button
              key={p}
              type="button"
              data-testid={`alloc-pot-${p}`}
              aria-pressed={p === pot}
              onClick={() => navigate(view, { ...route, pot: p })}
            >
              {POT_LABEL[p][lang]}
            </button>
          ))}
        </div>
      </PageTitle>
      {allocation?.error ? (
        <div className="card error" role="alert" data-testid="alloc-failed">
          {t.failed(allocation.year, lang === 'en' ? POT_LABEL[pot].en.toLowerCase() : POT_LABEL[pot].zh, renderMessage(allocation.error, lang))}
        </div>
      ) : allocation ? (
        // A new pot or policy starts a fresh scenario from its own baseline; so does a new language,
        // because the extra total is typed in 万元 in Chinese and in million yuan in English.
        <Allocation
          key={`${pot}|${policy.allocation.factor_weight}|${policy.allocation.population_weight}|${lang}`}
          allocation={allocation}
          weights={weights}
          tree={props.tree}
          words={props.words}
          lang={lang}
        />
      ) : (
        <div className="card empty" data-testid="alloc-missing">
          {t.missing(lang === 'en' ? POT_LABEL[pot].en.toLowerCase() : POT_LABEL[pot].zh)}
        </div>
      )}
      <div className="grid">
        <SubsidySection analysis={analysis} tree={props.tree} words={props.words} regionCode={view.regionCode} />
      </div>
    </main>
  );
}

function percentOfWeight(w: Decimal): string {
  return `${w.times(100).toString()}%`;
}

function Allocation({
  allocation,
  weights,
  tree,
  words,
  lang,
}: {
  allocation: AllocationResult;
  weights: AllocationWeights;
  tree: RegionTree;
  words: LevelWords;
  lang: Lang;
}) {
  const t = TEXT(words)[lang];
  const potName = POT_LABEL[allocation.pot][lang];
  const [form, setForm] = useState<ScenarioForm>(() => baselineForm(weights, allocation.pot));
  const chartCardRef = useRef<HTMLElement>(null);
  const changeId = useId();
  const result = useMemo(() => runScenario(allocation, weights, form, lang), [allocation, weights, form, lang]);
  const errors = result.ok ? {} : result.errors;
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  // The chart's text alternative states its key figures: the total, the most and the least allocated.
  const byAmount = [...allocation.rows].sort((a, b) => b.amount.comparedTo(a.amount));
  const extremes = { most: byAmount[0], least: byAmount[byAmount.length - 1] };
  const scenarioByRegion = new Map(result.ok ? result.rows.map((r) => [r.regionCode, r]) : []);
  const factors = POT_FACTORS[allocation.pot];
  const spec = allocationSpec(allocation, (code) => scenarioByRegion.get(code), name, lang, words);
  // The difference for all cities, under the table, reads as the table does: to the fen.
  const diffUnit = moneyUnitById('yuan', lang);
  const set = (patch: Partial<ScenarioForm>) => setForm((f) => ({ ...f, ...patch }));
  const input = { form, set, errors };
  // The chart's panel in one unit: its axis, its tooltips, its text alternative and the baseline total beside it.
  const unit = useMemo(() => pageMoneyUnit([{ body: allocation.rows.map((r) => r.amount), total: [allocation.total] }], lang), [allocation, lang]);
  const money = (d: Decimal): string => moneyWithUnitShown(d, unit);
  const option = useMemo(() => {
    const scenarios = new Map(result.ok && result.changed ? result.rows.map((r) => [r.regionCode, r.scenario]) : []);
    return buildAllocationBarsOption({
      bars: allocation.rows.map((r) => ({
        key: r.regionCode,
        name: tree.byCode.get(r.regionCode)?.name ?? r.regionCode,
        base: r.amount,
        scenario: scenarios.get(r.regionCode) ?? null,
      })),
      unit,
    }, lang);
  }, [allocation, result, tree, unit, lang]);
  const factor = percentOfWeight(weights.factorWeight);
  const performance = percentOfWeight(weights.performanceWeight);
  const formula =
    allocation.pot === 'assistance'
      ? t.formulaAssistance(factor, performance)
      : t.formulaEmergency(percentOfWeight(weights.populationWeight), percentOfWeight(weights.incidenceWeight), factor, performance);

  return (
    <div className="grid">
      <Section headingId="scenario-heading" className="span-4 scenario" title={t.scenario} subtitle={t.scenarioNote}>
        <p className="kpi-sub">{t.baseTotal(money(allocation.total), formatYuan(allocation.total, lang))}</p>
        <ScenarioInput label={t.extra} field="totalExtra" testId="alloc-total-extra" inputMode="decimal" placeholder={t.extraExample} {...input} />
        <div className="field-pair">
          <ScenarioInput label={t.factorWeight} field="factorPercent" testId="alloc-factor-weight" {...input} />
          <ScenarioInput label={t.performanceWeight} field="performancePercent" testId="alloc-performance-weight" {...input} />
        </div>
        {allocation.pot === 'emergency' && (
          <div className="field-pair">
            <ScenarioInput label={t.populationWeight} field="populationPercent" testId="alloc-population-weight" {...input} />
            <ScenarioInput label={t.incidenceWeight} field="incidencePercent" testId="alloc-incidence-weight" {...input} />
          </div>
        )}
        <fieldset className="field-group">
          <legend>{t.changeFactor}</legend>
          <select data-testid="alloc-change-region" aria-label={`${t.changeFactor} · ${t.changeRegionLabel}`} value={form.changeRegion} onChange={(e) => set({ changeRegion: e.currentTarget.value })}>
            <option value="">{t.noChange}</option>
            {allocation.factors.map((f) => (
              <option key={f.regionCode} value={f.regionCode} lang={zhLangOf(name(f.regionCode), lang)}>
                {name(f.regionCode)}
              </option>
            ))}
          </select>
          <select
            data-testid="alloc-change-field"
            aria-label={`${t.changeFactor} · ${t.changeFieldLabel}`}
            value={form.changeField}
            onChange={(e) => set({ changeField: e.currentTarget.value as FactorField })}
          >
            {factors.map((f) => (
              <option key={f} value={f}>
                {FACTOR_LABEL[f][lang]}
              </option>
            ))}
          </select>
          <input
            data-testid="alloc-change-value"
            aria-label={`${t.changeFactor} · ${t.newValue}`}
            aria-invalid={errors.changeValue !== undefined}
            aria-describedby={errors.changeValue !== undefined ? `${changeId}-error` : undefined}
            value={form.changeValue}
            placeholder={
              form.changeRegion
                ? t.now(allocation.factors.find((f) => f.regionCode === form.changeRegion)?.[form.changeField].toString() ?? '')
                : t.newValue
            }
            onChange={(e) => set({ changeValue: e.currentTarget.value })}
          />
          <FieldError errors={errors} field="changeValue" id={`${changeId}-error`} />
        </fieldset>
        <FieldError errors={errors} field="general" />
        <button type="button" className="button secondary" data-testid="alloc-reset" onClick={() => setForm(baselineForm(weights, allocation.pot))}>
          {t.reset}
        </button>
        {result.ok && (
          <p
            className={`check ${result.sum.eq(result.total) ? 'check-ok' : 'check-bad'}`}
            data-testid="alloc-sum"
            data-value={moneyString(result.sum)}
            data-total={moneyString(result.total)}
          >
            {t.sum(formatYuan(result.sum, lang), result.sum.eq(result.total), formatYuan(result.total, lang))}
          </p>
        )}
      </Section>

      <Section
        ref={chartCardRef}
        headingId="alloc-chart-heading"
        className="span-8"
        title={t.chartHeading(potName)}
        subtitle={formula}
        actions={<ChartSaveButtons holder={chartCardRef} title={t.chartTitle(potName)} tag={`${tree.root?.code ?? ''}-${allocation.year}`} option={option} />}
      >
        <Chart testId="chart-allocation" option={option} height={chartHeightFor(allocation.rows.length)} label={t.chartLabel(
            money(allocation.total),
            extremes.most ? `${name(extremes.most.regionCode)} ${money(extremes.most.amount)}` : '-',
            extremes.least ? `${name(extremes.least.regionCode)} ${money(extremes.least.amount)}` : '-',
          )}
        />
      </Section>

      <TableSection
        headingId="alloc-table-heading"
        className="span-12"
        title={t.tableHeading}
        subtitle={t.tableNote}
        spec={spec}
        file={t.file(potName, allocation.year)}
        table={{
          scroll: 'tall',
          testId: 'alloc-table',
          rowProps: ({ row, scenario }) => ({
            'data-testid': 'alloc-row',
            'data-region': row.regionCode,
            'data-base': moneyString(row.amount),
            'data-scenario': scenario ? moneyString(scenario.scenario) : '',
          }),
          foot: (
            <tr className="row-check">
              <th scope="row">{t.total}</th>
              {factors.map((f) => (
                <td key={f} />
              ))}
              <td />
              <td />
              <td className="num">{formatNumber(allocation.total, 2)}</td>
              <td className="num">100%</td>
              <td className="num">{result.ok ? formatNumber(result.sum, 2) : '—'}</td>
              <td className="num">{result.ok ? <MoneyChange value={result.sum.minus(allocation.total)} unit={diffUnit} /> : '—'}</td>
            </tr>
          ),
        }}
      />
    </div>
  );
}
