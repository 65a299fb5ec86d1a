// The five numbers an official reads first. Each card carries the exact
// value in data-value (tests and copy-paste), the rounded one as text.
import { decimal, fixed, formatCount, formatPercent, moneyString, rateString } from '../../domain/money';
import type { Policy } from '../../domain/policyTypes';
import { SEVERITY_LABEL } from '../../domain/labels';
import { SEVERITIES, type CoverageRow, type FundStatus, type Severity } from '../../domain/types';
import { percentShortText } from '../../charts/format';
import { severityOf } from '../../charts/severity';
import { Money } from './Money';

interface KpiCardsProps {
  coverage: CoverageRow | undefined;
  status: FundStatus | undefined;
  policy: Policy;
  alertCounts: Record<Severity, number>;
  alertScope: string;
  fundLabel: string;
}

function BandNote({ severity }: { severity: Severity | null }) {
  return (
    <span className={`band-note band-${severity ?? 'normal'}`}>
      {severity === null ? '正常' : `${SEVERITY_LABEL[severity].zh}预警`}
    </span>
  );
}

function CoverageCard({ coverage, policy }: { coverage: CoverageRow | undefined; policy: Policy }) {
  const rate = coverage?.rate ?? null;
  const severity = rate === null ? null : severityOf(rate, policy.thresholds.coverage);
  return (
    <section
      className={`kpi kpi-${severity ?? 'normal'}`}
      data-testid="kpi-coverage"
      data-value={rate === null ? '' : rateString(rate)}
    >
      <h3>救助对象参保率</h3>
      <p className="kpi-value">{rate === null ? '无数据' : formatPercent(rate, 2)}</p>
      <p className="kpi-note">
        目标 ≥ {percentShortText(decimal(policy.coverage_target))}
        {rate !== null && <BandNote severity={severity} />}
      </p>
      {coverage && (
        <p className="kpi-sub">
          已参保 {formatCount(coverage.enrolled)} / {formatCount(coverage.recipients)} 人
        </p>
      )}
    </section>
  );
}

function CurrentBalanceCard({ status, policy }: { status: FundStatus | undefined; policy: Policy }) {
  const value = status?.ytdCurrentBalance ?? null;
  const severity = value === null ? null : severityOf(value, policy.thresholds.current_deficit);
  return (
    <section className={`kpi kpi-${severity ?? 'normal'}`} data-testid="kpi-current-balance" data-value={value === null ? '' : moneyString(value)}>
      <h3>当期结余（年初至今）</h3>
      <p className="kpi-value">
        <Money value={value} missing="无数据" />
      </p>
      {status && (
        <p className="kpi-sub">
          收入 <Money value={status.ytdIncome} /> · 支出 <Money value={status.ytdExpenditure} />
        </p>
      )}
      {status?.balanceRate && <p className="kpi-note">当期结余率 {formatPercent(status.balanceRate, 2)}</p>}
    </section>
  );
}

function AccumulatedCard({ status, policy }: { status: FundStatus | undefined; policy: Policy }) {
  const value = status?.accumulatedBalance ?? null;
  const severity = value === null ? null : severityOf(value, policy.thresholds.accumulated_negative);
  return (
    <section className={`kpi kpi-${severity ?? 'normal'}`} data-testid="kpi-accumulated" data-value={value === null ? '' : moneyString(value)}>
      <h3>累计结余</h3>
      <p className="kpi-value">
        <Money value={value} missing="无期初结余" />
      </p>
      {status?.openingBalance && (
        <p className="kpi-sub">
          年初结余 <Money value={status.openingBalance} />
        </p>
      )}
    </section>
  );
}

function MonthsPayableCard({ status, policy }: { status: FundStatus | undefined; policy: Policy }) {
  const value = status?.monthsPayable ?? null;
  const severity = value === null ? null : severityOf(value, policy.thresholds.months_payable);
  return (
    <section className={`kpi kpi-${severity ?? 'normal'}`} data-testid="kpi-months-payable" data-value={value === null ? '' : fixed(value, 2)}>
      <h3>累计结余可支付月数</h3>
      <p className="kpi-value">
        {value === null ? '无法计算' : fixed(value, 2)}
        {value !== null && <span className="kpi-unit">个月</span>}
      </p>
      <p className="kpi-note">
        按近 {policy.months_payable_window_quarters} 个季度月均支出
        {value !== null && <BandNote severity={severity} />}
      </p>
    </section>
  );
}

function AlertsCard({ counts, scope }: { counts: Record<Severity, number>; scope: string }) {
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  const worst = SEVERITIES.find((s) => counts[s] > 0) ?? null;
  return (
    <section className={`kpi kpi-${worst ?? 'normal'}`} data-testid="kpi-alerts" data-value={String(total)}>
      <h3>风险预警</h3>
      <p className="kpi-value">
        {total}
        <span className="kpi-unit">条</span>
      </p>
      <p className="kpi-counts">
        {SEVERITIES.map((s) => (
          <span key={s} className={`count count-${s}`} data-severity={s} data-count={counts[s]}>
            {SEVERITY_LABEL[s].zh} {counts[s]}
          </span>
        ))}
      </p>
      <p className="kpi-sub">{scope}</p>
    </section>
  );
}

export function KpiCards({ coverage, status, policy, alertCounts, alertScope, fundLabel }: KpiCardsProps) {
  return (
    <div className="kpis" aria-label={`关键指标 · ${fundLabel}`}>
      <CoverageCard coverage={coverage} policy={policy} />
      <CurrentBalanceCard status={status} policy={policy} />
      <AccumulatedCard status={status} policy={policy} />
      <MonthsPayableCard status={status} policy={policy} />
      <AlertsCard counts={alertCounts} scope={alertScope} />
    </div>
  );
}
