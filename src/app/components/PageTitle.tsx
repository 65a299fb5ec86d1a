// The title row every page shares: what it is about, for which period and fund.
import type { ReactNode } from 'react';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { ZhRuns } from './ZhText';

const TEXT = texts({ updating: '正在更新…' }, { updating: 'Updating…' });

export function PageTitle({ title, meta, updating, children }: { title: string; meta: string; updating: boolean; children?: ReactNode }) {
  const t = TEXT[useLang()];
  return (
    <div className="title-row">
      <h1>
        <span data-testid="page-title">
          <ZhRuns text={title} />
        </span>
        <span className="title-meta">
          <ZhRuns text={meta} />
        </span>
        {updating && <span className="updating">{t.updating}</span>}
      </h1>
      {children}
    </div>
  );
}
