// Which file of a dropped folder is which table. Users drop whole folders,
// so paths carry any prefix; only the base name counts.
import { CONTRACT, type TableSpec } from './contract';
import type { Problem } from './problems';

export interface DatasetFile {
  /** Path or base name, e.g. `data/sample/fund_flows.csv`. */
  name: string;
  bytes: Uint8Array;
}

export const POLICY_FILE_NAME = 'policy.json';

export interface SortedFiles {
  tables: Map<TableSpec, DatasetFile>;
  policy: DatasetFile | null;
  problems: Problem[];
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

const LATER_FORMATS = ['.xlsx', '.xls', '.parquet'];

export function sortFiles(files: readonly DatasetFile[]): SortedFiles {
  const tables = new Map<TableSpec, DatasetFile>();
  let policy: DatasetFile | null = null;
  const problems: Problem[] = [];
  for (const file of files) {
    const base = baseName(file.name);
    const lower = base.toLowerCase();
    if (lower === POLICY_FILE_NAME) {
      if (policy) problems.push(duplicate(base));
      policy = file;
      continue;
    }
    const spec = CONTRACT.find((t) => lower === `${t.name}.csv` || base === `${t.label}.csv`);
    if (spec) {
      if (tables.has(spec)) problems.push(duplicate(base));
      tables.set(spec, file);
      continue;
    }
    const stem = lower.replace(/\.[^.]+$/, '');
    const known = CONTRACT.find((t) => t.name === stem);
    problems.push({
      file: base,
      row: null,
      column: null,
      problem: known && LATER_FORMATS.some((ext) => lower.endsWith(ext)) ? '暂不支持该文件格式，已忽略' : '不是数据契约中的文件，已忽略',
      expected: known ? `${known.name}.csv（UTF-8 编码）` : `以下文件名之一：${CONTRACT.map((t) => `${t.name}.csv`).join('、')}、${POLICY_FILE_NAME}`,
      severity: 'warning',
    });
  }
  for (const spec of CONTRACT) {
    if (spec.required && !tables.has(spec)) {
      problems.push({
        file: `${spec.name}.csv`,
        row: null,
        column: null,
        problem: `缺少必需的文件（${spec.label}）`,
        expected: `数据文件夹中包含 ${spec.name}.csv`,
        severity: 'error',
      });
    }
  }
  return { tables, policy, problems };
}

function duplicate(base: string): Problem {
  return {
    file: base,
    row: null,
    column: null,
    problem: '同一张表出现了两个文件',
    expected: '每张表只提供一个文件',
    severity: 'error',
  };
}
