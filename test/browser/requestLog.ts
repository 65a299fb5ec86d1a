// The app promises that nothing leaves the user's machine. Every request the
// browser makes is logged here, per test file, and checked at three levels:
// each test, each file, and the whole run (globalSetup teardown).
import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** data: and blob: never touch the network; everything else must be the local server. */
export function isLocalRequest(url: string, baseUrl: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === new URL(baseUrl).origin;
  } catch {
    return false;
  }
}

export function foreignRequests(urls: readonly string[], baseUrl: string): string[] {
  return urls.filter((u) => !isLocalRequest(u, baseUrl));
}

export async function appendRequestLog(dir: string, name: string, urls: readonly string[]): Promise<void> {
  if (urls.length === 0) return;
  await mkdir(dir, { recursive: true });
  await appendFile(join(dir, `${name}.log`), urls.map((u) => `${u}\n`).join(''));
}

export async function readRequestLogs(dir: string): Promise<string[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return texts.flatMap((t) => t.split('\n').filter((l) => l !== ''));
}
