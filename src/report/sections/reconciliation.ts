// 八、资金到账核对: superior money received by documents against the income
// booked with that source level, per city pool of the region, fund and
// origin level (DOMAIN.md 资金到账核对), largest difference first.
import { reconciliationSeverity } from '../../domain/alerts/reconciliation';
import { FUND_LABEL, levelName, SEVERITY_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { perLevelWords } from '../../domain/levelWords';
import { formatYuan } from '../../domain/money';
import { compareReconciliation, isJudged, notReceivedCount } from '../../domain/reconciliation';
import type { SectionContext } from '../context';
import { para, table } from '../html';
import { sectionOpen } from './heading';

const TEXT = perLevelWords((w) => texts(
  {
    title: '资金到账核对',
    lead: (year: number) =>
      `${year}年上级资金（中央、${w.province}）年初至今：到账 = 截至季末已到账的下达文件（来源级次按来源文号追溯到最初下达的文件），入账 = 基金收支表中该来源级次的收入，差额 = 入账 − 到账。`,
    none: '未载入上级资金下达文件（transfers.csv），无法核对到账与入账。',
    noneHere: (name: string, year: number, below: boolean) => `transfers.csv 中没有${name}${below ? '及所属地区' : ''} ${year}年的上级资金下达文件，无法核对到账与入账。`,
    // Per pool: a city's, or a unit's the province runs (海南's 五指山市 is no 地市).
    allMatch: (n: number) => `${n} 个统筹区、基金与来源级次的入账与到账全部一致。`,
    differ: (n: number, total: number) => `${total} 个统筹区、基金与来源级次中，${n} 处入账与到账不一致，应核实并向上级报告多拨或少拨。`,
    noDocuments: (n: number) => `另有 ${n} 处有入账但没有该来源级次的下达文件（未载入文件，不核对）。`,
    noBookings: (n: number) => `另有 ${n} 处有到账文件，但未载入该${w.city}该基金的收支（fund_flows），入账不明，不核对。`,
    noBookingsOnly: (n: number) => `${n} 处（${w.city} · 基金 · 来源级次）有到账文件，但未载入其收支（fund_flows），入账不明，无法核对到账与入账。`,
    caption: '年初至今',
    city: w.city,
    fund: '基金',
    level: '来源级次',
    received: '到账',
    booked: '入账',
    difference: '差额',
    documents: '到账文件',
    status: '状态',
    reconciled: '一致',
    pending: (n: number) => `一致（另有 ${n} 份文件未到账）`,
  },
  {
    title: 'Reconciliation of higher-level funds',
    lead: (year: number) =>
      `Higher-level money (central, province) for ${year}, year to date: received = documents received by the quarter end (origin level from the first document of the source chain), booked = income with that source level in fund_flows, difference = booked − received.`,
    none: 'No documents of higher-level funds loaded (transfers.csv): nothing to reconcile.',
    noneHere: (name: string, year: number, below: boolean) =>
      `transfers.csv holds no document of higher-level funds for ${name}${below ? ' or the regions under it' : ''} in ${year}: nothing to reconcile.`,
    allMatch: (n: number) => `All ${n} city, fund and origin-level combinations booked what they received.`,
    differ: (n: number, total: number) =>
      `Of ${total} city, fund and origin-level combinations, ${n} booked a different amount from what they received; each is to be checked and any over- or under-payment reported upward.`,
    noDocuments: (n: number) => ` ${n} more booked money with no document of that origin level (no documents loaded, not reconciled).`,
    noBookings: (n: number) => ` ${n} more have documents but no fund flows of that pool and fund loaded (fund_flows): what was booked is unknown, not reconciled.`,
    noBookingsOnly: (n: number) =>
      `${n} (city · fund · origin level) have documents received but no fund flows loaded (fund_flows): what was booked is unknown, nothing to reconcile.`,
    caption: 'Year to date',
    city: 'City',
    fund: 'Fund',
    level: 'Origin',
    received: 'Received',
    booked: 'Booked',
    difference: 'Difference',
    documents: 'Documents received',
    status: 'Status',
    reconciled: 'Reconciled',
    pending: (n: number) => `Reconciled (${n} more document${n === 1 ? '' : 's'} not received)`,
  },
));

export function reconciliationSection(ctx: SectionContext, n: number): string {
  const { m, lang, policy } = ctx;
  const t = TEXT(m.words)[lang];
  const rows = (m.analysis.reconciliation ?? []).filter((r) => m.pools.has(r.cityCode));
  const judged = rows.filter(isJudged).sort(compareReconciliation);
  const noBookings = rows.filter((r) => r.hasDocuments && !r.hasBookings).length;
  const parts = [sectionOpen(n, 'reconciliation', t.title, lang)];
  if (judged.length === 0 && noBookings > 0) {
    parts.push(para(t.noBookingsOnly(noBookings)), '</section>');
    return parts.join('\n');
  }
  if (judged.length === 0) {
    // Documents of other pools mean transfers.csv was loaded: this region's pools have none of the year.
    const elsewhere = (m.analysis.reconciliation ?? []).some((r) => r.hasDocuments);
    const without = rows.length;
    parts.push(para(elsewhere ? t.noneHere(m.region.name, Number(m.analysis.quarter.slice(0, 4)), m.children.length > 0) : t.none));
    if (elsewhere && without > 0) parts.push(para(t.noDocuments(without)));
    parts.push('</section>');
    return parts.join('\n');
  }
  const year = judged[0]?.year ?? Number(m.analysis.quarter.slice(0, 4));
  const differing = judged.filter((r) => !r.difference.isZero());
  const without = rows.filter((r) => !r.hasDocuments).length;
  parts.push(
    para(t.lead(year)),
    para(
      (differing.length === 0 ? t.allMatch(judged.length) : t.differ(differing.length, judged.length)) +
        (without > 0 ? t.noDocuments(without) : '') +
        (noBookings > 0 ? t.noBookings(noBookings) : ''),
    ),
  );
  parts.push(
    table({
      id: 'table-reconciliation',
      caption: t.caption,
      lang,
      head: [{ text: t.city, column: 'name' }, { text: t.fund, column: 'fund' }, t.level, { text: t.received, num: true }, { text: t.booked, num: true }, { text: t.difference, num: true }, t.documents, t.status],
      rows: judged.map((r) => {
        const severity = reconciliationSeverity(r, policy);
        return {
          region: r.cityCode,
          cls: severity === null ? undefined : `sev-${severity}`,
          cells: [
            m.name(r.cityCode),
            FUND_LABEL[r.fund][lang],
            levelName(r.level, lang, m.words),
            { text: '', money: r.received, num: true, col: 'received' },
            { text: '', money: r.booked, num: true, col: 'booked' },
            { text: '', money: r.difference, num: true, signed: true, col: 'difference', title: formatYuan(r.difference, lang) },
            r.documents.map((d) => d.transferId).join(lang === 'en' ? ', ' : '、'),
            severity === null ? (notReceivedCount(r) === 0 ? t.reconciled : t.pending(notReceivedCount(r))) : SEVERITY_LABEL[severity][lang],
          ],
        };
      }),
    }),
    '</section>',
  );
  return parts.join('\n');
}
