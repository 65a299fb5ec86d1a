// Browser side of the XLSX comparison (scripts/bench/xlsxLibraries.ts):
// `?library=ours|sheetjs|exceljs|none` starts a worker that imports that one
// library (readers.ts) and says so (`window.xlsxReady`); a picked file goes to
// the worker as the File itself, and the worker's read — bytes to grid, as
// under Node — is timed there (`window.xlsxResult`). The bench samples the
// renderer's RSS meanwhile (the worker lives in the renderer process).
export interface WorkerResult {
  ms: number;
  rows: number;
  cells: number;
  error?: string;
}

declare global {
  interface Window {
    xlsxReady?: boolean;
    xlsxResult?: WorkerResult;
  }
}

const library = new URLSearchParams(location.search).get('library') ?? 'ours';
const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
const out = document.getElementById('out') as HTMLElement;
worker.onmessage = (event: MessageEvent<{ ready: true } | WorkerResult>) => {
  if ('ready' in event.data) {
    window.xlsxReady = true;
    out.textContent = `${library} ready`;
  } else {
    window.xlsxResult = event.data;
    out.textContent = JSON.stringify(event.data);
  }
};
worker.postMessage({ library });
const input = document.getElementById('file') as HTMLInputElement;
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) worker.postMessage({ file });
});
