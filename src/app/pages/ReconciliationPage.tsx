// 对账 (资金到账核对): superior money received by documents against the income
// booked with that source level, per city pool, fund and origin level, year
// to date of the selected quarter; cities ranked by |difference|, and the
// documents behind the selected row.
import { useMemo, useState } from 'react';
import { reconciliationBounds } from '../../domain/alerts/reconciliation';
import { FUND_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { perLevelWords } from '../../domain/levelWords';
import { moneyString } from '../../domain/money';
import { quarterLabel } from '../../domain/quarter';
import type { ReconciliationRow } from '../../domain/reconciliationTypes';
import { ExportButtons } from '../components/ExportButtons';
import { PageTitle } from '../components/PageTitle';
import { SeverityChip } from '../components/SeverityChip';
import { useLang } from '../i18n/LangProvider';
import { DataTable } from '../components/DataTable';
import { Section } from '../components/Section';
import { TableSection } from '../components/TableSection';
import { exportOnClick } from '../view/table';
import { notJudgedSpec, originLabel, reconciliationDocumentsSpec, reconciliationSpec } from '../view/tables/reconciliation';
import { exactYuan, moneyWithUnit, tableMoneyUnit } from '../../domain/moneyUnit';
import { reconciliationKey, reconciliationView } from '../view/reconciliationView';
import type { PageProps } from './pageProps';
import { ZhText } from '../components/ZhText';

const TEXT = perLevelWords((w) => texts(
  {
    title: '对账 · 上级资金到账核对',
    // A municipality's grouped pools are called 统筹区 already (levelWords): not 各统筹区统筹区.
    meta: (period: string, year: number) => `${period} · ${year} 年度本年累计 · 各${w.city}${w.city === '统筹区' ? '' : '统筹区'}（本级 + 所属${w.county}）`,
    rule:
      `到账 = 截至季末已到账的上级资金下达文件（中央、${w.province}；来源级次按来源文号追溯到最初下达的文件，${w.city}转下达所属${w.county}不重复计入）；` +
      '入账 = 基金收支表中该来源级次的收入（本年各季度至所选季度）；差额 = 入账 − 到账；状态按差额绝对值占到账的比例分级（政策参数）。',
    summaryNone: `所有载入了下达文件的${w.city}、基金和来源级次入账与到账一致。`,
    summary: (n: number) => `${n} 处入账与到账不一致：`,
    noTransfers: '未载入上级资金下达文件（需要 transfers.csv），无法对账。',
    rankHeading: `各${w.city}对账（按差额绝对值排序）`,
    rankSubtitle: '点击一行查看文件明细；悬停看精确到分的金额',
    file: (quarter: string) => `对账_${quarter}`,
    docsFile: (city: string, quarter: string) => `对账文件_${city}_${quarter}`,
    withoutHeading: '未载入文件',
    withoutSubtitle: '有入账但统筹区没有该来源级次的下达文件：只显示，不预警',
    withoutBookingsHeading: '未载入收支',
    withoutBookingsSubtitle: '有到账文件但未载入统筹区该基金的收支（fund_flows）：入账不明，只显示，不预警',
    detailHeading: (city: string, fund: string, level: string) => `${city} · ${fund} · ${level}资金：文件明细`,
    detailSums: (received: string, booked: string, difference: string) => `到账 ${received}，入账 ${booked}，差额 ${difference}`,
    noDocs: '截至季末没有到账文件。',
    select: '选择',
  },
  {
    title: 'Reconciliation of higher-level funds',
    meta: (period: string, year: number) => `${period} · ${year}, year to date · each city pool (city account + its counties)`,
    rule:
      'Received = documents of higher-level funds (central, province) received by the quarter end; the origin level follows the source document chain to the first document, and a city\'s pass-down to its own county is not counted again. ' +
      'Booked = income with that source level in fund_flows (the year\'s quarters up to the selected one); difference = booked − received; the status is judged on |difference| / received (policy bands).',
    summaryNone: 'Every city, fund and origin level with documents has booked what it received.',
    summary: (n: number) => `${n} ${n === 1 ? 'difference' : 'differences'} between booked and received:`,
    noTransfers: 'No documents of higher-level funds loaded (needs transfers.csv): nothing to reconcile.',
    rankHeading: 'Cities by absolute difference',
    rankSubtitle: 'Click a row for its documents; hover for amounts to the fen',
    file: (quarter: string) => `reconciliation_${quarter}`,
    docsFile: (city: string, quarter: string) => `reconciliation-documents_${city}_${quarter}`,
    withoutHeading: 'No documents loaded',
    withoutSubtitle: 'Money booked with an origin level for which the pool has no document: shown, not alerted',
    withoutBookingsHeading: 'No fund flows loaded',
    withoutBookingsSubtitle: 'Documents received where no fund flows of the pool and fund are loaded (fund_flows): what was booked is unknown; shown, not alerted',
    detailHeading: (city: string, fund: string, level: string) => `${city} · ${fund} · ${level} money: documents`,
    detailSums: (received: string, booked: string, difference: string) => `Received ${received}, booked ${booked}, difference ${difference}`,
    noDocs: 'No document received by the quarter end.',
    select: 'Select',
  },
));

export function ReconciliationPage({ analysis, tree, policy, words, updating }: PageProps) {
  const lang = useLang();
  const t = TEXT(words)[lang];
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const view = useMemo(() => reconciliationView(analysis.reconciliation ?? [], policy), [analysis.reconciliation, policy]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected: ReconciliationRow | undefined =
    view.ranked.find((r) => reconciliationKey(r.row) === selectedKey)?.row ?? view.differing[0]?.row ?? view.ranked[0]?.row;
  const year = Number(analysis.quarter.slice(0, 4));
  const rankSpec = reconciliationSpec(view.ranked, name, lang, words, reconciliationBounds(policy));
  const detailSpec = selected ? reconciliationDocumentsSpec(selected, name, lang, words) : null;

  return (
    <main className="dashboard page" data-testid="page-reconciliation" aria-busy={updating}>
      <PageTitle title={t.title} meta={t.meta(quarterLabel(analysis.quarter, lang), year)} updating={updating} />
      <div className="toolbar card">
        <p className="rule" data-testid="reconciliation-rule">
          {t.rule}
        </p>
      </div>

      {view.ranked.length === 0 ? (
        <div className="card empty" data-testid="reconciliation-missing">
          {t.noTransfers}
        </div>
      ) : (
        <div className="grid">
          <section className="card span-12" aria-labelledby="reconciliation-summary-heading">
            <header className="card-header">
              <h2 id="reconciliation-summary-heading" data-testid="reconciliation-summary">
                {view.differing.length === 0 ? t.summaryNone : t.summary(view.differing.length)}
              </h2>
            </header>
            {view.differing.length > 0 && (
              <ul className="recon-differing" data-testid="reconciliation-differing">
                {view.differing.map(({ row, severity }) => (
                  <li key={reconciliationKey(row)} data-testid="reconciliation-case" data-key={reconciliationKey(row)} data-difference={moneyString(row.difference)}>
                    <SeverityChip severity={severity} /> <ZhText text={name(row.cityCode)} /> · {FUND_LABEL[row.fund][lang]} · {originLabel(row.level, lang, words)}
                    {lang === 'en' ? ': ' : '：'}
                    {/* The differences in one unit, as the table's column reads them (one difference read -8,907,631.73元 here, -890.76 there); the exact yuan on hover. */}
                    <span title={exactYuan(row.difference, lang)}>{moneyWithUnit(row.difference, tableMoneyUnit(view.differing.map((d) => d.row.difference), [], lang))}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <TableSection
            headingId="reconciliation-rank-heading"
            className="span-12"
            title={t.rankHeading}
            subtitle={t.rankSubtitle}
            spec={rankSpec}
            file={t.file(analysis.quarter)}
            exportTestId="reconciliation-export"
            table={{
              scroll: 'tall',
              testId: 'reconciliation-table',
              select: { key: 'city', onSelect: ({ row }) => setSelectedKey(reconciliationKey(row)), label: ({ row }) => `${t.select} ${name(row.cityCode)} · ${FUND_LABEL[row.fund][lang]} · ${originLabel(row.level, lang, words)}` },
              rowProps: ({ row, severity }) => {
                const key = reconciliationKey(row);
                const isSelected = selected !== undefined && reconciliationKey(selected) === key;
                return {
                  'data-testid': 'reconciliation-row',
                  'data-key': key,
                  'data-severity': severity ?? 'normal',
                  'aria-selected': isSelected,
                  className: isSelected ? 'selected' : undefined,
                };
              },
            }}
          />

          {selected && detailSpec && (
            <Section
              headingId="reconciliation-detail-heading"
              className="span-12"
              testId="reconciliation-detail"
              data={{ 'data-key': reconciliationKey(selected) }}
              title={t.detailHeading(name(selected.cityCode), FUND_LABEL[selected.fund][lang], originLabel(selected.level, lang, words))}
              actions={
                <>
                  {/* One unit for the sentence, from its largest figure; the exact yuan on hover. */}
                  <p
                    className="card-subtitle"
                    data-testid="reconciliation-detail-sums"
                    title={t.detailSums(exactYuan(selected.received, lang), exactYuan(selected.booked, lang), exactYuan(selected.difference, lang))}
                  >
                    {(() => {
                      // As a table's figures: a difference that would read -0.09亿元 beside 3.36亿元 steps the sentence down to 万元.
                      const unit = tableMoneyUnit([selected.received, selected.booked, selected.difference], [], lang);
                      return t.detailSums(moneyWithUnit(selected.received, unit), moneyWithUnit(selected.booked, unit), moneyWithUnit(selected.difference, unit));
                    })()}
                  </p>
                  <ExportButtons filename={t.docsFile(name(selected.cityCode), analysis.quarter)} testId="reconciliation-docs-export" {...exportOnClick(detailSpec, lang)} />
                </>
              }
            >
              {detailSpec.rows.length === 0 ? (
                <p className="empty">{t.noDocs}</p>
              ) : (
                <DataTable
                  spec={detailSpec}
                  scroll
                  testId="reconciliation-documents"
                  rowProps={({ reason }) => ({ 'data-testid': 'reconciliation-document', 'data-counted': String(reason === null) })}
                />
              )}
            </Section>
          )}
        </div>
      )}

      {view.withoutDocuments.length > 0 && (
        <Section headingId="reconciliation-without-heading" testId="reconciliation-without" title={t.withoutHeading} subtitle={t.withoutSubtitle}>
          <DataTable
            spec={notJudgedSpec(view.withoutDocuments, 'documents', name, lang, words)}
            scroll
            rowProps={(row) => ({ 'data-testid': 'reconciliation-without-row', 'data-key': reconciliationKey(row) })}
          />
        </Section>
      )}

      {view.withoutBookings.length > 0 && (
        <Section
          headingId="reconciliation-without-bookings-heading"
          testId="reconciliation-without-bookings"
          title={t.withoutBookingsHeading}
          subtitle={t.withoutBookingsSubtitle}
        >
          <DataTable
            spec={notJudgedSpec(view.withoutBookings, 'bookings', name, lang, words)}
            scroll
            rowProps={(row) => ({ 'data-testid': 'reconciliation-without-bookings-row', 'data-key': reconciliationKey(row) })}
          />
        </Section>
      )}
    </main>
  );
}
