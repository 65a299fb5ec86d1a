// The tab bar under the header: one link per page, real addresses so a tab
// also opens in a new window; the policy tab says when the session edited it.
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { PAGES, PAGE_LABEL, type PageId } from '../view/route';

const TEXT = texts(
  {
    nav: '页面',
    edited: '已修改',
    editedTitle: '政策参数已在本次会话中修改，所有页面按修改后的参数计算',
    editedSession: '已修改（本次会话）',
  },
  {
    nav: 'Pages',
    edited: 'edited',
    editedTitle: 'The policy was edited in this session; every page computes with the edited values',
    editedSession: 'Edited (this session)',
  },
);

interface PageTabsProps {
  page: PageId;
  hrefFor: (page: PageId) => string;
  onSelect: (page: PageId) => void;
  policyEdited: boolean;
}

export function PageTabs({ page, hrefFor, onSelect, policyEdited }: PageTabsProps) {
  const lang = useLang();
  const t = TEXT[lang];
  return (
    <nav className="tabs" aria-label={t.nav} data-testid="page-tabs">
      {PAGES.map((p) => (
        <a
          key={p}
          href={hrefFor(p)}
          className="tab"
          data-testid={`tab-${p}`}
          aria-current={p === page ? 'page' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey) return;
            event.preventDefault();
            onSelect(p);
          }}
        >
          {PAGE_LABEL[p][lang]}
          {p === 'policy' && policyEdited && <span className="tab-mark">{t.edited}</span>}
        </a>
      ))}
      {policyEdited && (
        <span className="policy-edited" data-testid="policy-edited" title={t.editedTitle}>
          {t.editedSession}
        </span>
      )}
    </nav>
  );
}
