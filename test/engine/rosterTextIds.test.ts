// Found by the sweep of office files: systems that export a roster to CSV
// keep an ID card number as text for Excel by writing it as a formula
// (="150102199001011234") or after a tab. Such an ID was hashed with its
// `="…"` or tab, so the same person under two spellings counted twice.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';

const HEADER = 'quarter,person_id,region_code,category,source,enrolled';

describe('ID card numbers kept as text for Excel', () => {
  const engine = useEngine();

  it('reads ="…" and a tab before or after the ID as the ID itself: one person, not three', async () => {
    const roster = [
      HEADER,
      '2024Q4,150102199001011234,150102,tekun,civil_affairs,true',
      '2024Q4,="150102199001011234",150102,tekun,agriculture,true',
      '2024Q4,\t150102199001011234\t,150102,tekun,other,true',
      '2024Q4,\t="150102199001011235",150102,tekun,civil_affairs,false',
      '2024Q4,150102199001011235,150102,tekun,agriculture,false',
    ].join('\n');
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', roster)));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await engine().query('SELECT CAST(count(DISTINCT person_id) AS INTEGER) AS persons FROM roster')).toEqual([{ persons: 2 }]);
  });

  it('refuses an Excel error value saved in place of an ID (#N/A of a failed lookup): every such row would be one person', async () => {
    const roster = [HEADER, '2024Q4,#N/A,150102,tekun,civil_affairs,true', '2024Q4,#N/A,150102,dibao,civil_affairs,false', '2024Q4,150102199001011234,150102,tekun,civil_affairs,true'].join('\n');
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', roster)));
    expect(report.ok).toBe(false);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'roster.csv · 第2行 · person_id · 身份证号"#N/A"是 Excel 的错误值（公式没有算出结果） · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
      'roster.csv · 第3行 · person_id · 身份证号"#N/A"是 Excel 的错误值（公式没有算出结果） · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
    ]);
  });
});
