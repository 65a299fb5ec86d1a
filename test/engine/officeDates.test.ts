// Dates and yes/no as Chinese offices write them: Excel on Chinese Windows
// saves a CSV's dates as 2021/10/22 (and people type 2021年10月22日), and a
// roster's enrolled column says 是/否. Year first, they are never ambiguous:
// they load as the same dates and booleans as 2021-10-22 and true/false.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { csv, SAMPLE_DIR as SAMPLE, sampleRewritten, tinyWith, useEngine } from './harness';


/** 2021-10-22 as 2021/10/22 or 2021年10月22日, the leading zeros dropped, alternately. */
function officeDate(iso: string, i: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return i % 2 === 0 ? `${y}/${m}/${d}` : `${y}年${m}月${d}日`;
}

describe('dates and yes/no as offices write them', () => {
  const engine = useEngine();

  it('reads every transfer date of the sample written 2021/10/22 or 2021年10月22日 as the same date', async () => {
    const files = await readDatasetDir(SAMPLE);
    const iso = await loadDataset(engine(), files);
    expect(iso.ok).toBe(true);
    const before = await engine().query('SELECT transfer_id, CAST(issued_date AS VARCHAR) AS issued, CAST(received_date AS VARCHAR) AS received FROM transfers ORDER BY transfer_id');

    const transfers = await sampleRewritten('transfers.csv', (cells, i) => {
      for (const k of [7, 8]) if (/^\d{4}-\d{2}-\d{2}$/.test(cells[k] ?? '')) cells[k] = officeDate(cells[k] ?? '', i + k);
    });
    expect('bytes' in transfers && new TextDecoder().decode(transfers.bytes).includes('年')).toBe(true);
    const office = await loadDataset(engine(), [...files.filter((f) => f.name !== 'transfers.csv'), transfers]);
    expect(office.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(await engine().query('SELECT transfer_id, CAST(issued_date AS VARCHAR) AS issued, CAST(received_date AS VARCHAR) AS received FROM transfers ORDER BY transfer_id')).toEqual(before);
    expect(before.length).toBeGreaterThan(100);
  });

  it('reads 是/否 and TRUE/FALSE in enrolled as true/false', async () => {
    const header = 'quarter,person_id,region_code,category,source,enrolled';
    const rows = (yes: string, no: string) => [header, `2024Q4,150102199001011234,150102,dibao,civil_affairs,${yes}`, `2024Q4,150102199001015678,150102,dibao,civil_affairs,${no}`].join('\n');
    const enrolled = async (yes: string, no: string) => {
      const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', rows(yes, no))));
      expect(report.problems.filter((p) => p.severity === 'error'), `${yes}/${no}`).toEqual([]);
      return engine().query('SELECT enrolled FROM roster ORDER BY enrolled');
    };
    const plain = await enrolled('true', 'false');
    expect(plain).toEqual([{ enrolled: false }, { enrolled: true }]);
    expect(await enrolled('是', '否')).toEqual(plain);
    expect(await enrolled('TRUE', 'FALSE')).toEqual(plain);
  });
});
