// The sample's 2024Q4 report and analyze --json, produced by the commands a
// user runs (scripts/run-cli.mjs), for the tests that compare them.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AnalysisJson } from '../../src/domain/analysis';

export const ROOT = join(import.meta.dirname, '../..');
export const SAMPLE = join(ROOT, 'data/sample');

export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(ROOT, 'scripts/run-cli.mjs'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

export interface SampleReport {
  file: string;
  html: string;
  stdout: string;
  json: AnalysisJson;
}

export async function sampleReport(quarter = '2024Q4', ...extra: string[]): Promise<SampleReport> {
  const file = join(mkdtempSync(join(tmpdir(), 'fundwatch-report-')), 'report.html');
  const [report, analyze] = await Promise.all([
    cli('report', '--data', SAMPLE, '--quarter', quarter, '--out', file, ...extra),
    cli('analyze', '--data', SAMPLE, '--quarter', quarter, '--json'),
  ]);
  if (report.code !== 0) throw new Error(`report failed: ${report.stderr}`);
  return { file, html: readFileSync(file, 'utf8'), stdout: report.stdout, json: JSON.parse(analyze.stdout) as AnalysisJson };
}

/** The parsed `<script type="application/json" id="data-<id>">` block. */
export function embedded<T>(html: string, id: string): T {
  const m = new RegExp(`<script type="application/json" id="data-${id}">([\\s\\S]*?)</script>`).exec(html);
  if (!m?.[1]) throw new Error(`no data-${id} block`);
  return JSON.parse(m[1]) as T;
}

/** Text of the cell `data-col=col` in the row `data-region=region` of table `tableId`. */
export function cell(html: string, tableId: string, region: string, col: string): string {
  const table = new RegExp(`<table id="${tableId}">([\\s\\S]*?)</table>`).exec(html)?.[1];
  if (!table) throw new Error(`no table ${tableId}`);
  const row = new RegExp(`<tr data-region="${region}"[^>]*>([\\s\\S]*?)</tr>`).exec(table)?.[1];
  if (!row) throw new Error(`no row ${region} in ${tableId}`);
  const td = new RegExp(`<td[^>]*data-col="${col}"[^>]*>([^<]*)</td>`).exec(row)?.[1];
  if (td === undefined) throw new Error(`no cell ${col} in ${tableId}/${region}`);
  return td;
}
