// How the tests of the issue-3 pages find them: one wait per page, and the
// parts of `analyze --json` those pages show.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { byTestId } from './dashboard';
import { APP_TIMEOUT } from './harness';
import type { AnalysisJson } from './cliAnalysis';

export type PageName = 'sharing' | 'allocation' | 'alerts' | 'policy' | 'reconciliation';

export async function waitForPage(page: Page, name: PageName): Promise<Locator> {
  const root = byTestId(page, `page-${name}`);
  await root.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  return root;
}

/** DESIGN.md's sharing and allocation sections of `analyze --json`. */
export interface SharingJson {
  city_code: string;
  fund: string;
  year: number;
  gap: string;
  covered_by_balance: string;
  county_self: { region_code: string; amount: string }[];
  city_share: string;
  county_shares: { region_code: string; amount: string }[];
}

export interface AnalysisJsonWithPages extends AnalysisJson {
  sharing: SharingJson[];
  allocation: { year: number; pot: string; region_code: string; amount: string }[];
}

/** Yuan text ("1234.56", "-0.07") as integer fen, so sums in tests are exact. */
export function fen(yuan: string): bigint {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(yuan);
  if (!m) throw new Error(`not a 2-decimal yuan amount: ${yuan}`);
  const value = BigInt(m[2] ?? '0') * 100n + BigInt(m[3] ?? '0');
  return m[1] === '-' ? -value : value;
}

export function yuanText(f: bigint): string {
  const negative = f < 0n;
  const abs = negative ? -f : f;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export async function attrs(list: Locator, name: string): Promise<string[]> {
  return Promise.all((await list.all()).map(async (el) => (await el.getAttribute(name)) ?? ''));
}

export async function waitForCount(list: Locator, want: number): Promise<void> {
  await expect.poll(() => list.count(), { timeout: APP_TIMEOUT }).toBe(want);
}
