// The page's workbook reader (see workbooks.ts): one worker per workbook,
// ended when it has answered, so a big workbook's parsing memory goes with it.
import { openForReply } from './workbooks';

const scope = self as unknown as { onmessage: ((e: MessageEvent<Uint8Array>) => void) | null; postMessage(reply: unknown): void };

scope.onmessage = (e) => {
  scope.postMessage(openForReply(e.data));
};
