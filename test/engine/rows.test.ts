import { Int32, Table, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/engine/runtime/rows';
import { useEngine } from './harness';

describe('toRows (through the Node engine)', () => {
  const engine = useEngine();

  it('turns BIGINT into numbers, DATE into YYYY-MM-DD, keeps text and booleans', async () => {
    const rows = await engine().query(
      "SELECT CAST(9007199254740991 AS BIGINT) AS big, DATE '2024-03-31' AS d, TIMESTAMP '2024-12-31 23:59:59' AS ts, '010101' AS code, true AS b, NULL AS n",
    );
    expect(rows).toEqual([{ big: 9007199254740991, d: '2024-03-31', ts: '2024-12-31', code: '010101', b: true, n: null }]);
  });

  it('hands an ENUM over as its text', async () => {
    expect(await engine().query("SELECT CAST('dibao' AS ENUM('tekun', 'dibao')) AS c, CAST(NULL AS ENUM('x')) AS n")).toEqual([{ c: 'dibao', n: null }]);
  });

  it('returns the rows of the LAST statement of a script', async () => {
    expect(await engine().query('SELECT 1 AS a; SELECT 2 AS b')).toEqual([{ b: 2 }]);
  });

  it('refuses a DECIMAL, a float and an unsafe integer: money must be cast to text in SQL', async () => {
    await expect(engine().query('SELECT CAST(0.10 AS DECIMAL(18,2)) AS m')).rejects.toThrow(/"m".*CAST money/);
    await expect(engine().query('SELECT 0.5::DOUBLE AS f')).rejects.toThrow(/"f"/);
    await expect(engine().query('SELECT CAST(9007199254740993 AS BIGINT) AS big')).rejects.toThrow(/too large/);
  });

  it('money cast to VARCHAR keeps its exact two decimals', async () => {
    expect(await engine().query("SELECT CAST(CAST('0.10' AS DECIMAL(18,2)) AS VARCHAR) AS m")).toEqual([{ m: '0.10' }]);
  });
});

describe('toRows text columns', () => {
  const engine = useEngine();

  it('reads ASCII and non-ASCII text, NULLs included, across record batches', () => {
    // Two batches: the first all ASCII (decoded at once), the second with Chinese text (value by value).
    const first = vectorFromArray(['150102', null, '0.10', '', '2024Q4'], new Utf8());
    const second = vectorFromArray(['呼和浩特市', null, 'a,b', '内财社〔2024〕1号'], new Utf8());
    const table = new Table({ t: first.concat(second), n: vectorFromArray([1, 2, 3, 4, 5, 6, 7, 8, 9], new Int32()) });
    expect(table.batches.length).toBe(2);
    expect(toRows(table).map((r) => r.t)).toEqual(['150102', null, '0.10', '', '2024Q4', '呼和浩特市', null, 'a,b', '内财社〔2024〕1号']);
    expect(toRows(table).map((r) => r.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives every value of a long mixed result from DuckDB', async () => {
    const rows = await engine().query(
      "SELECT i, CASE WHEN i % 7 = 0 THEN NULL WHEN i % 1000 = 5 THEN '乌兰察布市' || i ELSE 'c' || i END AS t FROM range(5000) AS r(i) ORDER BY i",
    );
    expect(rows).toHaveLength(5000);
    rows.forEach((r, i) => {
      expect(r.t).toBe(i % 7 === 0 ? null : i % 1000 === 5 ? `乌兰察布市${i}` : `c${i}`);
    });
  });
});
