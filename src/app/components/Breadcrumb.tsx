// 内蒙古自治区 › 乌兰察布市 › 某旗: every ancestor is a way back up.
import type { Region } from '../../domain/types';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { ZhText } from './ZhText';

const TEXT = texts({ nav: '地区层级' }, { nav: 'Region levels' });

interface BreadcrumbProps {
  path: readonly Region[];
  onSelect: (code: string) => void;
  /** A real address for each ancestor, so it also opens in a new tab. */
  hrefFor: (code: string) => string;
}

export function Breadcrumb({ path, onSelect, hrefFor }: BreadcrumbProps) {
  const t = TEXT[useLang()];
  return (
    <nav className="breadcrumb" aria-label={t.nav} data-testid="breadcrumb">
      <ol>
        {path.map((region, i) =>
          i === path.length - 1 ? (
            <li key={region.code}>
              <span data-testid="crumb" data-code={region.code} aria-current="page">
                <ZhText text={region.name} />
              </span>
            </li>
          ) : (
            <li key={region.code}>
              <a
                href={hrefFor(region.code)}
                data-testid="crumb"
                data-code={region.code}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                  event.preventDefault();
                  onSelect(region.code);
                }}
              >
                <ZhText text={region.name} />
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
