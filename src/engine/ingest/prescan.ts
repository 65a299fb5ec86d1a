// CSV files scanned (csvScan.ts) ahead of their turn, biggest first, while
// the engine stages the files before them. The scan is JavaScript on the
// page (or the command line's thread) and DuckDB waits for it: a
// 5,000,000-row roster's ~0.9 s scan ran while the engine's worker sat idle
// between the small files and the roster. One scan at a time, and none
// while a finished scan that rewrote its file (GBK, `\r` line ends) waits
// for its turn, so at most one rewritten copy is held beyond today's.
import { scanCsv, type CsvScan, type FileContent, type ScanOptions } from '../formats/csvScan';
import type { TableSource } from '../formats/files';

export interface Prescans {
  /** The scan of `content` if one was started (the caller's from then on), else null: scan it yourself. */
  take(content: FileContent): Promise<CsvScan> | null;
  /** No new scan starts after this (scans not taken are dropped). */
  stop(): void;
}

const sizeOf = (content: FileContent): number => (content instanceof Uint8Array ? content.byteLength : content.size);

/**
 * Starts scanning the CSV sources, biggest first, one after another.
 * `skip`: contents that will not be scanned whole (a file native DuckDB
 * reads where it lies, stage.ts).
 */
export function prescanCsv(sources: readonly TableSource[], options: ScanOptions, skip: (content: FileContent) => boolean): Prescans {
  const pending = sources
    .flatMap((s) => (s.format === 'csv' && !skip(s.content) ? [s.content] : []))
    .sort((a, b) => sizeOf(b) - sizeOf(a));
  const started = new Map<FileContent, Promise<CsvScan>>();
  const taken = new Set<FileContent>();
  // A finished, rewritten scan not yet taken: the next waits for it to be.
  let heldCopy: { content: FileContent; release: () => void } | null = null;
  let stopped = false;

  const run = async (): Promise<void> => {
    for (const content of pending) {
      if (stopped) return;
      if (taken.has(content)) continue;
      const scan = scanCsv(content, options);
      // Its failure is the taker's to report (stage.ts), never an unhandled rejection here.
      scan.catch(() => undefined);
      started.set(content, scan);
      const result = await scan.catch(() => null);
      if (result && result.utf8 !== content && !taken.has(content)) {
        await new Promise<void>((release) => {
          heldCopy = { content, release };
        });
      }
    }
  };
  void run();

  return {
    take(content) {
      taken.add(content);
      const scan = started.get(content) ?? null;
      started.delete(content);
      if (heldCopy?.content === content) {
        heldCopy.release();
        heldCopy = null;
      }
      return scan;
    },
    stop() {
      stopped = true;
      started.clear();
      heldCopy?.release();
      heldCopy = null;
    },
  };
}
