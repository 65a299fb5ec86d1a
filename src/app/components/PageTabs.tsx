// The tab bar under the header: one link per page, real addresses so a tab
// also opens in a new window; the policy tab says when the session edited it.
import { PAGES, PAGE_LABEL, type PageId } from '../view/route';

interface PageTabsProps {
  page: PageId;
  hrefFor: (page: PageId) => string;
  onSelect: (page: PageId) => void;
  policyEdited: boolean;
}

export function PageTabs({ page, hrefFor, onSelect, policyEdited }: PageTabsProps) {
  return (
    <nav className="tabs" aria-label="页面" data-testid="page-tabs">
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
          {PAGE_LABEL[p]}
          {p === 'policy' && policyEdited && <span className="tab-mark">已修改</span>}
        </a>
      ))}
      {policyEdited && (
        <span className="policy-edited" data-testid="policy-edited" title="政策参数已在本次会话中修改，所有页面按修改后的参数计算">
          已修改（本次会话）
        </span>
      )}
    </nav>
  );
}
