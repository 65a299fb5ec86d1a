// A big CSV file is read in pieces (csvScan.ts, stage.ts) and its typed
// table built piece by piece, and a big table's repeated keys are searched
// in passes (validate.ts): the same tables and figures as reading it whole,
// and the same problems at the same rows, wherever the cuts fall. Small
// pieces and passes stand in for the 32 MiB and 1,000,000 keys of a real roster.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { readAnalysisInput } from '../../src/engine/queries/analyze';
import type { Engine } from '../../src/engine/runtime/engine';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { formatProblem } from '../../src/engine/ingest/problems';
import { readRosterFollowUp, readUninsuredByRegion, rosterSummary } from '../../src/engine/queries/roster';
import { csv, tinyWith, useEngine } from './harness';
import { said } from './said';

const CATEGORIES = ['tekun', 'orphan', 'de_facto_orphan', 'dibao', 'fanpin', 'dibao_edge', 'monitored'];
const COUNTIES = ['150102', '150103'];

/** A roster of `persons` persons over the tiny counties, one to three rows each, some cells quoted (with line ends inside). */
function roster(persons: number): string[] {
  const lines = ['quarter,person_id,region_code,category,source,enrolled'];
  for (let i = 0; i < persons; i++) {
    const id = `1501021990${String(i).padStart(8, '0')}`;
    const county = COUNTIES[i % 2] ?? '150102';
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'dibao';
    const enrolled = i % 7 === 0 ? 'false' : 'true';
    lines.push(`2024Q4,${i % 5 === 0 ? `"${id}"` : id},${county},${category},civil_affairs,${enrolled}`);
    if (i % 3 === 1) lines.push(`2024Q4,${id},${county},${CATEGORIES[(i + 3) % CATEGORIES.length] ?? 'dibao'},"agriculture",false`);
    // An ID with a line end inside (text in quotes, in neither ID form: a notice): a record over two lines.
    if (i % 11 === 0) lines.push(`2024Q4,"X${i}\nY",${county},dibao,other,false`);
    if (i % 4 === 3) lines.push(`2024Q4,${id},${COUNTIES[(i + 1) % 2] ?? '150103'},${category},other,false`);
    if (i % 50 === 25) lines.push('# 说明行：加载时跳过,,,,,');
  }
  return lines;
}

/** Bytes of a piece: the 400-person roster (about 25 KB) is read in some 40 pieces. */
const PIECE = 700;
/** Keys per pass of the duplicate search: its 670 rows in 7 passes. */
const KEYS = 100;

/** Everything the roster answers, without the salted hashes (they differ between loads). */
async function answers(engine: Engine): Promise<unknown> {
  return {
    summary: await rosterSummary(engine, '2024Q4'),
    uninsured: await readUninsuredByRegion(engine, '2024Q4', DEFAULT_POLICY_FILE),
    followUp: (await readRosterFollowUp(engine, '2024Q4', DEFAULT_POLICY_FILE)).map((p) => ({ ...p, personId: null })),
    coverage: (await readAnalysisInput(engine, '2024Q4', DEFAULT_POLICY_FILE)).coverageCounts,
    rows: await engine.query('SELECT quarter, person_masked, region_code, CAST(category AS VARCHAR) AS category, CAST(source AS VARCHAR) AS source, enrolled FROM roster'),
  };
}

describe('a CSV file read in pieces', () => {
  const engine = useEngine();
  let pieces = 0;
  let cutInPlace = false;
  /** Each piece's read by the reader's own types (stage.ts, fastSql): whether it was taken. */
  let typedReads: boolean[] = [];
  const load = async (roster: string, pieceBytes?: number, keysPerPass?: number) => {
    pieces = 0;
    cutInPlace = false;
    typedReads = [];
    // Counting on every connection the load stages on (Engine.beside).
    const counting = (on: Engine): Engine => ({
      ...on,
      registerFile: async (name, bytes) => {
        if (name.startsWith('fundwatch_upload_roster')) pieces += 1;
        return on.registerFile(name, bytes);
      },
      query: async (sql) => {
        if (sql.includes('ALTER TABLE "fundwatch_stage_roster_data" DROP COLUMN')) cutInPlace = true;
        const typed = sql.includes('read_csv(') && sql.includes("ENUM(''true''");
        const rows = await on.query(sql).catch((e: unknown) => {
          if (typed) typedReads.push(false);
          throw e;
        });
        if (typed) typedReads.push(true);
        return rows;
      },
      ...(on.beside ? { beside: async () => counting(await (on.beside as () => Promise<Engine>)()) } : {}),
    });
    return loadDataset(counting(engine()), await tinyWith(csv('roster.csv', roster)), {
      ...(pieceBytes === undefined ? {} : { pieceBytes }),
      ...(keysPerPass === undefined ? {} : { keysPerPass }),
    });
  };
  const text = roster(400).join('\n');
  /** The notice of the X…Y IDs (idNumber.ts), the one problem of a valid roster. */
  const codes = (report: { problems: { problem: { code: string } }[] }): string[] => report.problems.map((p) => p.problem.code);
  const NOTICES = ['check.ids_malformed'];

  it('loads the same rows, in the file\'s order, and the same figures', async () => {
    const whole = await load(text);
    expect(codes(whole)).toEqual(NOTICES);
    expect(pieces).toBe(1);
    expect(cutInPlace).toBe(false);
    expect(whole.tables.roster).toBe(400 + 133 + 100 + 37);
    const expected = await answers(engine());
    const pieced = await load(text, PIECE, KEYS);
    expect(pieced.problems).toEqual(whole.problems);
    expect(pieces).toBeGreaterThan(30);
    expect(pieced.tables).toEqual(whole.tables);
    expect(pieced.files).toEqual(whole.files);
    expect(await answers(engine())).toEqual(expected);
    // CR LF line ends are rewritten before the cuts are made.
    const crlf = await load(text.replace(/\n/g, '\r\n'), PIECE);
    expect(crlf.problems).toEqual(whole.problems);
    expect(await answers(engine())).toEqual(expected);
  });

  it('reads a piece the reader cannot type (an enrolled it does not spell) the general way, and the others by their types, to what reading it whole the general way gives', async () => {
    const lines = roster(400);
    // tRuE and FALSE with a space: read by the general reading (case-insensitive, trimmed), none of the reader's spellings.
    lines[100 - 1] = (lines[100 - 1] ?? '').replace(/,(true|false)$/, ',tRuE');
    lines[400 - 1] = (lines[400 - 1] ?? '').replace(/,(true|false)$/, ', FALSE');
    const odd = lines.join('\n');
    const whole = await load(odd);
    expect(typedReads).toEqual([false]);
    expect(codes(whole)).toEqual(NOTICES);
    const expected = await answers(engine());
    const pieced = await load(odd, PIECE, KEYS);
    expect(pieced.problems).toEqual(whole.problems);
    // Two pieces read the general way, every other by the reader's types.
    expect(typedReads.filter((ok) => !ok)).toHaveLength(2);
    expect(typedReads.filter((ok) => ok).length).toBe(pieces - 2);
    expect(pieced.tables).toEqual(whole.tables);
    expect(await answers(engine())).toEqual(expected);
  });

  it('cuts a big staged table down in place (explanation rows deleted, helper columns dropped) to the same figures', async () => {
    // Over 100,000 rows: the staged table becomes the roster itself rather than a copy.
    const lines = roster(66_000);
    const report = await load(lines.join('\n'), 2 ** 20);
    expect(codes(report)).toEqual(NOTICES);
    expect(cutInPlace).toBe(true);
    const records = lines.slice(1).filter((l) => !l.startsWith('#'));
    expect(report.tables.roster).toBe(records.length);
    expect(records.length).toBeGreaterThan(100_000);
    expect(await engine().query("SELECT column_name FROM information_schema.columns WHERE table_name = 'roster' ORDER BY ordinal_position")).toEqual(
      ['quarter', 'person_id', 'region_code', 'category', 'source', 'enrolled', 'person_masked'].map((column_name) => ({ column_name })),
    );
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM roster')).toEqual([{ n: records.length }]);
    // The figures, counted here from the generated rows (IDs are quoted in some rows; X…Y IDs span two lines).
    const rows = records.map((l) => {
      const cells = l.match(/("[^"]*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
      return { id: cells[1] ?? '', region: cells[2] ?? '', category: cells[3] ?? '', source: cells[4] ?? '', enrolled: cells[5] === 'true' };
    });
    const byId = new Map<string, typeof rows>();
    for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
    const count = (test: (own: typeof rows) => boolean): number => [...byId.values()].filter(test).length;
    expect(await rosterSummary(engine(), '2024Q4')).toEqual({
      rows: rows.length,
      mergedRows: 0,
      persons: byId.size,
      multiIdentityPersons: count((own) => new Set(own.map((r) => r.category)).size > 1),
      multiSourcePersons: count((own) => new Set(own.map((r) => r.source)).size > 1),
      regionConflicts: count((own) => new Set(own.map((r) => r.region)).size > 1),
      uninsured: count((own) => !own.some((r) => r.enrolled)),
      followUp: count((own) => !own.some((r) => r.enrolled) || new Set(own.map((r) => r.region)).size > 1),
    });
  });

  it('reports problems at the rows reading it whole reports them, and keeps the loaded data', async () => {
    expect((await load(text)).ok).toBe(true);
    const before = await answers(engine());
    const lines = roster(400);
    const at = (row: number, line: string): void => {
      lines[row - 1] = line;
    };
    at(300, '2024Q4,150102199000000299,150102,dibao,civil_affairs,true,extra');
    const broken = lines.join('\n');
    const whole = await load(broken);
    const pieced = await load(broken, PIECE);
    expect(whole.problems.map((p) => formatProblem(p))).toEqual([
      'roster.csv · 第300行 · 列数不对：表头有 6 列，这一行有 7 列 · 应为：逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
    ]);
    expect(pieced.problems).toEqual(whole.problems);

    const valid = roster(400);
    valid[450 - 1] = '2024Q4,150102199000000450,150102,dibao,civil_affairs,待核实';
    valid[500 - 1] = valid[20 - 1] ?? '';
    valid[560 - 1] = '2024Q4,150102199000000560,999999,dibao,civil_affairs,true';
    const invalid = valid.join('\n');
    const wholeInvalid = await load(invalid);
    const piecedInvalid = await load(invalid, PIECE, KEYS);
    // Row 500 repeats row 20 exactly: merged, a notice (no row of its own), not an error.
    expect(wholeInvalid.problems.map((p) => `${p.row} ${p.column} ${p.severity}`)).toEqual([
      'null null warning',
      'null person_id warning',
      '450 enrolled error',
      '560 region_code error',
    ]);
    expect(said(wholeInvalid.problems[0])).toMatch(/^1 行与前面某行完全相同（如第500行与第20行）/);
    expect(piecedInvalid.problems).toEqual(wholeInvalid.problems);
    expect(await answers(engine())).toEqual(before);
  });
});
