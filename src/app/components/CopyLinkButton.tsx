// 复制链接: the address bar already holds the whole view (page, quarter,
// region, fund, the page's filters), so the link is location.href, with the
// quarter and fund on screen added where the address leaves them to defaults.
// Where the clipboard is refused (plain http, an old browser), the link is
// shown selected in a read-only field for Ctrl+C instead.
import { useEffect, useRef, useState } from 'react';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import '../share.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

const TEXT = texts(
  {
    title: '复制当前页面的链接：打开它会看到同一季度、地区、基金、页面和筛选。链接不含数据本身：对方需载入同一份数据（链接记下数据的名称，打开时若不是这份数据会提示）',
    copied: '已复制 ✓',
    copy: '复制链接',
    status: '链接已复制',
    input: '当前页面链接（按 Ctrl+C 复制）',
    hint: '按 Ctrl+C 复制',
  },
  {
    title: 'Copy the link to this page: opening it shows the same quarter, region, fund, page, filters and language. A link carries no data: the recipient loads the same data (the link names them and says so when other data are shown)',
    copied: 'Copied ✓',
    copy: 'Copy link',
    status: 'Link copied',
    input: 'Link to this page (press Ctrl+C to copy)',
    hint: 'Press Ctrl+C to copy',
  },
);

/** How long 已复制 stays. */
const CONFIRM_MS = 2000;

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The address with the quarter and fund on screen named, where it leaves them
 * to their defaults (the latest quarter, the default fund): a link copied so
 * opened another quarter once newer data were loaded.
 */
export function pinnedLink(href: string, quarter: string | null, fund: string): string {
  const url = new URL(href);
  if (quarter !== null && !url.searchParams.has('q')) url.searchParams.set('q', quarter);
  if (!url.searchParams.has('f')) url.searchParams.set('f', fund);
  return url.href;
}

export function CopyLinkButton({ quarter, fund }: { quarter: string | null; fund: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const t = TEXT[useLang()];

  useEffect(() => {
    if (state.kind !== 'copied') return undefined;
    const timer = window.setTimeout(() => setState({ kind: 'idle' }), CONFIRM_MS);
    return () => window.clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state.kind !== 'manual') return;
    const input = inputRef.current;
    input?.focus();
    input?.select();
  }, [state]);

  const copy = async () => {
    const url = pinnedLink(window.location.href, quarter, fund);
    setState((await writeClipboard(url)) ? { kind: 'copied' } : { kind: 'manual', url });
  };

  return (
    <span className="copy-link" data-testid="copy-link">
      <button
        type="button"
        className="button secondary"
        data-testid="copy-link-button"
        title={t.title}
        onClick={() => void copy()}
      >
        {state.kind === 'copied' ? t.copied : t.copy}
      </button>
      <span className="copy-link-status" role="status" aria-live="polite">
        {state.kind === 'copied' ? t.status : ''}
      </span>
      {state.kind === 'manual' && (
        <span className="copy-link-manual">
          <input
            ref={inputRef}
            readOnly
            value={state.url}
            aria-label={t.input}
            data-testid="copy-link-input"
            onBlur={() => setState({ kind: 'idle' })}
          />
          <span className="copy-link-hint">{t.hint}</span>
        </span>
      )}
    </span>
  );
}
