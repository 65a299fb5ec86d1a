// What can be wrong with a policy.json: each problem is a message (code and
// values) at the path it is about, so the readers of a refusal (the data
// page, the policy form, the command line) say it in their own language from
// the same record (messages/zh.ts, messages/en.ts).
import type { Lang } from '../lang';
import { message, type Message, type ParamsArg, type PolicyReasonCode } from '../messages/codes';
import { renderMessage } from '../messages/render';

/** `policy.issue`: where in the file (`years[0].thresholds.months_payable[2]`; for a resolved year, inside that year), the year it resolves for when it has one, and why. */
export type PolicyIssue = Message<'policy.issue'>;

export function policyIssue(path: string, reason: Message<PolicyReasonCode>, year: number | null = null): PolicyIssue {
  return message('policy.issue', { path, year, reason });
}

/** The reason alone, without the path (the policy form shows it next to its field). */
export function policyIssueReason(issue: PolicyIssue, lang: Lang): string {
  return renderMessage(issue.params.reason, lang);
}

/** `years[0].thresholds.coverage[1]: overlaps …` (English) or the same in Chinese, with the year it resolves for when it has one. */
export function policyIssueText(issue: PolicyIssue, lang: Lang): string {
  return renderMessage(issue, lang);
}

/** The problems found so far while checking a file. */
export class IssueList {
  readonly list: PolicyIssue[] = [];
  add<C extends PolicyReasonCode>(path: string, code: C, ...params: ParamsArg<C>): void {
    this.list.push(policyIssue(path, message(code, ...params) as Message<PolicyReasonCode>));
  }
  get size(): number {
    return this.list.length;
  }
}
