// What a screen reader gets on the English page (an English, keyboard and
// screen-reader walk): a region's name marked zh-CN wherever the shared
// components draw one (a table's cell or row link, an alert's subject), so
// an English voice hands it to a Chinese one; nothing added on the Chinese
// page; a chart's drawing hidden behind its label; a quarter column headed
// "Quarter", not "Quarter name".
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlertItem } from '../../../src/app/components/AlertItem';
import { RegionLink } from '../../../src/app/components/RegionLink';
import { SelectField } from '../../../src/app/components/SelectField';
import { isChineseData, ZhRuns } from '../../../src/app/components/ZhText';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { exportTable } from '../../../src/app/view/table';
import { coverageSpec, monthsPayableSpec } from '../../../src/app/view/tables/overview';
import { Chart } from '../../../src/charts/Chart';
import type { Lang } from '../../../src/domain/lang';
import { Dec } from '../../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import type { Alert } from '../../../src/domain/types';
import { alertText } from '../../domain/messages/samples';
import { screenTable } from './screenTable';

const POLICY = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

function inLang(lang: Lang, node: React.ReactNode): string {
  vi.stubGlobal('window', { location: { search: lang === 'en' ? '?lang=en' : '' }, localStorage: { getItem: () => null } });
  return renderToStaticMarkup(<LangProvider>{node}</LangProvider>);
}

afterEach(() => vi.unstubAllGlobals());

describe('Chinese region names on the English page', () => {
  it('tells Chinese data from English text with a name in it', () => {
    expect(isChineseData('乌兰察布市')).toBe(true);
    expect(isChineseData('内财社〔2024〕12号')).toBe(true);
    expect(isChineseData('Select 包头市')).toBe(false);
    expect(isChineseData('2024 Q4')).toBe(false);
  });

  it("a table's region cells are lang=zh-CN in English, and nothing is added in Chinese", () => {
    const bars = [{ key: '150921', name: '卓资县', recipients: 1200, enrolled: 1130, rate: new Dec(1130).div(1200) }];
    const en = screenTable(coverageSpec(bars, true, POLICY, 'en'), 'en');
    expect(en.html).toContain('<th scope="row"><span lang="zh-CN">卓资县</span></th>');
    const zh = screenTable(coverageSpec(bars, true, POLICY, 'zh'), 'zh');
    expect(zh.html).not.toContain('lang=');
    expect(zh.rows[0]?.[0]).toBe('卓资县');
  });

  it('a region link (every table) and an alert subject are lang=zh-CN in English', () => {
    const region = { code: '150900', name: '乌兰察布市', level: 'city' as const, parentCode: '150000', tier: 3 as const };
    expect(inLang('en', <RegionLink region={region} onSelect={() => undefined} />)).toMatch(/<button[^>]*><span lang="zh-CN">乌兰察布市<\/span><\/button>/);
    expect(inLang('zh', <RegionLink region={region} onSelect={() => undefined} />)).not.toContain('lang=');
    const alert: Alert = { rule: 'months_payable', severity: 'red', regionCode: '150900', fund: 'assistance', quarter: '2024Q4', value: new Dec(2), threshold: new Dec(3), text: alertText('150900') };
    expect(inLang('en', <AlertItem alert={alert} region="乌兰察布市" />)).toContain('<span class="alert-region"><span lang="zh-CN">乌兰察布市</span></span>');
  });
});

describe("region names among a drop-down's options", () => {
  it("are lang=zh-CN in English (the alerts page's region filter), English options and the Chinese page untouched", () => {
    const options = [
      { value: '', label: 'All regions' },
      { value: '150900', label: '\u3000乌兰察布市' },
    ];
    const select = <SelectField label="Region" testId="x" value="" options={options} onChange={() => undefined} />;
    const en = inLang('en', select);
    expect(en).toContain('<option value="150900" lang="zh-CN">\u3000乌兰察布市</option>');
    expect(en).toContain('<option value="" selected="">All regions</option>');
    expect(inLang('zh', select)).not.toContain('lang=');
  });
});

describe('a chart for a screen reader', () => {
  it('is one img named by its label: the drawing inside is hidden (not read a second time)', () => {
    const html = inLang('en', <Chart option={{}} height={200} testId="chart-x" label="Something, 3 items" />);
    expect(html).toMatch(/role="img" aria-label="Something, 3 items"/);
    expect(html).toMatch(/class="chart-host" aria-hidden="true"/);
  });
});

describe('the months-payable table of one region across quarters', () => {
  const bars = [{ key: '2024Q4', name: '2024 Q4', monthsPayable: new Dec('8.51'), accumulatedBalance: new Dec('851') }];

  it('heads its quarter column "Quarter" (季度) on screen; the export keeps the code and the name apart', () => {
    expect(screenTable(monthsPayableSpec(bars, true, POLICY, 'en'), 'en').heads[0]).toBe('Quarter');
    expect(screenTable(monthsPayableSpec(bars, true, POLICY, 'zh'), 'zh').heads[0]).toBe('季度');
    expect(exportTable(monthsPayableSpec(bars, true, POLICY, 'en'), 'en').columns.map((c) => c.label).slice(0, 2)).toEqual(['Quarter', 'Quarter name']);
  });
});

// The walk's English overview still had 46 Chinese text nodes unmarked, every one inside an English sentence:
// an alert's explanation, a card's subtitle. Their Chinese runs are marked; the English around them is not.
describe('Chinese runs inside English sentences', () => {
  it('an alert explanation and a card subtitle mark each Chinese run zh-CN in English, nothing in Chinese', () => {
    const sentence = '乌兰察布市 resident basic medical insurance fund: documents received: 内财社〔2023〕268号, 内财社〔2024〕220号 (red)';
    expect(inLang('en', <ZhRuns text={sentence} />)).toBe(
      '<span lang="zh-CN">乌兰察布市</span> resident basic medical insurance fund: documents received: ' +
        '<span lang="zh-CN">内财社〔2023〕268号</span>, <span lang="zh-CN">内财社〔2024〕220号</span> (red)',
    );
    expect(inLang('en', <ZhRuns text="Regions under 内蒙古自治区 › 乌兰察布市 · 2024 Q4" />)).toBe('Regions under <span lang="zh-CN">内蒙古自治区 › 乌兰察布市</span> · 2024 Q4');
    expect(inLang('en', <ZhRuns text="Regions under the province" />)).toBe('Regions under the province');
    expect(inLang('zh', <ZhRuns text={sentence} />)).toBe(sentence);
  });
});
