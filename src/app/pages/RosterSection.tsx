// 名册匹配: the quarter's person-level roster after deduplication, the
// suspected uninsured (疑似未参保) by region and identity, and the persons to
// follow up, 200 to a page read from the engine page by page, with masked IDs only.
import { useMemo, useState } from 'react';
import { texts } from '../../domain/lang';
import { errorMessage } from '../../domain/messages/error';
import { formatCount } from '../../domain/money';
import type { PolicyFile } from '../../domain/policy/types';
import type { Quarter } from '../../domain/types';
import { ExportButtons } from '../components/ExportButtons';
import { readWholeFollowUp, useRoster, useRosterFollowUp } from '../data/roster';
import { DataTable } from '../components/DataTable';
import { exportOnClick, exportTable } from '../view/table';
import { followUpSpec, uninsuredSpec } from '../view/tables/roster';
import { useLang } from '../i18n/LangProvider';

export const FOLLOW_UP_PAGE_SIZE = 200;

const TEXT = texts(
  {
    reading: '正在读取名册…',
    unreadable: (why: string) => `名册无法读取：${why}`,
    none: (quarter: string) => `${quarter}没有人员名册（roster）。载入名册后，这里显示去重匹配结果和疑似未参保人员。`,
    rows: '名册行数',
    merged: '完全重复已合并',
    persons: '去重后人数',
    multiIdentity: '多重身份人数',
    multiSource: '多部门登记人数',
    regionConflicts: '地区冲突人数',
    uninsured: '疑似未参保人数',
    heading: (quarter: string) => `名册匹配 · ${quarter}`,
    rules: '按身份证号去重；多重身份取补助标准最高者；任一来源已参保即视为已参保',
    privacy: '身份证号已在载入时加盐哈希，页面只显示脱敏号码；导出文件在本机生成，不会上传。',
    uninsuredHeading: '疑似未参保（按地区、类别）',
    uninsuredFile: (quarter: string) => `疑似未参保汇总_${quarter}`,
    allEnrolled: '名册中的人员均已参保。',
    followUpHeading: (n: string) => `需跟进人员 ${n} 人`,
    followUpNote: '疑似未参保，或在多个地区登记需核实',
    followUpFile: (quarter: string) => `需跟进人员_${quarter}`,
    nobody: '没有需要跟进的人员。',
    pages: '分页',
    previous: '上一页',
    next: '下一页',
    page: (page: number, pages: number, size: number) => `第 ${page} / ${pages} 页（每页 ${size} 人）`,
  },
  {
    reading: 'Reading the roster…',
    unreadable: (why: string) => `The roster cannot be read: ${why}`,
    none: (quarter: string) =>
      `No person-level roster for ${quarter}. Load a roster to see the deduplicated matching and the suspected uninsured here.`,
    rows: 'Roster rows',
    merged: 'Exact duplicates merged',
    persons: 'Persons (deduplicated)',
    multiIdentity: 'With several identities',
    multiSource: 'On several lists',
    regionConflicts: 'In several regions',
    uninsured: 'Suspected uninsured',
    heading: (quarter: string) => `Roster matching · ${quarter}`,
    rules: 'Deduplicated by ID number; a person with several identities counts under the highest subsidy; enrolled if any list says so',
    privacy: 'ID numbers were salted and hashed on load; the page shows masked numbers only; exports are made on this computer and never uploaded.',
    uninsuredHeading: 'Suspected uninsured, by region and category',
    uninsuredFile: (quarter: string) => `suspected-uninsured_${quarter}`,
    allEnrolled: 'Everyone on the roster is enrolled.',
    followUpHeading: (n: string) => `Persons to follow up: ${n}`,
    followUpNote: 'Suspected uninsured, or registered in several regions and to be verified',
    followUpFile: (quarter: string) => `follow-up_${quarter}`,
    nobody: 'Nobody to follow up.',
    pages: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (page: number, pages: number, size: number) => `Page ${page} of ${pages} (${size} persons a page)`,
  },
);

interface RosterSectionProps {
  datasetId: string;
  quarter: Quarter;
  quarterText: string;
  policy: { file: PolicyFile; version: number } | undefined;
  regionName: (code: string) => string;
}

export function RosterSection({ datasetId, quarter, quarterText, policy, regionName }: RosterSectionProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const roster = useRoster(datasetId, quarter, policy);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil((roster.data?.summary.followUp ?? 0) / FOLLOW_UP_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const followUp = useRosterFollowUp(roster.data ? datasetId : null, quarter, policy, {
    offset: current * FOLLOW_UP_PAGE_SIZE,
    limit: FOLLOW_UP_PAGE_SIZE,
  });
  const view = roster.data;
  const uninsured = useMemo(() => (view ? uninsuredSpec(view.uninsured, regionName, lang) : null), [view, regionName, lang]);
  if (roster.isPending) return <p className="status" role="status">{t.reading}</p>;
  if (roster.isError) return <div className="card error" role="alert">{t.unreadable(errorMessage(roster.error, lang))}</div>;
  if (!view || !uninsured) {
    return (
      <section className="card roster-empty" data-testid="roster-none">
        <p className="empty">{t.none(quarterText)}</p>
      </section>
    );
  }
  const { summary } = view;
  const shown = followUp.data ?? [];
  const figures: [string, string, number][] = [
    ['rows', t.rows, summary.rows],
    ['merged', t.merged, summary.mergedRows],
    ['persons', t.persons, summary.persons],
    ['multi-identity', t.multiIdentity, summary.multiIdentityPersons],
    ['multi-source', t.multiSource, summary.multiSourcePersons],
    ['region-conflicts', t.regionConflicts, summary.regionConflicts],
    ['uninsured', t.uninsured, summary.uninsured],
  ];

  return (
    <section className="roster" aria-labelledby="roster-heading" data-testid="roster">
      <div className="card">
        <header className="card-header">
          <h2 id="roster-heading">{t.heading(quarterText)}</h2>
          <p className="card-subtitle">{t.rules}</p>
        </header>
        <dl className="roster-summary" data-testid="roster-summary">
          {figures.map(([key, label, value]) => (
            <div key={key} className={`roster-figure ${key === 'uninsured' && value > 0 ? 'warn' : ''}`} data-testid={`roster-${key}`} data-value={value}>
              <dt>{label}</dt>
              <dd>{formatCount(value)}</dd>
            </div>
          ))}
        </dl>
        <p className="card-note" data-testid="roster-privacy">
          {t.privacy}
        </p>
      </div>

      <div className="grid">
        <section className="card span-5" aria-labelledby="uninsured-heading">
          <header className="card-header">
            <h2 id="uninsured-heading">{t.uninsuredHeading}</h2>
            <ExportButtons filename={t.uninsuredFile(quarter)} {...exportOnClick(uninsured, lang)} />
          </header>
          {view.uninsured.length === 0 ? (
            <p className="empty">{t.allEnrolled}</p>
          ) : (
            <DataTable
              spec={uninsured}
              scroll="tall"
              testId="uninsured-table"
              rowProps={(r) => ({ 'data-testid': 'uninsured-row', 'data-region': r.regionCode, 'data-category': r.category, 'data-value': r.persons })}
            />
          )}
        </section>

        <section className="card span-7" aria-labelledby="follow-up-heading">
          <header className="card-header">
            <h2 id="follow-up-heading">{t.followUpHeading(formatCount(summary.followUp))}</h2>
            <p className="card-subtitle">{t.followUpNote}</p>
            <ExportButtons
              filename={t.followUpFile(quarter)}
              rows={async () => (policy ? exportTable(followUpSpec(await readWholeFollowUp(quarter, policy.file), regionName, lang), lang).rows : [])}
              columns={exportTable(followUpSpec([], regionName, lang), lang).columns}
              testId="follow-up-export"
            />
          </header>
          {summary.followUp === 0 ? (
            <p className="empty">{t.nobody}</p>
          ) : followUp.isError ? (
            <div className="card error" role="alert">{t.unreadable(errorMessage(followUp.error, lang))}</div>
          ) : (
            <>
              <DataTable
                spec={followUpSpec(shown, regionName, lang)}
                scroll="tall"
                scrollBusy={followUp.isFetching}
                testId="follow-up-table"
                tableProps={{ 'data-page': followUp.data && !followUp.isPlaceholderData ? current + 1 : undefined }}
                rowProps={(r) => ({ 'data-testid': 'follow-up-row', 'data-region': r.regionCode, 'data-enrolled': String(r.enrolled), 'data-review': String(r.review) })}
              />
              {pages > 1 && (
                <nav className="pager" aria-label={t.pages} data-testid="follow-up-pager">
                  <button type="button" className="button secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
                    {t.previous}
                  </button>
                  <span>{t.page(current + 1, pages, FOLLOW_UP_PAGE_SIZE)}</span>
                  <button type="button" className="button secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                    {t.next}
                  </button>
                </nav>
              )}
            </>
          )}
        </section>
      </div>
    </section>
  );
}
