// `--scenario`: the stress scenario of `analyze` and `report`, checked against
// the dataset's policy (the ranges live there). A refusal names each
// parameter and its allowed range, in the command's language, and nothing is
// computed from it.
import { PolicyError } from '../domain/policy';
import { policyIssueText } from '../domain/policyIssues';
import { resolvePolicy } from '../domain/policy';
import type { PolicyFile } from '../domain/policyTypes';
import { parseQuarter } from '../domain/quarter';
import { parseScenario, type StressScenario } from '../domain/stressScenario';
import type { Quarter } from '../domain/types';
import type { CliArgs } from './args';
import type { CliIo } from './io';
import { CLI_TEXT } from './text';

/** The scenario of `args` (null when none was given), or 'refused' after saying why on stderr. */
export function cliScenario(args: CliArgs, policyFile: PolicyFile, quarter: Quarter, io: CliIo): StressScenario | null | 'refused' {
  if (args.scenario === null) return null;
  try {
    return parseScenario(args.scenario, resolvePolicy(policyFile, parseQuarter(quarter).year));
  } catch (e) {
    if (!(e instanceof PolicyError)) throw e;
    io.err(CLI_TEXT[args.lang].badScenario(args.scenario));
    for (const issue of e.issues) io.err(`  ${policyIssueText(issue, args.lang)}`);
    return 'refused';
  }
}
