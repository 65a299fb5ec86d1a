// 压力测试: every city pool and the province under a stress scenario (a
// preset of the policy or the user's own values), ranked by how soon each
// crosses into the red band of months payable and by the buffer it would
// need; one pool's baseline and scenario as a band chart. The scenario lives
// in the address (`?page=stress&…&expenditure=0.1`), so a link reopens it;
// a value out of the policy's range is refused and nothing is computed.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { FUND_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { isDecimalText, moneyString } from '../../domain/money';
import { exactYuan, moneyWithUnitShown } from '../../domain/moneyUnit';
import { message } from '../../domain/messages/codes';
import { policyIssue, policyIssueReason, policyIssueText, type PolicyIssue } from '../../domain/policy/issues';
import { STRESS_PARAMS, type Policy, type StressParam } from '../../domain/policy/types';
import { quarterLabel } from '../../domain/quarter';
import { rankStress, redMonthsThreshold, stressTests, type StressResult } from '../../domain/stress';
import {
  checkScenario,
  defaultPreset,
  matchingPreset,
  presetLabel,
  presetScenario,
  scenarioDescription,
  type StressScenario,
} from '../../domain/stressScenario';
import type { Fund } from '../../domain/types';
import { Chart } from '../../charts/Chart';
import { buildStressBandOption } from '../../charts/options/stressBand';
import { ChartSaveButtons } from '../components/ChartSaveButtons';
import { ExportButtons } from '../components/ExportButtons';
import { Section } from '../components/Section';
import { PageTitle } from '../components/PageTitle';
import { useLang } from '../i18n/LangProvider';
import { DataTable } from '../components/DataTable';
import { exportOnClick, inUnit } from '../view/table';
import { stressDetailSpec, stressMoneyUnit, stressQuartersSpec, stressRankSpec } from '../view/tables/stress';
import type { Route, StressValues } from '../view/route';
import type { PageProps } from './pageProps';

const TEXT = texts(
  {
    title: '压力测试',
    showTrend: (region: string, fund: string) => `查看 ${region} ${fund} 的余额走势`,
    meta: (quarter: string) => `自 ${quarter} 起未来四个季度 · 在季节规律预测之上`,
    presets: '预设情景',
    own: '自定义情景',
    income: '上级补助收入变动（%）',
    expenditure: '支出变动（%）',
    insured: '参保人数变动（%）',
    delay: '上级补助延迟（季度）',
    apply: '计算',
    refused: '情景参数有误，未作计算：',
    scenarioNow: (text: string) => `当前情景：${text}`,
    custom: '自定义',
    rankHeading: '各统筹区排名',
    rankSubtitle: (months: string) => `按首次跌入红色档（可支付月数低于 ${months} 个月）的季度先后，再按所需缓冲金额排序；点击一行看其走势`,
    region: '地区',
    fund: '基金',
    opening: '当前累计结余',
    baselineRed: '基准首个红色季度',
    firstRed: '情景首个红色季度',
    buffer: '所需缓冲',
    endMonths: '期末可支付月数（基准 → 情景）',
    none: '无',
    file: (quarter: string) => `压力测试_${quarter}`,
    detailFile: (quarter: string) => `压力测试_逐季_${quarter}`,
    detail: '逐季明细',
    rankExport: '排名',
    chartHeading: (name: string, fund: string) => `${name} ${fund}：基准与情景`,
    chartSubtitle: '实线为基准预测，虚线为压力情景，阴影为两者之差，红色点线为可支付月数红线对应的结余',
    chartLabel: (name: string) => `${name}压力测试走势图`,
    quarter: '季度',
    baselineBalance: '基准累计结余',
    scenarioBalance: '情景累计结余',
    baselineMonths: '基准月数',
    scenarioMonths: '情景月数',
    noPools: '没有可测试的统筹区（需要 fund_flows 与 fund_balances 数据）。',
    bufferNote: (amount: string, exact: string) => `在当前累计结余上增加 ${amount}（${exact}），可使未来四个季度可支付月数均不低于红线。`,
    noBuffer: '该情景下未来四个季度均不低于红线，无需缓冲。',
  },
  {
    title: 'Stress test',
    showTrend: (region: string, fund: string) => `Show the balance trend of ${region}, ${fund}`,
    meta: (quarter: string) => `next four quarters after ${quarter} · on the seasonal projection`,
    presets: 'Presets',
    own: 'Your own scenario',
    income: 'Change in higher-level subsidies (%)',
    expenditure: 'Expenditure change (%)',
    insured: 'Insured persons change (%)',
    delay: 'Delay of higher-level subsidies (quarters)',
    apply: 'Compute',
    refused: 'The scenario is refused; nothing was computed:',
    scenarioNow: (text: string) => `Scenario: ${text}`,
    custom: 'Custom',
    rankHeading: 'Pools ranked',
    rankSubtitle: (months: string) =>
      `By the quarter each first falls into the red band (below ${months} months payable), then by the buffer needed; click a row for its trend`,
    region: 'Region',
    fund: 'Fund',
    opening: 'Accumulated balance now',
    baselineRed: 'Baseline: first red quarter',
    firstRed: 'Scenario: first red quarter',
    buffer: 'Buffer needed',
    endMonths: 'Months payable at the end (baseline → scenario)',
    none: 'none',
    file: (quarter: string) => `stress-test_${quarter}`,
    detailFile: (quarter: string) => `stress-test_by-quarter_${quarter}`,
    detail: 'By quarter',
    rankExport: 'Ranking',
    chartHeading: (name: string, fund: string) => `${name}, ${fund}: baseline and scenario`,
    chartSubtitle: 'Solid: baseline projection; dashed: stress scenario; shaded: the difference; red dots: the balance at the red line of months payable',
    chartLabel: (name: string) => `${name} stress test trend`,
    quarter: 'Quarter',
    baselineBalance: 'Baseline balance',
    scenarioBalance: 'Scenario balance',
    baselineMonths: 'Baseline months',
    scenarioMonths: 'Scenario months',
    noPools: 'No pool to test (needs fund_flows and fund_balances data).',
    bufferNote: (amount: string, exact: string) =>
      `Adding ${amount} (${exact}) to today's accumulated balance keeps months payable at or above the red line for the next four quarters.`,
    noBuffer: 'Under this scenario no quarter falls below the red line: no buffer is needed.',
  },
);

/** The route's scenario: the default preset when the address names none. */
function routeScenario(values: StressValues, policy: Policy): { scenario: StressScenario | null; issues: PolicyIssue[] } {
  if (STRESS_PARAMS.every((k) => values[k] === null)) {
    const preset = defaultPreset(policy);
    return { scenario: preset ? presetScenario(preset) : null, issues: [] };
  }
  const given: Partial<Record<StressParam, string>> = {};
  for (const k of STRESS_PARAMS) {
    const v = values[k];
    if (v !== null) given[k] = v;
  }
  return checkScenario(given, policy);
}

/** The fields as the reader types them: percentages for the ratios, quarters for the delay. */
function fieldsOf(s: StressScenario | null, values: StressValues): Record<StressParam, string> {
  if (s === null) return { income: values.income ?? '', expenditure: values.expenditure ?? '', insured: values.insured ?? '', delay: values.delay ?? '' };
  return {
    income: s.income.times(100).toString(),
    expenditure: s.expenditure.times(100).toString(),
    insured: s.insured.times(100).toString(),
    delay: String(s.delay),
  };
}

function valuesOf(s: StressScenario): StressValues {
  return { income: s.income.toString(), expenditure: s.expenditure.toString(), insured: s.insured.toString(), delay: String(s.delay) };
}

export function StressPage({ analysis, tree, view, route, policy, updating, navigate }: PageProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const chartRef = useRef<HTMLElement>(null);
  const fromRoute = useMemo(() => routeScenario(route.stress, policy), [route.stress, policy]);
  const [fields, setFields] = useState<Record<StressParam, string>>(() => fieldsOf(fromRoute.scenario, route.stress));
  const [fieldIssues, setFieldIssues] = useState<PolicyIssue[]>([]);
  // The form follows the address when its scenario changes (a preset, back/forward), and only then:
  // the shell re-rendering for other reasons keeps what the reader is typing.
  const routeKey = STRESS_PARAMS.map((k) => route.stress[k] ?? '').join('|');
  const [shownKey, setShownKey] = useState(routeKey);
  if (shownKey !== routeKey) {
    setShownKey(routeKey);
    setFields(fieldsOf(fromRoute.scenario, route.stress));
    setFieldIssues([]);
  }
  const scenario = fromRoute.scenario;
  const issues = fieldIssues.length > 0 ? fieldIssues : fromRoute.issues;
  // Each refusal's line in the summary is the description of the field it is about.
  const idBase = useId();
  const issueId = (index: number) => `${idBase}-issue-${index}`;
  const describedBy = (k: string): string | undefined => {
    const ids = issues.flatMap((issue, index) => (issue.params.path === k ? [issueId(index)] : []));
    return ids.length > 0 ? ids.join(' ') : undefined;
  };

  const results = useMemo(
    () => (scenario === null ? [] : stressTests(analysis.history, analysis.quarter, policy, analysis.regions, scenario)),
    [analysis, policy, scenario],
  );
  const ranked = useMemo(() => rankStress(results), [results]);
  const unit = useMemo(() => stressMoneyUnit(results, lang), [results, lang]);
  const redMonths = useMemo(() => redMonthsThreshold(policy)?.value ?? null, [policy]);
  const redText = redMonths === null ? '—' : redMonths.toString();
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const selected: StressResult | undefined =
    results.find((r) => r.regionCode === view.regionCode && r.fund === view.fund) ?? ranked.find((r) => r.fund === view.fund) ?? ranked[0];
  const option = useMemo(
    () => (selected ? buildStressBandOption({ result: selected, redMonths, unit }, lang) : null),
    [selected, redMonths, unit, lang],
  );
  const words = scenario === null ? '' : scenarioDescription(scenario, policy, lang);
  const active = scenario === null ? undefined : matchingPreset(policy, scenario);
  const rankSpec = inUnit(stressRankSpec(ranked, name, words, lang), unit);

  const go = (s: StressScenario) => {
    const next: Route = { ...route, page: 'stress', stress: valuesOf(s) };
    navigate(view, next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed: Partial<Record<StressParam, string>> = {};
    for (const k of STRESS_PARAMS) {
      const v = fields[k].trim();
      // Typed as percentages: "-10" means −10%; text that is not a number goes to the check as typed.
      typed[k] = v === '' ? '0' : k !== 'delay' && isDecimalText(v) ? `${v}%` : v;
    }
    const checked = checkScenario(typed, policy);
    if (checked.scenario === null) {
      setFieldIssues(checked.issues.map(inPercent));
      return;
    }
    setFieldIssues([]);
    go(checked.scenario);
  };

  const fundLabel = (f: Fund) => FUND_LABEL[f][lang];

  return (
    <main className="dashboard page" data-testid="page-stress" aria-busy={updating} data-scenario={words}>
      <PageTitle title={t.title} meta={t.meta(quarterLabel(analysis.quarter, lang))} updating={updating} />
      <div className="toolbar card stress-toolbar">
        <div className="field">
          <span>{t.presets}</span>
          <div className="segmented" role="group" aria-label={t.presets} data-testid="stress-presets">
            {policy.stress.presets.map((p) => (
              <button
                key={p.id}
                type="button"
                data-testid={`stress-preset-${p.id}`}
                aria-pressed={active?.id === p.id}
                onClick={() => go(presetScenario(p))}
              >
                {presetLabel(p)[lang]}
              </button>
            ))}
          </div>
        </div>
        <form className="stress-form" onSubmit={submit} aria-label={t.own} data-testid="stress-form">
          {STRESS_PARAMS.map((k) => (
            <label className="field" key={k}>
              <span>{t[k]}</span>
              <input
                data-testid={`stress-${k}`}
                inputMode="decimal"
                size={6}
                value={fields[k]}
                aria-invalid={issues.some((i) => i.params.path === k)}
                aria-describedby={describedBy(k)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setFields((f) => ({ ...f, [k]: value }));
                }}
              />
            </label>
          ))}
          <button type="submit" className="button" data-testid="stress-apply">
            {t.apply}
          </button>
        </form>
        {issues.length > 0 ? (
          <div className="field-error" role="alert" data-testid="stress-refused">
            {t.refused}
            <ul>
              {issues.map((i, index) => (
                <li key={`${i.params.path}|${i.params.reason.code}`} id={issueId(index)} data-param={i.params.path}>
                  {/* The form's own words: its field's label, not the address's parameter name. */}
                  {fieldIssues.length > 0 && isStressParam(i.params.path) ? `${t[i.params.path]}${lang === 'zh' ? '：' : ': '}${policyIssueReason(i, lang)}` : policyIssueText(i, lang)}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="rule" data-testid="stress-scenario">
            {t.scenarioNow(words)}
          </p>
        )}
      </div>

      {scenario !== null && issues.length === 0 && (
        <div className="grid">
          {results.length === 0 ? (
            <div className="card empty span-12">{t.noPools}</div>
          ) : (
            <>
              <Section
                headingId="stress-rank-heading"
                className="span-12"
                title={t.rankHeading}
                subtitle={t.rankSubtitle(redText)}
                actions={
                  // Each label beside its own buttons: two right-aligned groups would pull them apart when the header wraps.
                  <span className="export-sets">
                    <span className="export-set" data-testid="stress-export-set">
                      <span className="export-label">{t.rankExport}</span>
                      <ExportButtons filename={t.file(analysis.quarter)} testId="stress-export" {...exportOnClick(rankSpec, lang)} />
                    </span>
                    <span className="export-set" data-testid="stress-export-set">
                      <span className="export-label">{t.detail}</span>
                      <ExportButtons filename={t.detailFile(analysis.quarter)} testId="stress-export-detail" {...exportOnClick(stressDetailSpec(results, name, lang), lang)} />
                    </span>
                  </span>
                }
              >
                <div className="table-scroll tall" tabIndex={0} data-testid="stress-table">
                  <DataTable
                    spec={rankSpec}
                    // The region's name is a button: a row's click alone left keyboard users the default pool's trend only.
                    select={{ key: 'name', onSelect: (r) => navigate({ ...view, regionCode: r.regionCode, fund: r.fund }), label: (r) => t.showTrend(name(r.regionCode), fundLabel(r.fund)) }}
                    rowProps={(r) => ({
                      'data-testid': 'stress-row',
                      'data-region': r.regionCode,
                      'data-fund': r.fund,
                      'data-first-red': r.firstRedQuarter ?? '',
                      'data-buffer': moneyString(r.buffer),
                      'aria-selected': r === selected,
                      className: r.firstRedQuarter ? 'row-red' : undefined,
                      onClick: () => navigate({ ...view, regionCode: r.regionCode, fund: r.fund }),
                    })}
                  />
                </div>
              </Section>

              {selected && option && (
                <Section
                  ref={chartRef}
                  headingId="stress-chart-heading"
                  className="span-12"
                  testId="stress-selected"
                  data={{ 'data-region': selected.regionCode, 'data-fund': selected.fund }}
                  title={t.chartHeading(name(selected.regionCode), fundLabel(selected.fund))}
                  subtitle={t.chartSubtitle}
                  actions={<ChartSaveButtons holder={chartRef} title={t.chartLabel(name(selected.regionCode))} tag={`${selected.regionCode}-${selected.fund}-${analysis.quarter}`} option={option ?? undefined} />}
                >
                  <Chart testId="chart-stress" option={option} height={340} label={t.chartLabel(name(selected.regionCode))} />
                  <p className="rule" data-testid="stress-buffer-note">
                    {selected.buffer.isZero() ? t.noBuffer : t.bufferNote(moneyWithUnitShown(selected.buffer, unit), exactYuan(selected.buffer, lang))}
                  </p>
                  <div className="table-scroll" tabIndex={0} data-testid="stress-quarters">
                    <DataTable spec={inUnit(stressQuartersSpec(selected, lang), unit)} rowProps={(p) => ({ 'data-quarter': p.quarter, 'data-scenario-balance': moneyString(p.scenarioBalance) })} />
                  </div>
                </Section>
              )}
            </>
          )}
        </div>
      )}
    </main>
  );
}

function isStressParam(path: string): path is StressParam {
  return (STRESS_PARAMS as readonly string[]).includes(path);
}

/**
 * A field's problem in the form's terms: the fields take percentages (-10 is
 * −10%), where the check (shared with the address and the CLI, which write
 * ratios) asks for "a ratio such as -0.10".
 */
function inPercent(issue: PolicyIssue): PolicyIssue {
  const reason = issue.params.reason;
  if (reason.code !== 'policy.not_a_number') return issue;
  return policyIssue(issue.params.path, message('policy.not_a_percent', { ...reason.params, example: issue.params.path === 'expenditure' ? '10' : '-10' }));
}
