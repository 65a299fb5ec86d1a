// 大屏: the quarter on a meeting-room wall. A fixed 1920 × 1080 stage scaled
// to the window (16:9, never scrolling), dark for projection, text large
// enough for the back of the room, every severity said by a mark and a word
// as well as a colour. Headline KPIs with their change on the previous
// quarter and the same quarter last year, the tile map, the regions ranked
// by risk, the worst alerts rolling, and an optional tour of the cities.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import type { LevelWords } from '../../domain/levelWords';
import type { Decimal } from '../../domain/money';
import { previousQuarter, quarterLabel, sameQuarterLastYear } from '../../domain/quarter';
import { quarterEnd } from '../../domain/alerts/transferDates';
import { severityOf, type PolicyBands } from '../../domain/policy/severity';
import type { BandedRuleId } from '../../domain/policy/rules';
import type { Alert, Analysis, Region, Severity } from '../../domain/types';
import { Chart, type ChartClick } from '../../charts/Chart';
import { SEVERITY_MARK, TILE_INDICATORS, TILE_INDICATOR_LABEL, type TileIndicator } from '../../charts/options/tileMap';
import type { RegionTree } from '../view/regionTree';
import { alertsFor, coverageOf, fundStatusOf, regionHistory } from '../view/selectors';
import { tileMapView } from '../view/tileMapView';
import { rankChildren } from '../view/bigScreenRank';
import { screenAlertValue, screenChangeText, screenValueNote, screenValueText, type ScreenKind } from '../view/bigScreenFigures';
import { quote } from '../view/dataParam';
import type { ViewState } from '../view/viewState';
import { useLang } from '../i18n/LangProvider';
import { ZhText } from './ZhText';
import { LangSwitch } from './LangSwitch';
import '../bigscreen.css';

export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;
/** Seconds per city on the tour. */
const TOUR_SECONDS = 10;
/** Alerts shown at once, and seconds before the next ones roll in. */
const ALERTS_AT_ONCE = 4;
const ALERT_ROLL_SECONDS = 6;
/** The worst alerts that roll; the heading says how many of the count (domain/alerts/scope.ts) they are. */
const ROLLED = 20;
const RANK_ROWS = 8;
/** The map's chart in the stage's pixels: what the panel has left under its title and above its legend. */
const MAP_HEIGHT = 572;

const TEXT = texts(
  {
    title: '医保基金风险预警 · 大屏',
    asOf: (date: string) => `数据截至 ${date}`,
    sample: '演示数据',
    otherData: (named: string) => `演示数据，不是链接所指的“${named}”`,
    notLinked: (named: string) => `不是链接所指的数据“${named}”`,
    exit: '退出大屏 (Esc)',
    tour: (w: LevelWords) => `巡览各${w.city}`,
    pause: '暂停',
    pauseRoll: '暂停滚动',
    resumeRoll: '继续滚动',
    resume: '继续',
    stop: '停止巡览',
    touring: (s: number) => `巡览中 · 每 ${s} 秒`,
    coverage: '救助对象参保率',
    accumulated: '累计结余',
    months: '可支付月数',
    balanceRate: '当期结余率（年初至今）',
    vsPrev: '较上季',
    vsYear: '较上年同期',
    noData: '无数据',
    normal: '正常',
    map: '分区方块图',
    mapOf: (name: string) => `${name}下级地区`,
    rank: '风险排名',
    rankNone: '没有下级地区',
    noAlerts: '本季度无预警',
    worst: '最严重预警',
    rolling: (from: number, to: number, rolled: number, total: number) =>
      rolled < total ? `第 ${from}–${to} / 前 ${rolled} 条，共 ${total} 条` : `第 ${from}–${to} 条，共 ${total} 条`,
    counts: (red: number, other: number) => `红 ${red} · 其他 ${other}`,
    legend: '▲ 红色　◆ 橙色　● 黄色　■ 蓝色　○ 正常',
    up: (name: string) => `返回${name}`,
    schematic: '示意图，不表示行政边界',
    narrow: '大屏为宽屏设计：横置手机或在电脑上打开可看全貌。',
  },
  {
    title: 'FundWatch · big screen',
    asOf: (date: string) => `Data as of ${date}`,
    sample: 'Sample data',
    otherData: (named: string) => `Sample data, not the link’s “${named}”`,
    notLinked: (named: string) => `Not the link’s data “${named}”`,
    exit: 'Leave (Esc)',
    tour: () => 'Tour the cities',
    pause: 'Pause',
    pauseRoll: 'Pause the list',
    resumeRoll: 'Resume the list',
    resume: 'Resume',
    stop: 'Stop tour',
    touring: (s: number) => `Touring · every ${s} s`,
    coverage: 'Enrollment rate',
    accumulated: 'Accumulated balance',
    months: 'Months payable',
    balanceRate: 'Balance rate (YTD)',
    vsPrev: 'vs last quarter',
    vsYear: 'vs a year ago',
    noData: 'No data',
    normal: 'Normal',
    map: 'Tile map',
    mapOf: (name: string) => `Regions under ${name}`,
    rank: 'Ranked by risk',
    rankNone: 'No regions below',
    noAlerts: 'No alerts this quarter',
    worst: 'Worst alerts',
    rolling: (from: number, to: number, rolled: number, total: number) =>
      rolled < total ? `${from}–${to} of top ${rolled}, ${total} in all` : `${from}–${to} of ${total}`,
    counts: (red: number, other: number) => `red ${red} · other ${other}`,
    legend: '▲ red　◆ orange　● yellow　■ blue　○ normal',
    up: (name: string) => `Back to ${name}`,
    schematic: 'Schematic, no boundaries',
    narrow: 'Made for a wide screen: turn the phone or use a computer to see it whole.',
  },
);

/** Below this width, upright, the stage would be a strip (a 390 px phone: 0.2, 4 px text): one column instead. */
const NARROW_WIDTH = 700;

/** The scale that fits the stage in the window, and where it sits (centred); `narrow`: a phone held upright. */
function useStageFit(): { scale: number; left: number; top: number; narrow: boolean } {
  const measure = () => {
    const w = window.innerWidth;
    const h = window.innerHeight;
    const scale = Math.min(w / STAGE_WIDTH, h / STAGE_HEIGHT);
    return { scale, left: (w - STAGE_WIDTH * scale) / 2, top: (h - STAGE_HEIGHT * scale) / 2, narrow: w < NARROW_WIDTH && h >= w };
  };
  const [fit, setFit] = useState(measure);
  useLayoutEffect(() => {
    const onResize = () => setFit(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return fit;
}

/** A dataset's name on the header line, which does not wrap: cut to a length the stage's width holds beside the rest. */
const BS_NAME_MAX = 16;

function SeverityTag({ severity, lang }: { severity: Severity | null; lang: Lang }) {
  return (
    <span className={`bs-tag bs-tag-${severity ?? 'normal'}`}>
      <span aria-hidden="true">{SEVERITY_MARK[severity ?? 'normal']}</span>{' '}
      {severity === null ? TEXT[lang].normal : SEVERITY_LABEL[severity][lang]}
    </span>
  );
}

type Kind = ScreenKind;

/** The figure large, its unit (亿元, billion yuan) smaller beside it, so the widest amount still fits its card. */
function KpiFigure({ text }: { text: string }) {
  const match = /^([−+-]?[\d.,]+)\s*(\D.*)?$/.exec(text);
  const figure = match?.[1] ?? text;
  const unit = match?.[2];
  return (
    <span className="bs-kpi-value">
      {figure}
      {/* A real space before the unit (read aloud as "10.92 billion yuan"), as wide as the margin it replaced. */}
      {unit !== undefined && <span className="bs-kpi-unit"> {unit}</span>}
    </span>
  );
}

interface Kpi {
  id: string;
  label: string;
  value: Decimal | null;
  kind: Kind;
  severity: Severity | null;
  /** Its rule, whose band the figure is kept in when rounded. */
  rule: BandedRuleId;
  /** `pending` while the quarter it compares with is being computed. */
  prev: Decimal | null | 'pending';
  year: Decimal | null | 'pending';
}

interface BigScreenProps {
  analysis: Analysis;
  /** The previous quarter's and the same quarter last year's analyses, when computed (for coverage changes); `pending` while being computed. */
  previous: Analysis | undefined | 'pending';
  lastYear: Analysis | undefined | 'pending';
  tree: RegionTree;
  /** The level words of the dataset's province. */
  words: LevelWords;
  region: Region;
  view: ViewState;
  navigate: (next: ViewState) => void;
  /** The data on screen are the built-in sample, or not the data the link named (dataParam.ts): said beside the title. */
  sample: { isSample: boolean; otherData: string | null } | null;
  onExit: () => void;
}

export function BigScreen({ analysis, previous, lastYear, tree, words, region, view, navigate, sample, onExit }: BigScreenProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const fit = useStageFit();
  const fund = view.fund;
  const policy = analysis.policy;
  const quarter = analysis.quarter;
  // Months payable first: the fund's risk is what the room has come to see.
  const [indicator, setIndicator] = useState<TileIndicator>('months_payable');
  const [tour, setTour] = useState<'off' | 'on' | 'paused'>('off');
  const selectRegion = (code: string) => navigate({ ...view, regionCode: code });

  // Entered from the header's button (or a link), focus comes into the stage, at its title:
  // the button it was on is gone, and focus left on <body> would start the reader from nowhere.
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, []);

  // The page behind never scrolls while the stage is up.
  useEffect(() => {
    document.documentElement.classList.add('bigscreen-on');
    return () => document.documentElement.classList.remove('bigscreen-on');
  }, []);

  // Esc leaves; any other key stops the tour.
  const onExitRef = useRef(onExit);
  useEffect(() => {
    onExitRef.current = onExit;
  }, [onExit]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onExitRef.current();
      else setTour('off');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A click anywhere but the tour's own buttons stops the tour.
  useEffect(() => {
    if (tour === 'off') return undefined;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest('[data-tour-control]')) return;
      setTour('off');
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [tour]);

  // The tour: the root's cities in code order, one every TOUR_SECONDS.
  const root = tree.pathTo(region.code)[0] ?? region;
  const cities = tree.childrenOf(root.code);
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  useEffect(() => {
    if (tour !== 'on' || cities.length === 0) return undefined;
    const timer = window.setTimeout(() => {
      const at = cities.findIndex((c) => c.code === region.code || tree.subtreeCodes(c.code).has(region.code));
      const next = cities[(at + 1) % cities.length] ?? cities[0];
      if (next) navigateRef.current({ ...view, regionCode: next.code });
    }, TOUR_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [tour, cities, region.code, tree, view]);

  const kpis = useMemo((): Kpi[] => {
    const history = regionHistory(analysis, region.code, fund);
    const at = (q: string) => history.find((s) => s.quarter === q);
    const prevQ = previousQuarter(quarter);
    const yearQ = sameQuarterLastYear(quarter);
    const status = fundStatusOf(analysis, region.code, fund);
    const coverage = coverageOf(analysis, region.code)?.rate ?? null;
    // A figure of the fund's status now, a quarter ago and a year ago, banded by its rule.
    const fromStatus = (id: string, label: string, kind: Kpi['kind'], field: 'monthsPayable' | 'accumulatedBalance' | 'balanceRate', rule: BandedRuleId): Kpi => ({
      id,
      label,
      value: status?.[field] ?? null,
      kind,
      severity: severityOf(rule, status?.[field] ?? null, policy),
      rule,
      prev: at(prevQ)?.[field] ?? null,
      year: at(yearQ)?.[field] ?? null,
    });
    return [
      {
        id: 'coverage',
        label: t.coverage,
        value: coverage,
        kind: 'rate',
        severity: severityOf('coverage', coverage, policy),
        rule: 'coverage',
        prev: previous === 'pending' ? previous : previous ? (coverageOf(previous, region.code)?.rate ?? null) : null,
        year: lastYear === 'pending' ? lastYear : lastYear ? (coverageOf(lastYear, region.code)?.rate ?? null) : null,
      },
      fromStatus('months', t.months, 'months', 'monthsPayable', 'months_payable'),
      fromStatus('accumulated', t.accumulated, 'money', 'accumulatedBalance', 'accumulated_negative'),
      fromStatus('balance-rate', t.balanceRate, 'rate', 'balanceRate', 'balance_rate'),
    ];
  }, [analysis, previous, lastYear, region.code, fund, quarter, policy, t]);

  const map = useMemo(
    () => tileMapView(analysis, tree, region.code, fund, indicator, lang, { theme: 'dark', maxFontSize: 26 }),
    [analysis, tree, region.code, fund, indicator, lang],
  );
  const scope = map.scope ?? region;

  const ranked = useMemo(() => rankChildren(analysis, tree, scope.code, fund, RANK_ROWS), [analysis, tree, scope.code, fund]);

  const alerts = useMemo(() => alertsFor(analysis, tree, region.code, fund, 'selected'), [analysis, tree, region.code, fund]);
  const regionName = (code: string) => tree.byCode.get(code)?.name ?? code;
  const path = tree.pathTo(region.code);
  const parent = path.length > 1 ? path[path.length - 2] : undefined;

  const onTileClick = (click: ChartClick) => {
    const tile = map.tiles[click.dataIndex];
    if (tile) selectRegion(tile.key);
  };

  return (
    <div className={fit.narrow ? 'bigscreen bs-narrow' : 'bigscreen'} data-testid="bigscreen" data-region={region.code} data-quarter={quarter} data-fund={fund}>
      <div
        className="bs-stage"
        data-testid="bs-stage"
        // A phone held upright: the panels one under another at their own size (bigscreen.css), not a strip.
        style={fit.narrow ? undefined : { width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})` }}
      >
        <header className="bs-head">
          <div className="bs-title">
            <h1 ref={titleRef} tabIndex={-1} data-testid="bs-title">
              {t.title}
              {sample && (
                <span className={sample.otherData === null ? 'bs-sample' : 'bs-sample bs-other-data'} data-testid="bs-sample">
                  {sample.otherData === null ? t.sample : sample.isSample ? t.otherData(quote(sample.otherData, BS_NAME_MAX)) : t.notLinked(quote(sample.otherData, BS_NAME_MAX))}
                </span>
              )}
            </h1>
            <p className="bs-meta" data-testid="bs-meta">
              <span data-testid="bs-region">
                <ZhText text={path.map((r) => r.name).join(' › ')} />
              </span>
              <span>{quarterLabel(quarter, lang)}</span>
              <span>{FUND_LABEL[fund][lang]}</span>
              <span data-testid="bs-as-of">{t.asOf(quarterEnd(quarter))}</span>
            </p>
          </div>
          <div className="bs-controls">
            {parent && (
              <button type="button" className="bs-button" data-testid="bs-up" onClick={() => selectRegion(parent.code)}>
                {t.up(parent.name)}
              </button>
            )}
            {tour === 'off' ? (
              <button type="button" className="bs-button" data-testid="bs-tour" data-tour-control onClick={() => setTour('on')}>
                {t.tour(words)}
              </button>
            ) : (
              <>
                <span className="bs-touring" data-testid="bs-touring">{t.touring(TOUR_SECONDS)}</span>
                <button
                  type="button"
                  className="bs-button"
                  data-testid="bs-tour-pause"
                  data-tour-control
                  onClick={() => setTour(tour === 'on' ? 'paused' : 'on')}
                >
                  {tour === 'on' ? t.pause : t.resume}
                </button>
                <button type="button" className="bs-button" data-tour-control onClick={() => setTour('off')}>
                  {t.stop}
                </button>
              </>
            )}
            <LangSwitch />
            <button type="button" className="bs-button" data-testid="bs-exit" onClick={onExit}>
              {t.exit}
            </button>
          </div>
        </header>

        {fit.narrow && (
          <p className="bs-narrow-note" data-testid="bs-narrow-note">
            {t.narrow}
          </p>
        )}

        <section className="bs-kpis" aria-label={t.title}>
          {kpis.map((kpi) => (
            <div key={kpi.id} className="bs-kpi" data-testid={`bs-kpi-${kpi.id}`}>
              <div className="bs-kpi-top">
                <span className="bs-kpi-label">{kpi.label}</span>
                {kpi.value !== null && <SeverityTag severity={kpi.severity} lang={lang} />}
              </div>
              <div className={kpi.value !== null && screenValueNote(kpi.value, kpi.kind, lang) !== null ? 'bs-kpi-row bs-kpi-row-noted' : 'bs-kpi-row'}>
                <KpiFigure text={kpi.value === null ? t.noData : screenValueText(kpi.value, kpi.kind, lang, { rule: kpi.rule, policy })} />
                {kpi.value !== null && screenValueNote(kpi.value, kpi.kind, lang) !== null && (
                  <span className="bs-kpi-note" data-testid={`bs-kpi-${kpi.id}-note`}>
                    {screenValueNote(kpi.value, kpi.kind, lang)}
                  </span>
                )}
              </div>
              <div className="bs-kpi-change">
                <span>
                  {t.vsPrev} {screenChangeText(kpi.value, kpi.prev, kpi.kind, lang)}
                </span>
                <span>
                  {t.vsYear} {screenChangeText(kpi.value, kpi.year, kpi.kind, lang)}
                </span>
              </div>
            </div>
          ))}
        </section>

        <div className="bs-body">
          <section className="bs-panel bs-map">
            <div className="bs-panel-head">
              <h2>
                {t.map} · <ZhText text={scope.name} />
              </h2>
              <div className="bs-indicators" role="group">
                {TILE_INDICATORS.map((i) => (
                  <button
                    key={i}
                    type="button"
                    className="bs-chip-button"
                    aria-pressed={i === indicator}
                    data-indicator={i}
                    onClick={() => setIndicator(i)}
                  >
                    {TILE_INDICATOR_LABEL[i][lang]}
                  </button>
                ))}
              </div>
            </div>
            <Chart
              testId="bs-tiles"
              option={map.option}
              height={MAP_HEIGHT}
              label={`${t.map} · ${t.mapOf(scope.name)}`}
              onClick={onTileClick}
            />
            <p className="bs-legend">
              {t.legend} · {t.schematic}
            </p>
          </section>

          <div className="bs-side">
            <section className="bs-panel bs-rank" data-testid="bs-rank">
              <h2>
                {t.rank} · <ZhText text={scope.name} />
              </h2>
              {ranked.length === 0 ? (
                <p className="bs-empty">{t.rankNone}</p>
              ) : (
                <ol>
                  {ranked.map((row, i) => (
                    <li key={row.region.code}>
                      <span className="bs-rank-n">{i + 1}</span>
                      <button type="button" className="bs-link" onClick={() => selectRegion(row.region.code)}>
                        <ZhText text={row.region.name} />
                      </button>
                      {row.noData ? <span className="bs-tag bs-tag-none">{t.noData}</span> : <SeverityTag severity={row.worst} lang={lang} />}
                      <span className="bs-rank-count">{t.counts(row.red, row.alerts - row.red)}</span>
                    </li>
                  ))}
                </ol>
              )}
            </section>

            {/* A new scope rolls from its worst alerts again. */}
            <RollingAlerts key={`${region.code}|${fund}|${quarter}`} alerts={alerts} regionName={regionName} lang={lang} policy={policy} />
          </div>
        </div>
      </div>
    </div>
  );
}

/**
 * The worst alerts, ALERTS_AT_ONCE at a time, the next ones every
 * ALERT_ROLL_SECONDS (the first 20 at most). Moving content a reader must be
 * able to stop (WCAG 2.2.2): a button pauses and resumes the roll, as the
 * tour's does.
 */
function RollingAlerts({ alerts, regionName, lang, policy }: { alerts: readonly Alert[]; regionName: (code: string) => string; lang: Lang; policy: PolicyBands }) {
  const t = TEXT[lang];
  const [page, setPage] = useState(0);
  const [paused, setPaused] = useState(false);
  const pages = Math.max(1, Math.ceil(Math.min(alerts.length, ROLLED) / ALERTS_AT_ONCE));
  useEffect(() => {
    if (pages <= 1 || paused) return undefined;
    const timer = window.setInterval(() => setPage((p) => (p + 1) % pages), ALERT_ROLL_SECONDS * 1000);
    return () => window.clearInterval(timer);
  }, [pages, paused]);
  const shown = alerts.slice(page * ALERTS_AT_ONCE, page * ALERTS_AT_ONCE + ALERTS_AT_ONCE);
  return (
    <section className="bs-panel bs-alerts" data-testid="bs-alerts" data-paused={String(paused)}>
      <div className="bs-panel-head">
        <h2>
          {t.worst}
          {alerts.length > 0 && (
            <span className="bs-sub"> {t.rolling(page * ALERTS_AT_ONCE + 1, page * ALERTS_AT_ONCE + shown.length, Math.min(alerts.length, ROLLED), alerts.length)}</span>
          )}
        </h2>
        {pages > 1 && (
          <button type="button" className="bs-button bs-roll-pause" data-testid="bs-alerts-pause" onClick={() => setPaused((p) => !p)}>
            {paused ? t.resumeRoll : t.pauseRoll}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="bs-empty">{t.noAlerts}</p>
      ) : (
        <ul>
          {shown.map((alert, i) => (
            // One rule may alert twice for a region (the quarter and the year to date).
            <li key={`${page}|${i}|${alert.rule}|${alert.regionCode}`}>
              <SeverityTag severity={alert.severity} lang={lang} />
              <span className="bs-alert-text">
                <ZhText text={regionName(alert.regionCode)} /> · {RULE_LABEL[alert.rule][lang]} · {screenAlertValue(alert, lang, policy)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
