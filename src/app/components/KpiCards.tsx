// The five numbers an official reads first. Each card carries the exact
// value in data-value (tests and copy-paste), the rounded one as text.
import type { ReactNode } from 'react';
import { balanceRateText, cardsMoneyUnits, formatRate, type MoneyUnit } from '../../domain/moneyUnit';
import { fixed, formatCount, moneyString, rateString, type Decimal } from '../../domain/money';
import { monthsPayableNote, monthsPayableText } from '../../domain/monthsPayableText';
import type { Policy } from '../../domain/policy/types';
import { SEVERITY_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import { SEVERITIES, type CoverageRow, type FundStatus, type Severity } from '../../domain/types';
import { percentShortText } from '../../charts/format';
import { coverageTarget } from '../../domain/policy/policy';
import type { BandedRuleId } from '../../domain/policy/rules';
import { severityOf } from '../../domain/policy/severity';
import { useLang } from '../i18n/LangProvider';
import { Money } from './Money';
import { ZhRuns } from './ZhText';

const TEXT = texts(
  {
    normal: '正常',
    warning: (severity: string) => `${severity}预警`,
    noData: '无数据',
    coverage: '救助对象参保率',
    target: (target: string) => `目标 ≥ ${target}`,
    enrolled: (enrolled: string, recipients: string) => `已参保 ${enrolled} / ${recipients} 人`,
    currentBalance: '当期结余（年初至今）',
    income: '收入',
    expenditure: '支出',
    balanceRate: (rate: string) => `当期结余率 ${rate}`,
    accumulated: '累计结余',
    noOpening: '无期初结余',
    opening: '年初结余',
    monthsPayable: '累计结余可支付月数',
    cannotCompute: '无法计算',
    months: '个月',
    window: (n: number) => `按近 ${n} 个季度月均支出`,
    alerts: '风险预警',
    alertsUnit: (_n: number) => '条',
    kpis: (fund: string) => `关键指标 · ${fund}`,
  },
  {
    normal: 'Normal',
    warning: (severity: string) => `${severity} alert`,
    noData: 'No data',
    coverage: 'Recipient enrollment rate',
    target: (target: string) => `Target ≥ ${target}`,
    enrolled: (enrolled: string, recipients: string) => `${enrolled} of ${recipients} enrolled`,
    currentBalance: 'Current balance (year to date)',
    income: 'Income',
    expenditure: 'Expenditure',
    balanceRate: (rate: string) => `Current balance rate ${rate}`,
    accumulated: 'Accumulated balance',
    noOpening: 'No opening balance',
    opening: 'Opening balance',
    monthsPayable: 'Months payable from balance',
    cannotCompute: 'Cannot compute',
    months: 'months',
    window: (n: number) => `At the monthly spending of the last ${n} quarters`,
    alerts: 'Risk alerts',
    alertsUnit: (n: number) => (n === 1 ? 'alert' : 'alerts'),
    kpis: (fund: string) => `Key indicators · ${fund}`,
  },
);

interface KpiCardsProps {
  coverage: CoverageRow | undefined;
  status: FundStatus | undefined;
  policy: Policy;
  alertCounts: Record<Severity, number>;
  alertScope: string;
  fundLabel: string;
}

function BandNote({ severity, lang }: { severity: Severity | null; lang: Lang }) {
  const t = TEXT[lang];
  return (
    <span className={`band-note band-${severity ?? 'normal'}`}>
      {severity === null ? t.normal : t.warning(SEVERITY_LABEL[severity][lang])}
    </span>
  );
}

interface CardProps {
  policy: Policy;
  lang: Lang;
}

/** A KPI card: coloured by its band, its exact figure in `data-value` (empty without one), its title, then what it shows. */
function Kpi({ band, testId, value, title, children }: { band: Severity | null; testId: string; value: string | null; title: string; children: ReactNode }) {
  return (
    <section className={`kpi kpi-${band ?? 'normal'}`} data-testid={testId} data-severity={band ?? undefined} data-value={value ?? ''}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/**
 * A money KPI: the amount in the card's `unit`, or `missing` without one,
 * coloured by the band of `rule` it falls in. A card reads in one unit (its
 * figure and the figures under it add up), chosen by moneyCardUnits.
 */
function MoneyKpi({ rule, policy, testId, value, unit, title, missing, children }: { rule: BandedRuleId; policy: Policy; testId: string; value: Decimal | null; unit: MoneyUnit; title: string; missing: string; children: ReactNode }) {
  return (
    <Kpi band={severityOf(rule, value, policy)} testId={testId} value={value === null ? null : moneyString(value)} title={title}>
      <p className="kpi-value">
        <Money value={value} missing={missing} unit={unit} named />
      </p>
      {children}
    </Kpi>
  );
}

/** A KPI of a banded rule: its figure, then a note and the band the value falls in (none without a value). */
function BandedKpi(props: { rule: BandedRuleId; policy: Policy; lang: Lang; value: Decimal | null; exact: string | null; testId: string; title: string; figure: ReactNode; note: ReactNode; children?: ReactNode }) {
  const severity = severityOf(props.rule, props.value, props.policy);
  return (
    <Kpi band={severity} testId={props.testId} value={props.exact} title={props.title}>
      <p className="kpi-value">{props.figure}</p>
      <p className="kpi-note">
        {props.note}
        {props.value !== null && <BandNote severity={severity} lang={props.lang} />}
      </p>
      {props.children}
    </Kpi>
  );
}

function CoverageCard({ coverage, policy, lang }: CardProps & { coverage: CoverageRow | undefined }) {
  const t = TEXT[lang];
  const rate = coverage?.rate ?? null;
  const target = coverageTarget(policy);
  return (
    <BandedKpi
      rule="coverage"
      policy={policy}
      lang={lang}
      value={rate}
      exact={rate === null ? null : rateString(rate)}
      testId="kpi-coverage"
      title={t.coverage}
      // Rows with 0 recipients (every county 0/0) are data whose rate cannot be computed, not missing data.
      figure={rate !== null ? formatRate(rate, 2, [target]) : coverage ? t.cannotCompute : t.noData}
      note={t.target(percentShortText(target))}
    >
      {coverage && <p className="kpi-sub">{t.enrolled(formatCount(coverage.enrolled), formatCount(coverage.recipients))}</p>}
    </BandedKpi>
  );
}

/**
 * The units of the two money cards, one card's figures adding up (balance = income − expenditure, accumulated =
 * opening + this year's): each its headline's, as the alert about it reads, then the smaller for both where every
 * figure keeps seven integer digits (domain cardsMoneyUnits): 882.17 million beside 10,921.88 million yuan, not 10.92 billion.
 */
function moneyCardUnits(status: FundStatus | undefined, lang: Lang): { current: MoneyUnit; accumulated: MoneyUnit } {
  const [current, accumulated] = cardsMoneyUnits(
    [
      { headline: status?.ytdCurrentBalance, beside: [status?.ytdIncome, status?.ytdExpenditure] },
      { headline: status?.accumulatedBalance, beside: [status?.openingBalance] },
    ],
    lang,
  );
  return { current: current!, accumulated: accumulated! };
}

function CurrentBalanceCard({ status, policy, lang, unit }: CardProps & { status: FundStatus | undefined; unit: MoneyUnit }) {
  const t = TEXT[lang];
  return (
    <MoneyKpi rule="current_deficit" policy={policy} testId="kpi-current-balance" value={status?.ytdCurrentBalance ?? null} unit={unit} title={t.currentBalance} missing={t.noData}>
      {status && (
        <p className="kpi-sub">
          {/* Each figure with its label, one flex item each; the dot ends the first, so a narrow card starts its second line with 支出. */}
          <span className="kpi-pair">
            {t.income} <Money value={status.ytdIncome} unit={unit} named />
            {'\u00a0·'}
          </span>{' '}
          <span className="kpi-pair">
            {t.expenditure} <Money value={status.ytdExpenditure} unit={unit} named />
          </span>
        </p>
      )}
      {status?.balanceRate && <p className="kpi-note">{t.balanceRate(balanceRateText(status.balanceRate))}</p>}
    </MoneyKpi>
  );
}

function AccumulatedCard({ status, policy, lang, unit }: CardProps & { status: FundStatus | undefined; unit: MoneyUnit }) {
  const t = TEXT[lang];
  return (
    <MoneyKpi rule="accumulated_negative" policy={policy} testId="kpi-accumulated" value={status?.accumulatedBalance ?? null} unit={unit} title={t.accumulated} missing={t.noOpening}>
      {status?.openingBalance && (
        <p className="kpi-sub">
          {t.opening} <Money value={status.openingBalance} unit={unit} named />
        </p>
      )}
    </MoneyKpi>
  );
}

function MonthsPayableCard({ status, policy, lang }: CardProps & { status: FundStatus | undefined }) {
  const t = TEXT[lang];
  const value = status?.monthsPayable ?? null;
  const figure = value === null ? null : fixed(value, 2);
  // Below zero the balance is overdrawn: the card says so, the computed figure small beside it.
  const overdrawn = value === null ? null : monthsPayableNote(value, lang);
  return (
    <BandedKpi
      rule="months_payable"
      policy={policy}
      lang={lang}
      value={value}
      exact={figure}
      testId="kpi-months-payable"
      title={t.monthsPayable}
      figure={
        value === null || figure === null ? (
          t.cannotCompute
        ) : overdrawn !== null ? (
          <span title={overdrawn} data-testid="kpi-months-payable-figure">
            {monthsPayableText(value, lang)}
            {/* A real space for the screen reader (8.51 months, not 8.51months), as wide as the margin it replaces. */}
            <span className="kpi-space"> </span>
            <span className="kpi-unit kpi-figure-note">{overdrawn}</span>
          </span>
        ) : (
          <>
            {figure}
            <span className="kpi-space"> </span>
            <span className="kpi-unit">{t.months}</span>
          </>
        )
      }
      note={t.window(policy.months_payable_window_quarters)}
    />
  );
}

function AlertsCard({ counts, scope, lang }: { counts: Record<Severity, number>; scope: string; lang: Lang }) {
  const t = TEXT[lang];
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  const worst = SEVERITIES.find((s) => counts[s] > 0) ?? null;
  return (
    <Kpi band={worst} testId="kpi-alerts" value={String(total)} title={t.alerts}>
      <p className="kpi-value">
        {total}
        <span className="kpi-space"> </span>
        <span className="kpi-unit">{t.alertsUnit(total)}</span>
      </p>
      <p className="kpi-counts">
        {SEVERITIES.map((s) => (
          <span key={s} className={`count count-${s}`} data-severity={s} data-count={counts[s]}>
            {SEVERITY_LABEL[s][lang]} {counts[s]}
          </span>
        ))}
      </p>
      <p className="kpi-sub">
        <ZhRuns text={scope} />
      </p>
    </Kpi>
  );
}

export function KpiCards({ coverage, status, policy, alertCounts, alertScope, fundLabel }: KpiCardsProps) {
  const lang = useLang();
  const units = moneyCardUnits(status, lang);
  return (
    <div className="kpis" aria-label={TEXT[lang].kpis(fundLabel)}>
      <CoverageCard coverage={coverage} policy={policy} lang={lang} />
      <CurrentBalanceCard status={status} policy={policy} lang={lang} unit={units.current} />
      <AccumulatedCard status={status} policy={policy} lang={lang} unit={units.accumulated} />
      <MonthsPayableCard status={status} policy={policy} lang={lang} />
      <AlertsCard counts={alertCounts} scope={alertScope} lang={lang} />
    </div>
  );
}
