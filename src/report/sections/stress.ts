// 压力测试: the stress scenario of the report (the policy's default preset,
// 支出增长10%, unless one is chosen) for the region's pools: which cross into
// the red band of months payable and when, and the buffer each would need —
// the same figures as the stress page and `analyze --scenario … --json`.
import { buildStressBandOption } from '../../charts/options/stressBand';
import { FUND_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import { moneyString } from '../../domain/money';
import { monthsCell } from '../text';
import { moneyWithUnitShown, tableMoneyUnit } from '../../domain/moneyUnit';
import { quarterLabel } from '../../domain/quarter';
import { baselineRedNote } from '../../domain/stressBaseline';
import { rankStress, redMonthsThreshold, stressTests, toStressJson, type StressResult } from '../../domain/stress';
import { scenarioDescription, scenarioText, type StressScenario } from '../../domain/stressScenario';
import { figure, type SectionContext } from '../context';
import { jsonBlock, para, table } from '../html';
import { sectionOpen } from './heading';

const TEXT = texts(
  {
    title: '压力测试',
    scenario: (words: string, from: string) => `情景：${words}；在季节规律预测之上推算 ${from} 之后四个季度。`,
    crossing: (list: string, months: string) => `该情景下跌入红色档（可支付月数低于 ${months} 个月）的统筹区：${list}。`,
    item: (name: string, fund: string, quarter: string, baseline: string, buffer: string) => `${name}${fund}自${quarter}起${baseline}，需缓冲 ${buffer}`,
    noneCrossing: (months: string) => `该情景下未来四个季度各统筹区可支付月数均不低于 ${months} 个月，无需缓冲。`,
    noPoolCrossing: (months: string) => `该情景下未来四个季度各统筹区可支付月数均不低于 ${months} 个月。`,
    province: (whole: string, item: string) => `${whole}汇总跌入红色档：${item}。`,
    caption: '缓冲 = 在当前累计结余上至少增加的金额（精确到分），使四个季度可支付月数均不低于红线',
    region: '地区',
    fund: '基金',
    baselineRed: '基准首个红色季度',
    firstRed: '情景首个红色季度',
    buffer: '所需缓冲',
    endMonths: '期末可支付月数（基准 → 情景）',
    none: '无',
    chart: (name: string, fund: string) => `${name}${fund}：基准与压力情景的累计结余`,
    noPools: '没有可测试的统筹区（需要收支与期初结余数据）。',
  },
  {
    title: 'Stress test',
    scenario: (words: string, from: string) => `Scenario: ${words}; the four quarters after ${from} on the seasonal projection.`,
    crossing: (list: string, months: string) => `Pools that fall into the red band (below ${months} months payable) under this scenario: ${list}.`,
    item: (name: string, fund: string, quarter: string, baseline: string, buffer: string) => `${name} ${fund} from ${quarter}${baseline}, buffer ${buffer}`,
    noneCrossing: (months: string) => `Under this scenario every pool keeps at least ${months} months payable for the next four quarters: no buffer is needed.`,
    noPoolCrossing: (months: string) => `Under this scenario every pool keeps at least ${months} months payable for the next four quarters.`,
    province: (_whole: string, item: string) => `The province as a whole falls into the red band: ${item}.`,
    caption: "Buffer = the least amount (to the fen) that, added to today's accumulated balance, keeps months payable at or above the red line in all four quarters",
    region: 'Region',
    fund: 'Fund',
    baselineRed: 'Baseline: first red quarter',
    firstRed: 'Scenario: first red quarter',
    buffer: 'Buffer needed',
    endMonths: 'Months payable at the end (baseline → scenario)',
    none: 'none',
    chart: (name: string, fund: string) => `${name}, ${fund}: accumulated balance, baseline and stress scenario`,
    noPools: 'No pool to test (needs fund flows and opening balances).',
  },
);

/**
 * The sentence under the scenario: the pools that fall into the red band, soonest first (`ranked`), each with
 * the buffer it needs and, where the baseline is red too, its quarter (stressBaseline.ts), then the province's total apart — it is in the table by name, but it is no pool
 * (data/README.md). The buffers read in the unit of the table's 所需缓冲 column (its body rows choose it), figure
 * for figure as the table shows them: 180.23万元 beside 23,868.47万元, where one unit from the largest read
 * 0.02亿元. The exact yuan are in the table's titles and the embedded data.
 */
export function stressSentence(ranked: readonly StressResult[], name: (code: string) => string, months: string, whole: string, lang: Lang): string {
  const t = TEXT[lang];
  const unit = tableMoneyUnit(ranked.map((r) => r.buffer), [], lang);
  const crossing = ranked.filter((r) => r.firstRedQuarter !== null);
  const pools = crossing.filter((r) => r.level !== 'province');
  const province = crossing.filter((r) => r.level === 'province');
  const item = (r: StressResult) =>
    t.item(name(r.regionCode), FUND_LABEL[r.fund][lang], quarterLabel(r.firstRedQuarter as string, lang), baselineRedNote(r, lang), moneyWithUnitShown(r.buffer, unit));
  const list = (rows: readonly StressResult[]) => rows.map(item).join(lang === 'en' ? '; ' : '；');
  const said = pools.length > 0 ? t.crossing(list(pools), months) : province.length > 0 ? t.noPoolCrossing(months) : t.noneCrossing(months);
  return province.length === 0 ? said : `${said}${lang === 'en' ? ' ' : ''}${t.province(whole, list(province))}`;
}

export function stressSection(ctx: SectionContext, n: number, scenario: StressScenario | null): string {
  const { m, lang, policy } = ctx;
  const t = TEXT[lang];
  const parts = [sectionOpen(n, 'stress', t.title, lang)];
  const results =
    scenario === null ? [] : stressTests(m.analysis.history, m.analysis.quarter, policy, m.analysis.regions, scenario).filter((r) => m.pools.has(r.regionCode));
  if (scenario === null || results.length === 0) {
    parts.push(para(t.noPools), '</section>');
    return parts.join('\n');
  }
  const red = redMonthsThreshold(policy);
  const months = red === null ? '—' : red.value.toString();
  const ranked = rankStress(results);
  parts.push(para(t.scenario(scenarioDescription(scenario, policy, lang), quarterLabel(m.analysis.quarter, lang))));
  parts.push(para(stressSentence(ranked, m.name, months, m.words.whole, lang)));
  const crossing = ranked.filter((r) => r.firstRedQuarter !== null);
  const fund = (r: StressResult) => FUND_LABEL[r.fund][lang];
  const mp = (d: (typeof results)[number]['points'][number]['scenarioMonths']) => monthsCell(d, lang);
  parts.push(
    table({
      id: 'table-stress',
      caption: t.caption,
      lang,
      head: [{ text: t.region, column: 'name' }, { text: t.fund, column: 'fund' }, t.baselineRed, t.firstRed, { text: t.buffer, num: true }, { text: t.endMonths, num: true }],
      rows: ranked.map((r) => {
        const end = r.points.at(-1);
        return {
          region: r.regionCode,
          cls: r.firstRedQuarter === null ? undefined : 'sev-red',
          cells: [
            m.name(r.regionCode),
            fund(r),
            r.baselineFirstRed === null ? t.none : quarterLabel(r.baselineFirstRed, lang),
            { text: r.firstRedQuarter === null ? t.none : quarterLabel(r.firstRedQuarter, lang), col: 'first-red', title: r.firstRedQuarter ?? '' },
            { text: moneyString(r.buffer), num: true, col: 'buffer', money: r.buffer },
            { text: `${mp(end?.baselineMonths ?? null)} → ${mp(end?.scenarioMonths ?? null)}`, num: true, cls: 'wraps' },
          ],
        };
      }),
    }),
  );
  // The figures of the table, exact, for whoever checks them (the same rows as `analyze --scenario … --json`'s stress_summary).
  parts.push(jsonBlock('stress', { scenario: scenarioText(scenario), stress_summary: toStressJson(results).stress_summary }));
  const worst = crossing[0];
  if (worst !== undefined) {
    const data = toStressJson([worst]);
    parts.push(
      figure(ctx, `stress-${worst.regionCode}-${worst.fund}`, t.chart(m.name(worst.regionCode), fund(worst)), buildStressBandOption({ result: worst, redMonths: red?.value ?? null }, lang), data, 300),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
