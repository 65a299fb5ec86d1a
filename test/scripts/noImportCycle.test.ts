// The lint rule that forbids import cycles counts type-only imports too
// (import-x/no-cycle does not): two files naming each other's types are a cycle.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import noImportCycle from '../../scripts/lint/noImportCycle.js';

const dir = mkdtempSync(join(tmpdir(), 'fundwatch-cycle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lint(files: Record<string, string>): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { fundwatch: { rules: { 'no-import-cycle': noImportCycle } } },
        rules: { 'fundwatch/no-import-cycle': 'error' },
      },
    ],
  });
  const results = await eslint.lintFiles(Object.keys(files).map((f) => join(dir, f)));
  return results.flatMap((r) => r.messages.map((m) => m.message));
}

describe('fundwatch/no-import-cycle', () => {
  it('reports a cycle of type-only imports, at both files', async () => {
    const messages = await lint({
      'a.ts': "import type { B } from './b';\nexport interface A { b: B }\n",
      'b.ts': "import type { A } from './a';\nexport interface B { a: A }\n",
    });
    expect(messages).toEqual(['Import cycle (type-only imports count): a.ts → b.ts → a.ts', 'Import cycle (type-only imports count): b.ts → a.ts → b.ts']);
  });

  it('is quiet when the types live in a third file', async () => {
    const messages = await lint({
      'c.ts': "import type { D } from './words';\nexport interface C { d: D }\n",
      'words.ts': 'export interface D { n: number }\n',
    });
    expect(messages).toEqual([]);
  });
});
