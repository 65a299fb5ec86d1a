// Opening a workbook (unzipping it and walking its XML) takes seconds for a
// million-cell sheet. The page hands that to a worker (workbookWorker.ts,
// runtime/workbookClient.ts) so that it never freezes; the command line and
// the tests open it where they are.
import type { Message } from '../../domain/messages/codes';
import { readXlsx, XlsxError, type XlsxWorkbook } from './xlsx';

/** Opens a workbook's bytes; refuses a file that is not a readable workbook with an XlsxError. */
export type OpenWorkbook = (bytes: Uint8Array) => Promise<XlsxWorkbook>;

// A refusal rejects the promise (the executor's throw), as the worker's would.
export const openInPlace: OpenWorkbook = (bytes) => new Promise((resolve) => resolve(readXlsx(bytes)));

/** What crosses from the worker to the page: plain data, as structured clone keeps it. */
export type WorkbookReply = { ok: true; workbook: XlsxWorkbook } | { ok: false; reason: Message } | { ok: false; failure: string };

/** The worker's side: the workbook, or why it is not one (an XlsxError's reason), or a failure (a bug, memory). */
export function openForReply(bytes: Uint8Array): WorkbookReply {
  try {
    return { ok: true, workbook: readXlsx(bytes) };
  } catch (e) {
    if (e instanceof XlsxError) return { ok: false, reason: e.detail };
    return { ok: false, failure: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** The page's side: the reply as openInPlace would have returned or thrown it. */
export function fromReply(reply: WorkbookReply): XlsxWorkbook {
  if (reply.ok) return reply.workbook;
  if ('reason' in reply) throw new XlsxError(reply.reason);
  throw new Error(reply.failure);
}
