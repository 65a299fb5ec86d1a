// 对账 (资金到账核对): superior money received by documents against the income
// booked with that source level, per city pool, fund and origin level, year
// to date of the selected quarter; cities ranked by |difference|, and the
// documents behind the selected row.
import { useMemo, useState } from 'react';
import { FUND_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { formatYuan, moneyString, type Decimal } from '../../domain/money';
import { quarterLabel } from '../../domain/quarter';
import type { ReconciliationRow } from '../../domain/reconciliationTypes';
import { ExportButtons } from '../components/ExportButtons';
import { PageTitle } from '../components/PageTitle';
import { SeverityChip } from '../components/SeverityChip';
import { useLang } from '../i18n/LangProvider';
import { originLabel, reconciliationDocumentsTable, reconciliationTable } from '../view/exportRows';
import { columnUnit, moneyCell, moneyHead } from '../view/moneyCell';
import { chooseMoneyUnit, exactYuan, moneyWithUnit } from '../../domain/moneyUnit';
import { reconciliationKey, reconciliationView } from '../view/reconciliationView';
import type { PageProps } from './pageProps';

const TEXT = texts(
  {
    title: '对账 · 上级资金到账核对',
    meta: (period: string, year: number) => `${period} · ${year} 年度本年累计 · 各盟市统筹区（本级 + 所属旗县）`,
    rule:
      '到账 = 截至季末已到账的上级资金下达文件（中央、自治区；来源级次按来源文号追溯到最初下达的文件，盟市转下达所属旗县不重复计入）；' +
      '入账 = 基金收支表中该来源级次的收入（本年各季度至所选季度）；差额 = 入账 − 到账。',
    summaryNone: '所有载入了下达文件的盟市、基金和来源级次入账与到账一致。',
    summary: (n: number) => `${n} 处入账与到账不一致：`,
    noTransfers: '未载入上级资金下达文件（需要 transfers.csv），无法对账。',
    rankHeading: '各盟市对账（按差额绝对值排序）',
    rankSubtitle: '点击一行查看文件明细；悬停看精确到分的金额',
    rank: '排名',
    city: '盟市',
    fund: '基金',
    level: '来源级次',
    received: '到账',
    booked: '入账',
    difference: '差额',
    docs: '文件',
    status: '状态',
    reconciled: '一致',
    file: (quarter: string) => `对账_${quarter}`,
    docsFile: (city: string, quarter: string) => `对账文件_${city}_${quarter}`,
    withoutHeading: '未载入文件',
    withoutSubtitle: '有入账但统筹区没有该来源级次的下达文件：只显示，不预警',
    noDocuments: '未载入文件',
    detailHeading: (city: string, fund: string, level: string) => `${city} · ${fund} · ${level}资金：文件明细`,
    detailSums: (received: string, booked: string, difference: string) => `到账 ${received}，入账 ${booked}，差额 ${difference}`,
    transferId: '文号',
    fromLevel: '下达级次',
    to: '接收地区',
    kind: '类型',
    amount: '金额',
    issued: '下达日期',
    receivedDate: '到账日期',
    chain: '来源文号链',
    counted: '计入到账',
    yes: '是',
    notReceived: '否：尚未到账',
    receivedLater: '否：季末后到账',
    noDocs: '截至季末没有到账文件。',
    select: '选择',
  },
  {
    title: 'Reconciliation of superior funds',
    meta: (period: string, year: number) => `${period} · ${year}, year to date · each city pool (city account + its counties)`,
    rule:
      'Received = documents of superior funds (central, province) received by the quarter end; the origin level follows the source document chain to the first document, and a city\'s pass-down to its own county is not counted again. ' +
      'Booked = income with that source level in fund_flows (the year\'s quarters up to the selected one); difference = booked − received.',
    summaryNone: 'Every city, fund and origin level with documents has booked what it received.',
    summary: (n: number) => `${n} ${n === 1 ? 'difference' : 'differences'} between booked and received:`,
    noTransfers: 'No documents of superior funds loaded (needs transfers.csv): nothing to reconcile.',
    rankHeading: 'Cities by absolute difference',
    rankSubtitle: 'Click a row for its documents; hover for amounts to the fen',
    rank: 'Rank',
    city: 'City',
    fund: 'Fund',
    level: 'Origin',
    received: 'Received',
    booked: 'Booked',
    difference: 'Difference',
    docs: 'Documents',
    status: 'Status',
    reconciled: 'Reconciled',
    file: (quarter: string) => `reconciliation_${quarter}`,
    docsFile: (city: string, quarter: string) => `reconciliation-documents_${city}_${quarter}`,
    withoutHeading: 'No documents loaded',
    withoutSubtitle: 'Money booked with an origin level for which the pool has no document: shown, not alerted',
    noDocuments: 'No documents loaded',
    detailHeading: (city: string, fund: string, level: string) => `${city} · ${fund} · ${level} money: documents`,
    detailSums: (received: string, booked: string, difference: string) => `Received ${received}, booked ${booked}, difference ${difference}`,
    transferId: 'Document',
    fromLevel: 'Issued by',
    to: 'To',
    kind: 'Kind',
    amount: 'Amount',
    issued: 'Issued',
    receivedDate: 'Received',
    chain: 'Source chain',
    counted: 'Counted',
    yes: 'Yes',
    notReceived: 'No: not received yet',
    receivedLater: 'No: received after the quarter end',
    noDocs: 'No document received by the quarter end.',
    select: 'Select',
  },
);

function Yuan({ value, unit, testId }: { value: Decimal; unit: ReturnType<typeof columnUnit>; testId?: string }) {
  const lang = useLang();
  return (
    <span title={formatYuan(value, lang)} data-testid={testId} data-value={moneyString(value)}>
      {moneyCell(value, unit)}
    </span>
  );
}

export function ReconciliationPage({ analysis, tree, policy, updating }: PageProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const name = (code: string) => tree.byCode.get(code)?.name ?? code;
  const view = useMemo(() => reconciliationView(analysis.reconciliation ?? [], policy), [analysis.reconciliation, policy]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const selected: ReconciliationRow | undefined =
    view.ranked.find((r) => reconciliationKey(r.row) === selectedKey)?.row ?? view.differing[0]?.row ?? view.ranked[0]?.row;
  const year = Number(analysis.quarter.slice(0, 4));
  const sums = view.ranked.flatMap((r) => [r.row.received, r.row.booked]);
  const sumUnit = columnUnit(sums, lang);
  const diffUnit = columnUnit(
    view.ranked.map((r) => r.row.difference),
    lang,
  );
  const withoutUnit = columnUnit(
    view.withoutDocuments.map((r) => r.booked),
    lang,
  );
  const detail = selected ? reconciliationDocumentsTable(selected, lang) : null;
  const detailDocs = selected ? [...selected.documents.map((d) => ({ d, reason: null })), ...selected.outside.map((d) => ({ d, reason: d.reason }))] : [];
  const docUnit = columnUnit(
    detailDocs.map((x) => x.d.amount),
    lang,
  );

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
                    <SeverityChip severity={severity} /> {name(row.cityCode)} · {FUND_LABEL[row.fund][lang]} · {originLabel(row.level, lang)}
                    {lang === 'en' ? ': ' : '：'}
                    {formatYuan(row.difference, lang)}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card span-12" aria-labelledby="reconciliation-rank-heading">
            <header className="card-header">
              <h2 id="reconciliation-rank-heading">{t.rankHeading}</h2>
              <p className="card-subtitle">{t.rankSubtitle}</p>
              <ExportButtons filename={t.file(analysis.quarter)} testId="reconciliation-export" {...reconciliationTable(view.ranked, name, lang)} />
            </header>
            <div className="table-scroll tall" tabIndex={0}>
              <table data-testid="reconciliation-table">
                <thead>
                  <tr>
                    <th scope="col">{t.rank}</th>
                    <th scope="col">{t.city}</th>
                    <th scope="col">{t.fund}</th>
                    <th scope="col">{t.level}</th>
                    <th scope="col" className="num">
                      {moneyHead(t.received, sumUnit)}
                    </th>
                    <th scope="col" className="num">
                      {moneyHead(t.booked, sumUnit)}
                    </th>
                    <th scope="col" className="num">
                      {moneyHead(t.difference, diffUnit)}
                    </th>
                    <th scope="col" className="num">
                      {t.docs}
                    </th>
                    <th scope="col">{t.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.ranked.map(({ row, severity }, i) => {
                    const key = reconciliationKey(row);
                    const isSelected = selected !== undefined && reconciliationKey(selected) === key;
                    return (
                      <tr
                        key={key}
                        data-testid="reconciliation-row"
                        data-key={key}
                        data-severity={severity ?? 'normal'}
                        aria-selected={isSelected}
                        className={isSelected ? 'selected' : undefined}
                      >
                        <td className="num">{i + 1}</td>
                        <td>
                          <button type="button" className="link" onClick={() => setSelectedKey(key)} aria-label={`${t.select} ${name(row.cityCode)}`}>
                            {name(row.cityCode)}
                          </button>
                        </td>
                        <td>{FUND_LABEL[row.fund][lang]}</td>
                        <td>{originLabel(row.level, lang)}</td>
                        <td className="num">
                          <Yuan value={row.received} unit={sumUnit} />
                        </td>
                        <td className="num">
                          <Yuan value={row.booked} unit={sumUnit} />
                        </td>
                        <td className="num">
                          <Yuan value={row.difference} unit={diffUnit} testId="reconciliation-difference" />
                        </td>
                        <td className="num">{row.documents.length}</td>
                        <td>
                          <SeverityChip severity={severity} normal={t.reconciled} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>

          {selected && detail && (
            <section className="card span-12" aria-labelledby="reconciliation-detail-heading" data-testid="reconciliation-detail" data-key={reconciliationKey(selected)}>
              <header className="card-header">
                <h2 id="reconciliation-detail-heading">
                  {t.detailHeading(name(selected.cityCode), FUND_LABEL[selected.fund][lang], originLabel(selected.level, lang))}
                </h2>
                {/* One unit for the sentence, from its largest figure; the exact yuan on hover. */}
                <p
                  className="card-subtitle"
                  data-testid="reconciliation-detail-sums"
                  title={t.detailSums(exactYuan(selected.received, lang), exactYuan(selected.booked, lang), exactYuan(selected.difference, lang))}
                >
                  {(() => {
                    const unit = chooseMoneyUnit([selected.received, selected.booked, selected.difference], lang);
                    return t.detailSums(moneyWithUnit(selected.received, unit), moneyWithUnit(selected.booked, unit), moneyWithUnit(selected.difference, unit));
                  })()}
                </p>
                <ExportButtons filename={t.docsFile(name(selected.cityCode), analysis.quarter)} testId="reconciliation-docs-export" {...detail} />
              </header>
              {detailDocs.length === 0 ? (
                <p className="empty">{t.noDocs}</p>
              ) : (
                <div className="table-scroll" tabIndex={0}>
                  <table data-testid="reconciliation-documents">
                    <thead>
                      <tr>
                        <th scope="col">{t.transferId}</th>
                        <th scope="col">{t.fromLevel}</th>
                        <th scope="col">{t.to}</th>
                        <th scope="col">{t.kind}</th>
                        <th scope="col" className="num">
                          {moneyHead(t.amount, docUnit)}
                        </th>
                        <th scope="col">{t.issued}</th>
                        <th scope="col">{t.receivedDate}</th>
                        <th scope="col">{t.chain}</th>
                        <th scope="col">{t.counted}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {detailDocs.map(({ d, reason }) => (
                        <tr key={d.transferId} data-testid="reconciliation-document" data-counted={reason === null}>
                          <td>{d.transferId}</td>
                          <td>{d.fromLevel === 'city' ? d.fromLevel : originLabel(d.fromLevel, lang)}</td>
                          <td>{name(d.toRegionCode)}</td>
                          <td>{d.kind}</td>
                          <td className="num">
                            <Yuan value={d.amount} unit={docUnit} />
                          </td>
                          <td>{d.issuedDate}</td>
                          <td>{d.receivedDate ?? '—'}</td>
                          <td>{d.chain.join(' → ')}</td>
                          <td>{reason === null ? t.yes : reason === 'not_received' ? t.notReceived : t.receivedLater}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          )}
        </div>
      )}

      {view.withoutDocuments.length > 0 && (
        <section className="card" aria-labelledby="reconciliation-without-heading" data-testid="reconciliation-without">
          <header className="card-header">
            <h2 id="reconciliation-without-heading">{t.withoutHeading}</h2>
            <p className="card-subtitle">{t.withoutSubtitle}</p>
          </header>
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.city}</th>
                  <th scope="col">{t.fund}</th>
                  <th scope="col">{t.level}</th>
                  <th scope="col" className="num">
                    {moneyHead(t.booked, withoutUnit)}
                  </th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {view.withoutDocuments.map((row) => (
                  <tr key={reconciliationKey(row)} data-testid="reconciliation-without-row" data-key={reconciliationKey(row)}>
                    <td>{name(row.cityCode)}</td>
                    <td>{FUND_LABEL[row.fund][lang]}</td>
                    <td>{originLabel(row.level, lang)}</td>
                    <td className="num">
                      <Yuan value={row.booked} unit={withoutUnit} />
                    </td>
                    <td>{t.noDocuments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </main>
  );
}
