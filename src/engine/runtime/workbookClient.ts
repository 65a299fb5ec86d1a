// Workbooks opened off the page's thread: each in a worker of its own
// (formats/workbookWorker.ts), which is ended once it has answered.
import { fromReply, type OpenWorkbook, type WorkbookReply } from '../formats/workbooks';

type MakeWorker = () => Worker;

const bundledWorker: MakeWorker = () => new Worker(new URL('../formats/workbookWorker.ts', import.meta.url), { type: 'module' });

export function openInWorker(makeWorker: MakeWorker = bundledWorker): OpenWorkbook {
  return (bytes) =>
    new Promise((resolve, reject) => {
      const worker = makeWorker();
      worker.onmessage = (e: MessageEvent<WorkbookReply>) => {
        worker.terminate();
        try {
          resolve(fromReply(e.data));
        } catch (error) {
          reject(error);
        }
      };
      worker.onerror = (e) => {
        worker.terminate();
        reject(new Error(`workbook worker: ${e.message}`));
      };
      // A copy is handed over whole (transferred): the caller's bytes stay usable.
      const copy = bytes.slice();
      worker.postMessage(copy, [copy.buffer]);
    });
}
