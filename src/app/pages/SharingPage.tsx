// 缺口分担: who covers a city's year-to-date fund gap, step by step, with
// every amount exact to the fen and a check that the parts make the gap.
import { useMemo, useRef } from 'react';
import { FUND_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import { perLevelWords, type LevelWords } from '../../domain/levelWords';
import { formatNumber, moneyString, sum, type Decimal } from '../../domain/money';
import { sharingRuleFor } from '../../domain/policy/policy';
import { quarterLabel } from '../../domain/quarter';
import type { GapSharing } from '../../domain/shareGap';
import { Chart } from '../../charts/Chart';
import { buildGapWaterfallOption, type WaterfallPart } from '../../charts/options/gapWaterfall';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { Section } from '../components/Section';
import { TableSection } from '../components/TableSection';
import { moneyCell } from '../view/moneyCell';
import { inUnit } from '../view/table';
import { sharingSpec } from '../view/tables/sharing';
import { sharingFormulaLines } from '../../report/sharingFormulas';
import { sharingStepLines } from '../../report/sharingSteps';
import { exactYuan, moneyWithUnitShown } from '../../domain/moneyUnit';
import { ChartSaveButtons } from '../components/ChartSaveButtons';
import { BASIS_LABEL } from '../view/policyForm';
import type { RegionTree } from '../view/regionTree';
import { sharingCities, sharingCityFor, sharingPageUnit } from '../view/sharingView';
import { sharingRuleText, sharingStepNames } from '../view/sharingRule';
import type { PageProps } from './pageProps';
import { useLang } from '../i18n/LangProvider';
import { ZhRuns } from '../components/ZhText';

type PartKey = 'balance' | 'county_self' | 'city' | 'county';

interface PartRow {
  key: PartKey;
  step: string;
  regionCode: string;
  amount: Decimal;
}

const TEXT = perLevelWords((w) => texts(
  {
    title: (city: string) => `缺口分担 · ${city}`,
    meta: (period: string, fund: string) => `${period} · 本年累计 · ${fund}`,
    city: w.city,
    gapOption: (gap: string) => `（缺口 ${gap}）`,
    missing: (city: string | undefined, fund: string) =>
      `没有${city ?? `该${w.city}`}${fund}的缺口分担结果（需要 fund_flows、fund_balances 与 obligations 数据）。`,
    chartHeading: '缺口由谁承担',
    chartSubtitle: `缺口 → 累计结余弥补 → ${w.county}自身原因 → ${w.city}本级 → 各${w.county}（单位见纵轴，悬停看精确到分的金额）`,
    chartSubtitleAlone: `缺口 → 累计结余弥补 → 本级应缴未缴 → 本级承担（无下辖${w.county}；单位见纵轴，悬停看精确到分的金额）`,
    saveTitle: (city: string) => `${city}缺口分担`,
    gapLine: '本年累计缺口',
    bracket: (exact: string) => `（${exact}）`,
    chartLabel: (city: string, gap: string, balance: string, cityShare: string) =>
      `${city}缺口分担瀑布图：缺口 ${gap}，累计结余弥补 ${balance}，${w.city}本级分担 ${cityShare}`,
    noGap: '年初至今收支平衡或有结余，无缺口。',
    tableHeading: '分担明细',
    tableSubtitle: '金额精确到分；各部分合计等于缺口',
    file: (city: string, quarter: string) => `缺口分担_${city}_${quarter}`,
    checkRow: '合计 = 缺口',
    checkOk: '✓ 各部分相加恰好等于缺口',
    checkBad: '✗ 合计与缺口不符',
    stepsHeading: '计算步骤',
    stepsSubtitle: '每步的规则与金额（悬停看精确到分的公式）',
    partBalance: '累计结余弥补',
    partSelf: `${w.county}自身原因`,
    partCity: `${w.city}本级`,
  },
  {
    title: (city: string) => `Gap sharing · ${city}`,
    meta: (period: string, fund: string) => `${period} · year to date · ${fund}`,
    city: 'City',
    gapOption: (gap: string) => ` (gap ${gap})`,
    missing: (city: string | undefined, fund: string) =>
      `No gap sharing result for ${city ?? 'this city'}, ${fund} (needs fund_flows, fund_balances and obligations data).`,
    chartHeading: 'Who covers the gap',
    chartSubtitle:
      'Gap → accumulated balance → self-caused county gaps → city → each county (unit on the axis; hover for the amount to the fen)',
    chartSubtitleAlone: 'Gap → accumulated balance → its own shortfall → borne by itself (no counties; unit on the axis; hover for the amount to the fen)',
    saveTitle: (city: string) => `${city} gap sharing`,
    gapLine: 'Gap, year to date',
    bracket: (exact: string) => ` (${exact})`,
    chartLabel: (city: string, gap: string, balance: string, cityShare: string) =>
      `${city} gap sharing waterfall: gap ${gap}, covered by the accumulated balance ${balance}, city share ${cityShare}`,
    noGap: 'Income covered expenditure so far this year: no gap.',
    tableHeading: 'Shares',
    tableSubtitle: 'Amounts exact to the fen; the parts add up to the gap',
    file: (city: string, quarter: string) => `gap-sharing_${city}_${quarter}`,
    checkRow: 'Total = gap',
    checkOk: '✓ The parts add up exactly to the gap',
    checkBad: '✗ The total differs from the gap',
    stepsHeading: 'Calculation steps',
    stepsSubtitle: 'Each step\'s rule and amounts (hover for the formula to the fen)',
    partBalance: 'Accumulated balance',
    partSelf: 'Self-caused',
    partCity: 'City',
  },
));

function partRows(s: GapSharing, lang: Lang, words: LevelWords): PartRow[] {
  const STEP = sharingStepNames(words, lang, s.figures.hasCounties);
  return [
    { key: 'balance', step: STEP.balance, regionCode: s.cityCode, amount: s.coveredByBalance },
    ...s.countySelf
      .filter((r) => !r.amount.isZero())
      .map((r) => ({ key: 'county_self' as const, step: STEP.county_self, regionCode: r.regionCode, amount: r.amount })),
    { key: 'city', step: STEP.city, regionCode: s.cityCode, amount: s.cityShare },
    ...s.countyShares.map((r) => ({ key: 'county' as const, step: STEP.county, regionCode: r.regionCode, amount: r.amount })),
  ];
}

/** A region in a formula: its name, with the code kept for the record (in brackets of the formula's language). */
function namedCode(code: string, tree: RegionTree, lang: Lang): string {
  const region = tree.byCode.get(code);
  if (!region) return code;
  return lang === 'en' ? `${region.name} (${code})` : `${region.name}（${code}）`;
}

function waterfallParts(s: GapSharing, tree: RegionTree, lang: Lang, words: LevelWords): WaterfallPart[] {
  const t = TEXT(words)[lang];
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const selfTotal = sum(s.countySelf.map((r) => r.amount));
  return [
    { key: 'balance', label: t.partBalance, amount: s.coveredByBalance },
    {
      key: 'county_self',
      label: s.figures.hasCounties ? t.partSelf : sharingStepNames(words, lang, false).county_self,
      amount: selfTotal,
      detail: s.countySelf.filter((r) => !r.amount.isZero()).map((r) => `${name(r.regionCode)} ${exactYuan(r.amount, lang)}`),
    },
    { key: 'city', label: s.figures.hasCounties ? t.partCity : sharingStepNames(words, lang, false).city, amount: s.cityShare },
    ...s.countyShares.map((r) => ({ key: 'county' as const, label: name(r.regionCode), amount: r.amount })),
  ];
}

export function SharingPage({ analysis, tree, view, policy, words, updating, navigate }: PageProps) {
  const lang = useLang();
  const t = TEXT(words)[lang];
  const fundLabel = FUND_LABEL[view.fund][lang];
  const fund = view.fund;
  const chartCardRef = useRef<HTMLElement>(null);
  const offered = useMemo(() => sharingCities(analysis, tree, fund), [analysis, tree, fund]);
  const unit = useMemo(() => sharingPageUnit(offered, lang), [offered, lang]);
  const money = (d: Decimal): string => moneyWithUnitShown(d, unit);
  const cityCode = sharingCityFor(tree, view.regionCode, offered);
  const city = cityCode === null ? undefined : tree.byCode.get(cityCode);
  const sharing = (analysis.sharing ?? []).find((s) => s.cityCode === cityCode && s.fund === fund);
  const rule = cityCode === null ? policy.sharing.default : sharingRuleFor(policy, cityCode);
  const ownRule = cityCode !== null && policy.sharing.cities[cityCode] !== undefined;
  const option = useMemo(
    () =>
      sharing && sharing.gap.gt(0)
        ? buildGapWaterfallOption({ gap: sharing.gap, parts: waterfallParts(sharing, tree, lang, words), unit }, lang)
        : null,
    [sharing, tree, lang, words, unit],
  );
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  // A pool without counties (东莞市, a unit the province runs) bears the rest alone: its rule says so.
  const hasCounties = sharing?.figures.hasCounties ?? (cityCode === null || tree.childrenOf(cityCode).length > 0);
  const steps = sharingStepNames(words, lang, hasCounties);
  const ruleText = sharingRuleText(rule, BASIS_LABEL[rule.county_basis]?.[lang] ?? rule.county_basis, ownRule, hasCounties, words, lang);
  const formulas = sharing ? sharingFormulaLines(sharing, (code) => namedCode(code, tree, lang), lang, words) : [];
  const parts = sharing ? partRows(sharing, lang, words) : [];
  const partsTotal = sum(parts.map((p) => p.amount));
  const spec = inUnit(sharingSpec(sharing ? [{ key: 'gap', step: steps.gap, regionCode: sharing.cityCode, amount: sharing.gap }, ...parts] : [], name, lang), unit);

  return (
    <main className="dashboard page" data-testid="page-sharing" data-city={cityCode ?? ''} data-fund={fund} aria-busy={updating}>
      <PageTitle
        title={t.title(city?.name ?? '—')}
        meta={t.meta(quarterLabel(analysis.quarter, lang), fundLabel)}
        updating={updating}
      />
      <div className="toolbar card">
        <SelectField
          label={t.city}
          testId="sharing-city"
          value={cityCode ?? ''}
          options={offered.map((c) => ({
            value: c.region.code,
            label: `${c.region.name}${c.sharing && c.sharing.gap.gt(0) ? t.gapOption(money(c.sharing.gap)) : ''}`,
          }))}
          onChange={(code) => navigate({ ...view, regionCode: code })}
        />
        <p className="rule" data-testid="sharing-rule">
          {ruleText.before}
          {ruleText.ratio !== null && <b>{ruleText.ratio}</b>}
          {ruleText.after}
        </p>
      </div>

      {!sharing ? (
        <div className="card empty" data-testid="sharing-missing">
          {t.missing(city?.name, fundLabel)}
        </div>
      ) : (
        <div className="grid">
          <Section
            ref={chartCardRef}
            headingId="sharing-chart-heading"
            className="span-12"
            title={t.chartHeading}
            subtitle={hasCounties ? t.chartSubtitle : t.chartSubtitleAlone}
            actions={option && <ChartSaveButtons holder={chartCardRef} title={t.saveTitle(city?.name ?? '')} tag={`${cityCode ?? ''}-${fund}-${analysis.quarter}`} option={option} />}
          >
            <p className="sharing-gap-line">
              {t.gapLine}{' '}
              <b data-testid="sharing-gap" data-value={moneyString(sharing.gap)} title={exactYuan(sharing.gap, lang)}>
                {money(sharing.gap)}
              </b>
              {t.bracket(exactYuan(sharing.gap, lang))}
            </p>
            {option ? (
              <Chart testId="chart-sharing" option={option} height={360} label={t.chartLabel(city?.name ?? '', money(sharing.gap), money(sharing.coveredByBalance), money(sharing.cityShare))} />
            ) : (
              <p className="empty" data-testid="sharing-no-gap">
                {t.noGap}
              </p>
            )}
          </Section>

          <TableSection
            headingId="sharing-table-heading"
            className="span-7"
            title={t.tableHeading}
            subtitle={t.tableSubtitle}
            spec={spec}
            file={t.file(city?.name ?? '', analysis.quarter)}
            table={{
              scroll: 'tall',
              testId: 'sharing-table',
              rowProps: (p) => (p.key === 'gap' ? {} : { 'data-testid': 'sharing-part', 'data-key': p.key, 'data-region': p.regionCode, 'data-value': moneyString(p.amount) }),
              foot: (
                <tr className="row-check" data-testid="sharing-check" data-value={moneyString(partsTotal)} data-ok={String(partsTotal.eq(sharing.gap))}>
                  <th scope="row">{t.checkRow}</th>
                  <td>{partsTotal.eq(sharing.gap) ? t.checkOk : t.checkBad}</td>
                  <td className="num">{formatNumber(partsTotal, 2)}</td>
                  <td className="num">{moneyCell(partsTotal, unit)}</td>
                </tr>
              ),
            }}
          />

          <Section headingId="sharing-steps-heading" className="span-5" title={t.stepsHeading} subtitle={t.stepsSubtitle}>
            <ol className="steps" data-testid="sharing-steps">
              {sharingStepLines(sharing, name, lang, words, unit).map((step, i) => (
                <li key={step.key} data-key={step.key}>
                  <strong>{steps[step.key]}</strong>
                  {/* The formula to the fen (regions named, codes kept) stays on hover for whoever checks the arithmetic. */}
                  <p title={formulas[i]?.text}>
                    <ZhRuns text={step.text} />
                  </p>
                </li>
              ))}
            </ol>
          </Section>
        </div>
      )}
    </main>
  );
}
