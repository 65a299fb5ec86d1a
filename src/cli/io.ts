// Where the commands write: stdout and stderr, or a test's buffers.
import { visibleControls } from '../domain/visibleText';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * A file's cell or name as the terminal may print it: control characters,
 * bidirectional controls and line separators written as `\u001b`
 * (domain/visibleText.ts). An escape sequence must not move the cursor,
 * clear or retitle the terminal. In `--json` the same text is the JSON
 * escape of the same character, so the document means what it did.
 */
export const terminalSafe = visibleControls;

/** `io` writing only terminal-safe text. */
export function safeIo(io: CliIo): CliIo {
  return { out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
}
