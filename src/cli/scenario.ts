// `--scenario`: the stress scenario of `analyze` and `report`, checked against
// the dataset's policy (the ranges live there). A refusal names each
// parameter and its allowed range, in the command's language, and nothing is
// computed from it.
import { FundWatchError } from '../domain/messages/error';
import { renderMessage } from '../domain/messages/render';
import { resolvePolicy } from '../domain/policy/policy';
import type { PolicyFile } from '../domain/policy/types';
import { parseQuarter } from '../domain/quarter';
import { parseScenario, scenarioDescription, type StressScenario } from '../domain/stressScenario';
import { baselineRedNote } from '../domain/stressBaseline';
import { rankStress, redMonthsThreshold, type StressResult } from '../domain/stress';
import { FUND_LABEL } from '../domain/labels';
import { texts, type Lang } from '../domain/lang';
import { formatYuan } from '../domain/money';
import { quarterLabel } from '../domain/quarter';
import type { Analysis, Quarter } from '../domain/types';
import type { CliArgs } from './args';
import type { CliIo } from './io';
import { CLI_TEXT } from './text';

/** The scenario of `args` (null when none was given), or 'refused' after saying why on stderr. */
export function cliScenario(args: CliArgs, policyFile: PolicyFile, quarter: Quarter, io: CliIo): StressScenario | null | 'refused' {
  if (args.scenario === null) return null;
  try {
    return parseScenario(args.scenario, resolvePolicy(policyFile, parseQuarter(quarter).year));
  } catch (e) {
    if (!(e instanceof FundWatchError)) throw e;
    io.err(CLI_TEXT[args.lang].badScenario(args.scenario));
    for (const issue of e.messages) io.err(`  ${renderMessage(issue, args.lang)}`);
    return 'refused';
  }
}

const TEXT = texts(
  {
    head: (words: string) => `压力测试 · ${words}`,
    none: (months: string) => `  未来四个季度各统筹区可支付月数均不低于 ${months} 个月`,
    row: (name: string, fund: string, quarter: string, baseline: string, buffer: string) => `  ${name} ${fund}：${quarter}跌入红色档${baseline}，需缓冲 ${buffer}`,
  },
  {
    head: (words: string) => `Stress test · ${words}`,
    none: (months: string) => `  Every pool keeps at least ${months} months payable for the next four quarters`,
    row: (name: string, fund: string, quarter: string, baseline: string, buffer: string) => `  ${name} ${fund}: red from ${quarter}${baseline}, buffer ${buffer}`,
  },
);

/** The summary's stress lines: the scenario, then each pool that crosses into red, soonest first. */
export function stressSummaryLines(results: StressResult[], analysis: Analysis, scenario: StressScenario, lang: Lang): string[] {
  const t = TEXT[lang];
  const name = (code: string) => analysis.regions.find((r) => r.code === code)?.name ?? code;
  const red = rankStress(results).filter((r) => r.firstRedQuarter !== null);
  const months = redMonthsThreshold(analysis.policy)?.value.toString() ?? '—';
  return [
    t.head(scenarioDescription(scenario, analysis.policy, lang)),
    ...(red.length === 0
      ? [t.none(months)]
      : red.map((r) => t.row(name(r.regionCode), FUND_LABEL[r.fund][lang], quarterLabel(r.firstRedQuarter as string, lang), baselineRedNote(r, lang), formatYuan(r.buffer, lang)))),
  ];
}
