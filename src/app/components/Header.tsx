// The dark top bar: what this is, which data it shows, and the controls
// that change the whole page (quarter, fund, load).
import { FUND_LABEL } from '../../domain/labels';
import { texts, type Label } from '../../domain/lang';
import { quarterLabel } from '../../domain/quarter';
import type { Fund, Quarter } from '../../domain/types';
import type { PickedFiles } from '../data/userFiles';
import { useLang } from '../i18n/LangProvider';
import { CopyLinkButton } from './CopyLinkButton';
import { LangSwitch } from './LangSwitch';
import { SelectField } from './SelectField';
import { LoadData } from './LoadData';

// The product's name is Chinese first in Chinese; in English the short name
// leads and the Chinese title is what it stands for.
const TEXT = texts(
  {
    name: '医保基金风险预警看板',
    subname: 'FundWatch',
    sampleTitle: '页面显示的是内置示例数据，不是真实业务数据',
    sample: '示例数据 Sample data',
    datasetTitle: '当前数据集',
    quarter: '季度',
    fund: '基金',
    bigScreen: '大屏',
    bigScreenTitle: '大屏模式：会议室投影 / 大屏展示（Esc 退出）',
  },
  {
    name: 'FundWatch',
    subname: 'Medical fund risk dashboard',
    sampleTitle: 'The page shows the built-in sample data, not real figures',
    sample: 'Sample data',
    datasetTitle: 'Current dataset',
    quarter: 'Quarter',
    fund: 'Fund',
    bigScreen: 'Big screen',
    bigScreenTitle: 'Big-screen mode for a meeting-room projector or display wall (Esc leaves)',
  },
);

/** The default fund first. */
const FUND_ORDER: readonly Fund[] = ['resident', 'assistance'];

interface HeaderProps {
  datasetName: Label | null;
  isSample: boolean;
  /** Newest first. */
  quarters: readonly Quarter[];
  quarter: Quarter | null;
  fund: Fund;
  onQuarter: (quarter: Quarter) => void;
  onFund: (fund: Fund) => void;
  /** Said in place of the fund choice on a page that does not follow it (view/fundScope); null where it does. */
  fundScope: string | null;
  onPicked: (picked: PickedFiles) => void;
  loading: boolean;
  onBigScreen: () => void;
}

export function Header(props: HeaderProps) {
  const { datasetName, isSample, quarters, quarter, fund, onQuarter, onFund, fundScope, onPicked, loading, onBigScreen } = props;
  const lang = useLang();
  const t = TEXT[lang];
  return (
    <header className="topbar">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="6" fill="#16406e" />
          <rect x="7" y="17" width="4" height="8" fill="#9cc3e6" />
          <rect x="14" y="12" width="4" height="13" fill="#9cc3e6" />
          <rect x="21" y="7" width="4" height="18" fill="#ff6b6b" />
        </svg>
        <div className="brand-text">
          <span className="brand-zh">{t.name}</span>
          <span className="brand-en">{t.subname}</span>
        </div>
        {datasetName !== null && (
          <div className="dataset">
            {isSample && (
              <span className="badge-sample" data-testid="sample-badge" title={t.sampleTitle}>
                {t.sample}
              </span>
            )}
            <span className="dataset-name" data-testid="dataset-name" title={t.datasetTitle}>
              {datasetName[lang]}
            </span>
          </div>
        )}
      </div>
      <div className="controls">
        <SelectField
          className="control"
          label={t.quarter}
          testId="quarter-select"
          value={quarter ?? ''}
          disabled={quarters.length === 0}
          options={quarters.map((q) => ({ value: q, label: quarterLabel(q, lang) }))}
          onChange={onQuarter}
        />
        <SelectField
          className="control"
          label={t.fund}
          testId="fund-select"
          value={fund}
          options={FUND_ORDER.map((f) => ({ value: f, label: FUND_LABEL[f][lang] }))}
          onChange={(f) => onFund(f as Fund)}
          disabled={fundScope !== null}
        />
        {fundScope !== null && (
          <span className="fund-scope" data-testid="fund-scope">
            {fundScope}
          </span>
        )}
        <LangSwitch />
        <CopyLinkButton quarter={quarter} fund={fund} />
        <button type="button" className="button secondary" data-testid="bigscreen-button" title={t.bigScreenTitle} onClick={onBigScreen}>
          {t.bigScreen}
        </button>
        <LoadData onPicked={onPicked} disabled={loading} />
      </div>
    </header>
  );
}
