// 名册匹配: the quarter's person-level roster after deduplication, the
// suspected uninsured (疑似未参保) by region and identity, and the persons to
// follow up, 200 to a page, with masked IDs only.
import { useMemo, useState } from 'react';
import { CATEGORY_LABEL } from '../../domain/labels';
import { formatCount } from '../../domain/money';
import type { PolicyFile } from '../../domain/policyTypes';
import type { Quarter } from '../../domain/types';
import { ExportButtons } from '../components/ExportButtons';
import { useRoster } from '../data/roster';
import { followUpTable, uninsuredTable } from '../view/exportRows';

export const FOLLOW_UP_PAGE_SIZE = 200;

interface RosterSectionProps {
  datasetId: string;
  quarter: Quarter;
  quarterText: string;
  policy: { file: PolicyFile; version: number } | undefined;
  regionName: (code: string) => string;
}

export function RosterSection({ datasetId, quarter, quarterText, policy, regionName }: RosterSectionProps) {
  const roster = useRoster(datasetId, quarter, policy);
  const [page, setPage] = useState(0);
  const view = roster.data;
  const uninsured = useMemo(() => (view ? uninsuredTable(view.uninsured, regionName) : null), [view, regionName]);
  if (roster.isPending) return <p className="status" role="status">正在读取名册…</p>;
  if (roster.isError) return <div className="card error" role="alert">名册无法读取：{roster.error.message}</div>;
  if (!view || !uninsured) {
    return (
      <section className="card roster-empty" data-testid="roster-none">
        <p className="empty">{quarterText}没有人员名册（roster）。载入名册后，这里显示去重匹配结果和疑似未参保人员。</p>
      </section>
    );
  }
  const { summary, followUp } = view;
  const pages = Math.max(1, Math.ceil(followUp.length / FOLLOW_UP_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = followUp.slice(current * FOLLOW_UP_PAGE_SIZE, (current + 1) * FOLLOW_UP_PAGE_SIZE);
  const figures: [string, string, number][] = [
    ['rows', '名册行数', summary.rows],
    ['persons', '去重后人数', summary.persons],
    ['multi-identity', '多重身份人数', summary.multiIdentityPersons],
    ['multi-source', '多部门登记人数', summary.multiSourcePersons],
    ['region-conflicts', '地区冲突人数', summary.regionConflicts],
    ['uninsured', '疑似未参保人数', summary.uninsured],
  ];

  return (
    <section className="roster" aria-labelledby="roster-heading" data-testid="roster">
      <div className="card">
        <header className="card-header">
          <h2 id="roster-heading">名册匹配 · {quarterText}</h2>
          <p className="card-subtitle">按身份证号去重；多重身份取补助标准最高者；任一来源已参保即视为已参保</p>
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
          身份证号已在载入时加盐哈希，页面只显示脱敏号码；导出文件在本机生成，不会上传。
        </p>
      </div>

      <div className="grid">
        <section className="card span-5" aria-labelledby="uninsured-heading">
          <header className="card-header">
            <h2 id="uninsured-heading">疑似未参保（按地区、类别）</h2>
            <ExportButtons filename={`疑似未参保汇总_${quarter}`} rows={uninsured.rows} columns={uninsured.columns} />
          </header>
          {view.uninsured.length === 0 ? (
            <p className="empty">名册中的人员均已参保。</p>
          ) : (
            <div className="table-scroll tall">
              <table data-testid="uninsured-table">
                <thead>
                  <tr>
                    <th scope="col">地区</th>
                    <th scope="col">救助类别</th>
                    <th scope="col" className="num">人数</th>
                  </tr>
                </thead>
                <tbody>
                  {view.uninsured.map((r) => (
                    <tr key={`${r.regionCode}|${r.category}`} data-testid="uninsured-row" data-region={r.regionCode} data-category={r.category} data-value={r.persons}>
                      <th scope="row">{regionName(r.regionCode)}</th>
                      <td>{CATEGORY_LABEL[r.category]?.zh ?? r.category}</td>
                      <td className="num">{formatCount(r.persons)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section className="card span-7" aria-labelledby="follow-up-heading">
          <header className="card-header">
            <h2 id="follow-up-heading">需跟进人员 {formatCount(followUp.length)} 人</h2>
            <p className="card-subtitle">疑似未参保，或在多个地区登记需核实</p>
            <ExportButtons
              filename={`需跟进人员_${quarter}`}
              rows={() => followUpTable(followUp, regionName).rows}
              columns={followUpTable([], regionName).columns}
              testId="follow-up-export"
            />
          </header>
          {followUp.length === 0 ? (
            <p className="empty">没有需要跟进的人员。</p>
          ) : (
            <>
              <div className="table-scroll tall">
                <table data-testid="follow-up-table">
                  <thead>
                    <tr>
                      <th scope="col">身份证号（脱敏）</th>
                      <th scope="col">地区</th>
                      <th scope="col">救助类别</th>
                      <th scope="col">参保情况</th>
                      <th scope="col">核实</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((r, i) => (
                      <tr key={`${current}-${i}`} data-testid="follow-up-row" data-region={r.regionCode} data-enrolled={String(r.enrolled)} data-review={String(r.review)}>
                        <th scope="row" className="mono">{r.maskedId}</th>
                        <td>{regionName(r.regionCode)}</td>
                        <td>{CATEGORY_LABEL[r.category]?.zh ?? r.category}</td>
                        <td>{r.enrolled ? '已参保' : <span className="chip chip-orange">疑似未参保</span>}</td>
                        <td>{r.review ? '多地区登记' : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {pages > 1 && (
                <nav className="pager" aria-label="分页" data-testid="follow-up-pager">
                  <button type="button" className="button secondary" disabled={current === 0} onClick={() => setPage(current - 1)}>
                    上一页
                  </button>
                  <span>
                    第 {current + 1} / {pages} 页（每页 {FOLLOW_UP_PAGE_SIZE} 人）
                  </span>
                  <button type="button" className="button secondary" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                    下一页
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
