import { describe, expect, it } from 'vitest';
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
