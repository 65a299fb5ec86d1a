// Dates and yes/no as Chinese offices write them: Excel on Chinese Windows
// saves a CSV's dates as 2021/10/22 (and people type 2021年10月22日), and a
// roster's enrolled column says 是/否; systems export 20211022. Year first, they are never ambiguous:
// they load as the same dates and booleans as 2021-10-22 and true/false.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { formatProblem } from '../../src/engine/ingest/problems';
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

  // Found by the office-files sweep: business systems export a date field as a date and time
  // (2021-10-22 00:00:00), and Excel saves a date-and-time cell to CSV as 2021/10/22 0:00; both were
  // refused as "日期格式不对", row by row, while the same cell in an XLSX reads as its day.
  it('reads a date written with a time of day (2021-10-22 00:00:00, 2021/10/22 0:00, 2021-10-22T14:33) as its day', async () => {
    const files = await readDatasetDir(SAMPLE);
    expect((await loadDataset(engine(), files)).ok).toBe(true);
    const query = 'SELECT transfer_id, CAST(issued_date AS VARCHAR) AS issued, CAST(received_date AS VARCHAR) AS received FROM transfers ORDER BY transfer_id';
    const before = await engine().query(query);
    const times = (iso: string, i: number): string => {
      const [y, m, d] = iso.split('-').map(Number);
      return [`${iso} 00:00:00`, `${y}/${m}/${d} 0:00`, `${iso}T14:33`, `${iso} 23:59:59.000`][i % 4] ?? iso;
    };
    const transfers = await sampleRewritten('transfers.csv', (cells, i) => {
      for (const k of [7, 8]) if (/^\d{4}-\d{2}-\d{2}$/.test(cells[k] ?? '')) cells[k] = times(cells[k] ?? '', i + k);
    });
    const timed = await loadDataset(engine(), [...files.filter((f) => f.name !== 'transfers.csv'), transfers]);
    expect(timed.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(await engine().query(query)).toEqual(before);
  });

  // Finance and civil-affairs systems export a date field as eight digits (20211022): refused
  // row by row as "格式不对" before, though year first it is as unambiguous as 2021-10-22.
  it('reads every transfer date written as eight digits (20211022) as the same date', async () => {
    const files = await readDatasetDir(SAMPLE);
    expect((await loadDataset(engine(), files)).ok).toBe(true);
    const query = 'SELECT transfer_id, CAST(issued_date AS VARCHAR) AS issued, CAST(received_date AS VARCHAR) AS received FROM transfers ORDER BY transfer_id';
    const before = await engine().query(query);
    let rewritten = 0;
    const transfers = await sampleRewritten('transfers.csv', (cells) => {
      for (const k of [7, 8]) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(cells[k] ?? '')) continue;
        cells[k] = (cells[k] ?? '').replaceAll('-', '');
        rewritten++;
      }
    });
    expect(rewritten).toBeGreaterThan(100);
    const compact = await loadDataset(engine(), [...files.filter((f) => f.name !== 'transfers.csv'), transfers]);
    expect(compact.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(await engine().query(query)).toEqual(before);
  });

  it('refuses eight digits that are no day, or a day written day or month first (22102021, 10222021)', async () => {
    const transfers = await sampleRewritten('transfers.csv', (cells, i) => {
      if (i === 0) cells[7] = '20211322';
      if (i === 1) cells[7] = '20210230';
      if (i === 2) cells[7] = '22102021';
      if (i === 3) cells[7] = '10222021';
      if (i === 4) cells[7] = '2021102';
    });
    const files = (await readDatasetDir(SAMPLE)).filter((f) => f.name !== 'transfers.csv');
    const report = await loadDataset(engine(), [...files, transfers]);
    const expected = '应为：年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331';
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      `transfers.csv · 第2行 · issued_date · 日期"20211322"不存在 · ${expected}`,
      `transfers.csv · 第3行 · issued_date · 日期"20210230"不存在 · ${expected}`,
      `transfers.csv · 第4行 · issued_date · 日期"22102021"不存在 · ${expected}`,
      `transfers.csv · 第5行 · issued_date · 日期"10222021"不存在 · ${expected}`,
      `transfers.csv · 第6行 · issued_date · 日期"2021102"格式不对 · ${expected}`,
    ]);
  });

  it('still refuses a time that is none (24:00, 10:60) and a day that is none', async () => {
    const transfers = await sampleRewritten('transfers.csv', (cells, i) => {
      if (i === 0) cells[7] = '2021-10-22 24:00';
      if (i === 1) cells[7] = '2021-10-27 10:60:00';
      if (i === 2) cells[7] = '2021-02-30 00:00:00';
    });
    const files = (await readDatasetDir(SAMPLE)).filter((f) => f.name !== 'transfers.csv');
    const report = await loadDataset(engine(), [...files, transfers]);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'transfers.csv · 第2行 · issued_date · 日期"2021-10-22 24:00"格式不对 · 应为：年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331',
      'transfers.csv · 第3行 · issued_date · 日期"2021-10-27 10:60:00"格式不对 · 应为：年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331',
      'transfers.csv · 第4行 · issued_date · 日期"2021-02-30 00:00:00"不存在 · 应为：年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331',
    ]);
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

  // Found by the helpers' sweep: systems export a yes/no field as 1/0 or Y/N, forms tick it (√/×),
  // and an enrolment list says it in words; each was refused row by row.
  it.each([
    ['1', '0'],
    ['Y', 'N'],
    ['yes', 'No'],
    ['√', '×'],
    ['已参保', '未参保'],
    ['参保', '不参保'],
  ])('reads %s/%s in enrolled as true/false, in a big file\'s typed reading too', async (yes, no) => {
    const header = 'quarter,person_id,region_code,category,source,enrolled';
    const ids = Array.from({ length: 40 }, (_, i) => `1501021990010${String(1000 + i)}`);
    const rows = [header, ...ids.map((id, i) => `2024Q4,${id}${i % 10},150102,dibao,civil_affairs,${i % 4 === 0 ? no : yes}`)].join('\n');
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', rows)));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([]);
    expect(await engine().query('SELECT CAST(count(*) FILTER (WHERE enrolled) AS INTEGER) AS yes, CAST(count(*) FILTER (WHERE NOT enrolled) AS INTEGER) AS no FROM roster')).toEqual([{ yes: 30, no: 10 }]);
  });

  it('still refuses a yes/no it cannot tell (待核实, 2)', async () => {
    const header = 'quarter,person_id,region_code,category,source,enrolled';
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', [header, '2024Q4,150102199001011234,150102,dibao,civil_affairs,待核实', '2024Q4,150102199001011250,150102,dibao,civil_affairs,2'].join('\n'))));
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.column}`)).toEqual(['2 enrolled', '3 enrolled']);
  });
});
