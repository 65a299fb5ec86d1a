// The title row every page shares: what it is about, for which period and fund.
import type { ReactNode } from 'react';

export function PageTitle({ title, meta, updating, children }: { title: string; meta: string; updating: boolean; children?: ReactNode }) {
  return (
    <div className="title-row">
      <h1>
        <span data-testid="page-title">{title}</span>
        <span className="title-meta">{meta}</span>
        {updating && <span className="updating">正在更新…</span>}
      </h1>
      {children}
    </div>
  );
}
