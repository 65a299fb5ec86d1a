// Engine parity at scale: a province ten times the sample (~1,030 counties,
// generated into a temp folder) through the CLI's main on DuckDB-wasm and on
// native DuckDB must print the same document (see parity.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import { both } from './bothEngines';
import { writeProvince10x } from '../../scripts/bench/province10x';

const ROOT = join(import.meta.dirname, '../..');

describe('DuckDB-wasm and native DuckDB print the same analysis', () => {
  describe('a province ten times the sample', () => {
    let dir = '';
    let counties = 0;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'fundwatch-parity-'));
      counties = writeProvince10x(ROOT, dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('--json of the latest quarter', async () => {
      const { wasm, native } = await both('analyze', '--data', dir, '--json');
      expect(native.code).toBe(0);
      expect(native.stderr).toBe('');
      // Compared as text first: a difference shows as a diff of the document, not of two huge objects.
      expect(native.stdout).toBe(wasm.stdout);
      const doc = JSON.parse(native.stdout) as AnalysisJson;
      expect(counties).toBe(1030);
      expect(doc.quarter).toBe('2024Q4');
      expect(new Set(doc.coverage.filter((c) => c.level === 'county').map((c) => c.region_code)).size).toBe(1030);
    }, 240_000);
  });
});
