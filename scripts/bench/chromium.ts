// Debian's Chromium through playwright-core, a fresh profile per launch,
// with the flags the browser tests use (test/browser/harness.ts).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FreshBrowser {
  context: BrowserContext;
  profileDir: string;
  close(): Promise<void>;
}

export async function launchFresh(): Promise<FreshBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'fundwatch-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    profileDir,
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

interface Proc {
  pid: number;
  ppid: number;
  cmdline: string;
}

async function processes(): Promise<Proc[]> {
  const out: Proc[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = await readFile(`/proc/${name}/status`, 'utf8');
      const cmdline = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0), cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** Renderer processes of the Chromium that runs on `profileDir` (the page, its workers and their wasm live there). */
export async function rendererPids(profileDir: string): Promise<number[]> {
  const all = await processes();
  const roots = all.filter((p) => p.cmdline.includes(`--user-data-dir=${profileDir}`) && !p.cmdline.includes('--type='));
  const ours = new Set(roots.map((p) => p.pid));
  // Children of children: zygotes sit between the browser and its renderers.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => ours.has(p.pid) && p.cmdline.includes('--type=renderer')).map((p) => p.pid);
}

/** Resident memory of the given processes, in MB. */
export async function rssMb(pids: readonly number[]): Promise<number> {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return kb / 1024;
}
