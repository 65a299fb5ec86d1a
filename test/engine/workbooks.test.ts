// Workbooks opened in a worker (the page) read and refuse exactly as opened
// in place (the command line): the reply crosses a structured clone, which
// keeps data and drops classes, so the refusal is rebuilt on the page's side.
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../src/engine/export/exportTable';
import { readWholeFiles, sortFiles } from '../../src/engine/formats/files';
import { openForReply, openInPlace } from '../../src/engine/formats/workbooks';
import { readXlsx, XlsxError } from '../../src/engine/formats/xlsx';
import { formatProblem } from '../../src/engine/ingest/problems';
import { openInWorker } from '../../src/engine/runtime/workbookClient';
import { declareSize } from '../../scripts/fixtures/zipSizes';

const MB = 1024 * 1024;

const regions = (): Uint8Array =>
  exportXlsx([{ name: 'regions', columns: [{ key: 'region_code' }, { key: 'name' }, { key: 'level' }], rows: [{ region_code: '150000', name: '内蒙古自治区', level: 'province' }] }]);

/** A Worker as the page has one, running the worker's code on a structured clone of each message and reply. */
class ClonedWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(bytes: Uint8Array, transfer: Transferable[]): void {
    const received = structuredClone(bytes, { transfer });
    const reply = structuredClone(openForReply(received));
    queueMicrotask(() => this.onmessage?.({ data: reply } as MessageEvent));
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('workbooks opened in a worker', () => {
  it('reads the same workbook as in place, leaves the caller its bytes and ends the worker', async () => {
    const bytes = regions();
    const workers: ClonedWorker[] = [];
    const open = openInWorker(() => {
      const w = new ClonedWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    expect(await open(bytes)).toEqual(readXlsx(bytes));
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(workers.map((w) => w.terminated)).toEqual([true]);
  });

  it('refuses a zip bomb with the same XlsxError and message as in place', async () => {
    const bomb = declareSize(regions(), 'xl/worksheets/sheet1.xml', 2047 * MB);
    const inPlace = await openInPlace(bomb).catch((e: unknown) => e);
    const inWorker = await openInWorker(() => new ClonedWorker() as unknown as Worker)(bomb).catch((e: unknown) => e);
    expect(inPlace).toBeInstanceOf(XlsxError);
    expect(inWorker).toBeInstanceOf(XlsxError);
    expect((inWorker as XlsxError).detail).toEqual((inPlace as XlsxError).detail);
  });

  it("turns a refusal into the file's problem line, and hands other failures on", async () => {
    const bomb = declareSize(regions(), 'xl/worksheets/sheet1.xml', 2047 * MB);
    const sorted = sortFiles(await readWholeFiles([{ name: 'in/regions.xlsx', bytes: bomb }], openInWorker(() => new ClonedWorker() as unknown as Worker)));
    expect(sorted.problems.map((p) => formatProblem(p, 'en'))[0]).toMatch(/^regions\.xlsx · .*xl\/worksheets\/sheet1\.xml.*2047 MB/);
    const broken = async (): Promise<never> => {
      throw new RangeError('Array buffer allocation failed');
    };
    await expect(readWholeFiles([{ name: 'regions.xlsx', bytes: regions() }], broken)).rejects.toThrow('Array buffer allocation failed');
  });
});
