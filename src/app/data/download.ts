// Saving bytes the page made as a file: a Blob and a temporary <a download>.
// Nothing goes over the network, so person-level lists never leave the browser.
export const CSV_MIME = 'text/csv;charset=utf-8';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_MIME = 'application/json';
export const ZIP_MIME = 'application/zip';

export function downloadBytes(name: string, bytes: Uint8Array | string, mime: string): void {
  // A copy into a plain ArrayBuffer: Blob does not take views over shared memory.
  const part = typeof bytes === 'string' ? bytes : bytes.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click has started the download; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name from a title: characters Windows refuses, spaces and a title's " · " between its parts
 * become one `_` (风险预警_内蒙古自治区_城乡居民医保基金, never 风险预警_内蒙古自治区_·_城乡居民医保基金).
 */
export function safeFileName(title: string): string {
  return title.replace(/(?:[\\/:*?"<>|\s_]*[·・][\\/:*?"<>|\s_]*)+|[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'export';
}
