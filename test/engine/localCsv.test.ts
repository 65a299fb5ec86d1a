// A big CSV file on the local disk is read by native DuckDB where it lies
// (stage.ts, localCsv; native.ts, registerLocalCsv), only its head scanned
// in JavaScript: the loaded roster, the problems and their row numbers must
// be those of the same file handed over as bytes (scanned and copied), and
// a file that is not plain UTF-8 must take the old way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainUtf8, openDatasetDir, readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { TINY_DIR } from './harness';

const HEADER = 'quarter,person_id,region_code,category,source,enrolled';
const COUNTIES = ['150102', '150103', '150202'];
/** ~175 KB, over the 64 KiB this test sets as the size from which a local file is read where it lies (16 MiB in use). */
const ROWS = 3_000;
const LOCAL_CSV_BYTES = 64 * 1024;
/** ~1.2 MB: past the first MiB, the head that is scanned in JavaScript, so that only the engine's check of the whole file sees what comes after. */
const ROWS_PAST_HEAD = 20_000;

function rosterText(rows: number, last = ''): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    // Every 5th row repeats the row before it (merged); the row before that is the person before under a second identity.
    const previous = lines.at(-1) ?? '';
    if (i % 5 === 4) {
      lines.push(previous);
      continue;
    }
    const person = i % 5 === 3 ? i - 1 : i;
    const county = COUNTIES[person % 3] ?? '150102';
    lines.push(`2024Q4,${county}1990${String(person).padStart(8, '0')},${county},${i % 5 === 3 ? 'dibao' : 'tekun'},civil_affairs,${person % 3 === 0 ? 'true' : 'false'}`);
  }
  return `${lines.join('\n')}\n${last}`;
}

let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'fundwatch-localcsv-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function datasetWith(name: string, roster: string | Uint8Array): Promise<string> {
  const dir = join(root, name);
  await import('node:fs/promises').then((fs) => fs.mkdir(dir));
  for (const file of ['regions.csv', 'assistance_enrollment.csv', 'fund_flows.csv', 'fund_balances.csv']) await copyFile(join(TINY_DIR, file), join(dir, file));
  writeFileSync(join(dir, 'roster.csv'), roster);
  return dir;
}

interface Loaded {
  problems: string[];
  tables: Record<string, number>;
  roster: unknown[];
  local: boolean[];
}

/** Loads `dir` on a fresh native engine, from Blobs of the files (local) or their bytes. */
async function load(dir: string, how: 'blobs' | 'bytes', reads: { sql: string; ok: boolean }[] = []): Promise<Loaded> {
  const native = await createNativeEngine();
  const local: boolean[] = [];
  // Counting on every connection the load stages on (Engine.beside).
  const counting = (on: Engine): Engine => ({
    ...on,
    registerLocalCsv: async (name, blob) => {
      const registered = (await on.registerLocalCsv?.(name, blob)) ?? false;
      local.push(registered);
      return registered;
    },
    // Every statement that reads a CSV file, and whether it succeeded.
    query: async (sql) => {
      const read = sql.includes('read_csv(') ? { sql, ok: false } : null;
      if (read) reads.push(read);
      const rows = await on.query(sql);
      if (read) read.ok = true;
      return rows;
    },
    ...(on.beside ? { beside: async () => counting(await (on.beside as () => Promise<Engine>)()) } : {}),
  });
  const engine = counting(native);
  try {
    const files = how === 'blobs' ? await openDatasetDir(dir) : await readDatasetDir(dir);
    const report = await loadDataset(engine, files, { salt: '0'.repeat(32), localCsvBytes: LOCAL_CSV_BYTES });
    const roster = report.ok
      ? await engine.query(
          'SELECT CAST(count(*) AS BIGINT) AS n, CAST(count(DISTINCT person_id) AS BIGINT) AS persons, CAST(count(*) FILTER (WHERE enrolled) AS BIGINT) AS enrolled, min(person_masked) AS first, CAST(bit_xor(person_id % 1000000007) AS BIGINT) AS ids FROM roster',
        )
      : [];
    return { problems: report.problems.map((p) => formatProblem(p)), tables: report.tables, roster, local };
  } finally {
    await native.close();
  }
}

describe('a big local CSV file', () => {
  it('is read where it lies, with the same roster and notices as its bytes', async () => {
    const dir = await datasetWith('plain', rosterText(ROWS));
    const local = await load(dir, 'blobs');
    const copied = await load(dir, 'bytes');
    expect(local.local).toEqual([true]);
    expect(copied.local).toEqual([]);
    expect(local.problems).toEqual(copied.problems);
    expect(local.tables).toEqual(copied.tables);
    expect(local.roster).toEqual(copied.roster);
    // Computed from the generator: 1 row in 5 repeats the row before it, 1 in 5 is a second identity.
    expect(local.tables.roster).toBe((ROWS / 5) * 4);
    expect(local.problems).toHaveLength(1);
    expect(local.problems[0]).toContain(`${ROWS / 5} 行与前面某行完全相同（如第6行与第5行）`);
    expect(local.roster).toMatchObject([{ n: (ROWS / 5) * 4, persons: (ROWS / 5) * 3, first: '150102****0000' }]);
  }, 60_000);

  it('names a broken last row by the same line', async () => {
    const dir = await datasetWith('broken', rosterText(ROWS, '2024Q4,1501021990x,150102,tekun\n'));
    const local = await load(dir, 'blobs');
    const copied = await load(dir, 'bytes');
    expect(local.local).toEqual([true]);
    expect(local.problems).toEqual(copied.problems);
    expect(local.problems.join('\n')).toContain(String(ROWS + 2));
  }, 60_000);

  it('with a value the reader cannot type, or an empty one below a template note, says what its bytes say', async () => {
    const spaced = await datasetWith('spaced', rosterText(ROWS, '2024Q4,150102199099999999,150102, dibao ,civil_affairs,TRUE\n2024Q4,150102199099999998,150102,veteran,civil_affairs,true\n'));
    const noted = await datasetWith('noted', rosterText(ROWS, '# 说明：以下为补录,,,,,\n,,,,,\n2024Q4,150102199099999998,150102,,civil_affairs,true\n'));
    for (const dir of [spaced, noted]) {
      const local = await load(dir, 'blobs');
      const copied = await load(dir, 'bytes');
      expect(local.local).toEqual([true]);
      expect(local.problems).toEqual(copied.problems);
      expect(local.tables).toEqual(copied.tables);
      expect(local.roster).toEqual(copied.roster);
    }
    // ' dibao ' is trimmed and loads; 'veteran' is refused; the note and the empty row are skipped, the empty category refused.
    const spacedProblems = (await load(spaced, 'blobs')).problems.join('\n');
    expect(spacedProblems).toContain(`第${ROWS + 3}行`);
    expect(spacedProblems).not.toContain(`第${ROWS + 2}行`);
    const notedProblems = (await load(noted, 'blobs')).problems.join('\n');
    expect(notedProblems).toContain(`第${ROWS + 4}行`);
    expect(notedProblems).not.toContain(`第${ROWS + 2}行`);
  }, 120_000);

  it('types enrolled as office tools spell it (TRUE, True, 是, 否) in the reader, and a spelling it does not know the general way', async () => {
    const spellings = ['TRUE', 'True', '是', 'FALSE', 'False', '否'];
    const spelled = (odd: string): string =>
      rosterText(ROWS).replace(/,(true|false)$/gm, (_, v: string, offset: number) => `,${v === 'true' ? spellings[offset % 3] : spellings[3 + (offset % 3)]}`) +
      `2024Q4,150102199099999997,150102,tekun,civil_affairs,${odd}\n`;
    const usual = await datasetWith('spelled', spelled('是'));
    // tRuE is read by the general reading (case-insensitive) but is none of the reader's spellings.
    const unusual = await datasetWith('spelled-odd', spelled('tRuE'));
    const reads: { sql: string; ok: boolean }[] = [];
    const loads = [];
    for (const dir of [usual, unusual]) {
      const local = await load(dir, 'blobs', reads);
      const copied = await load(dir, 'bytes');
      expect(local.local).toEqual([true]);
      expect(local.problems).toEqual(copied.problems);
      expect(local.tables).toEqual(copied.tables);
      expect(local.roster).toEqual(copied.roster);
      loads.push(local);
    }
    // The generator's enrolled persons (person % 3 === 0) and rows, plus the last row's person, enrolled in both files.
    const enrolledRows = Array.from({ length: ROWS }, (_, i) => i).filter((i) => i % 5 !== 4 && (i % 5 === 3 ? i - 1 : i) % 3 === 0).length + 1;
    for (const local of loads) expect(local.roster).toMatchObject([{ n: (ROWS / 5) * 4 + 1, enrolled: enrolledRows }]);
    // The reader typed the first file itself; it refused the second (tRuE), which was then read the general way.
    const typedReads = reads.filter((r) => r.sql.includes("ENUM(''true''"));
    expect(typedReads.map((r) => r.ok)).toEqual([true, false]);
  }, 120_000);

  it('with a \\r or not UTF-8 is scanned and copied as before', async () => {
    const crlf = await datasetWith('crlf', rosterText(ROWS_PAST_HEAD).replace(/\n/g, '\r\n'));
    const gbk = await datasetWith('gbk', Buffer.concat([Buffer.from(rosterText(ROWS_PAST_HEAD)), Buffer.from([0xc4, 0xfa, 0x0a])]));
    for (const dir of [crlf, gbk]) {
      const local = await load(dir, 'blobs');
      expect(local.local).toEqual([false]);
      expect(local.problems).toEqual((await load(dir, 'bytes')).problems);
    }
  }, 120_000);
});

describe('isPlainUtf8', () => {
  // The check reads 64 MiB at a time; the test cuts its chunks at 64 KiB to put characters across their ends.
  const CHUNK = 64 * 1024;
  const file = (name: string, bytes: Buffer): string => {
    const path = join(root, name);
    writeFileSync(path, bytes);
    return path;
  };
  it('holds across its chunks, and refuses a \\r, a broken or a cut character', async () => {
    // A 3-byte character (中) starting 1 and 2 bytes before the chunk's end, a 4-byte one (😀) 3 before it.
    for (const [char, before] of [['中', 1], ['中', 2], ['😀', 3]] as const) {
      const bytes = Buffer.concat([Buffer.alloc(CHUNK - before, 0x61), Buffer.from(`${char}abc\n`)]);
      expect(await isPlainUtf8(file(`ok-${before}.csv`, bytes), CHUNK)).toBe(true);
    }
    expect(await isPlainUtf8(file('cr.csv', Buffer.from('a,b\r\n1,2\r\n')))).toBe(false);
    expect(await isPlainUtf8(file('gbk.csv', Buffer.from([0x61, 0xc4, 0xfa, 0x0a])))).toBe(false);
    expect(await isPlainUtf8(file('cut.csv', Buffer.from([0x61, 0xe4, 0xb8])))).toBe(false);
    expect(await isPlainUtf8(file('empty.csv', Buffer.alloc(0)))).toBe(true);
  });
});
