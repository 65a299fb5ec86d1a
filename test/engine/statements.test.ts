import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/engine/runtime/statements';

describe('splitStatements', () => {
  it('splits at top-level semicolons and drops empty statements', () => {
    expect(splitStatements('SELECT 1; SELECT 2;\n;  ')).toEqual(['SELECT 1', ' SELECT 2']);
  });

  it('keeps semicolons inside quotes, doubled quotes and comments', () => {
    const sql = "SELECT 'a;b''c;' AS \"x;y\"; -- note; here\nSELECT 2 /* ; */";
    expect(splitStatements(sql)).toEqual(["SELECT 'a;b''c;' AS \"x;y\"", ' -- note; here\nSELECT 2 /* ; */']);
  });

  it('drops a statement that is only a comment', () => {
    expect(splitStatements('-- only a comment;\n')).toEqual([]);
  });
});
