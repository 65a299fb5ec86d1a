// An alert's sentence as a reader gets it: its message said in Chinese or English.
import { renderMessage } from '../../../src/domain/messages/render';
import type { Alert } from '../../../src/domain/types';

export function zh(a: Alert | undefined): string | undefined {
  return a === undefined ? undefined : renderMessage(a.text, 'zh');
}

export function en(a: Alert | undefined): string | undefined {
  return a === undefined ? undefined : renderMessage(a.text, 'en');
}
