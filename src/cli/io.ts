// Where the commands write: stdout and stderr, or a test's buffers.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Control characters other than the line end and the tab, as the text
 * `\u001b` (C0, DEL and C1). A file's cell is quoted into problems and
 * summaries: an escape sequence in it must not move the cursor, clear or
 * retitle the terminal, and a NUL or CR must not hide the rest of a line.
 * In `--json` the same text is the JSON escape of the same character, so the
 * document means what it did (JSON.stringify already escapes C0 this way).
 */
export function terminalSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) continue;
    out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** C0 but the tab (9) and the line end (10), DEL, C1. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
}

/** `io` writing only terminal-safe text. */
export function safeIo(io: CliIo): CliIo {
  return { out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
}
