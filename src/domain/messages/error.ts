// The product's one error: what went wrong as messages (code + params), said
// in the reader's language where it is shown (errorMessage). A refusal that
// lists several issues (a policy file) carries one message per issue.
import type { Lang } from '../lang';
import type { Message } from './codes';
import { renderMessage } from './render';

export class FundWatchError extends Error {
  readonly messages: readonly Message[];
  constructor(messages: Message | readonly Message[]) {
    const list = Array.isArray(messages) ? (messages as readonly Message[]) : [messages as Message];
    // Error.message is for a developer's log and stack trace: in Chinese, the product's language.
    super(list.map((m) => renderMessage(m, 'zh')).join('\n'));
    this.name = 'FundWatchError';
    this.messages = list;
  }

  /** The first message (every FundWatchError has one). */
  get detail(): Message {
    return this.messages[0] as Message;
  }
}

/** A thrown error's message in the reader's language; errors of other origins (DuckDB, the browser) speak only their own. */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof FundWatchError) return error.messages.map((m) => renderMessage(m, lang)).join('\n');
  return error instanceof Error ? error.message : String(error);
}
