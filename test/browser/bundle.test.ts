// What the first screen downloads before it can draw, on the real build:
// the entry script and what index.html preloads (issue #6 budget, 250 KB
// gzip). ECharts and the engine are fetched beside it and must stay out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { initialJs } from '../../scripts/bench/bundleSize';

const BUDGET_KB = 250;

describe('first-screen JavaScript', () => {
  const dist = inject('distDir');

  it(`stays under ${BUDGET_KB} KB gzip, without ECharts, DuckDB or the XLSX writer`, async () => {
    const initial = await initialJs(dist);
    expect(initial.files.length).toBeGreaterThan(0);
    expect(initial.gzipBytes / 1024).toBeLessThan(BUDGET_KB);
    const code = (await Promise.all(initial.files.map((f) => readFile(join(dist, f), 'utf8')))).join('\n');
    // Text that survives minification in each one's code: ECharts' inner
    // keys, DuckDB's client API, the XLSX writer's cell type.
    expect(code).not.toContain('__ec_');
    expect(code).not.toContain('registerFileBuffer');
    expect(code).not.toContain('inlineStr');
    // …while the pictures that stand in for ECharts are there.
    expect(code).toContain('chart-picture');
  });
});
