import { describe, expect, it } from 'vitest';
import { fragment, ident, renderSql, SQL } from '../../src/engine/queries/sql';

describe('renderSql', () => {
  it('quotes strings as literals, escaping quotes, and identifiers as identifiers', () => {
    expect(renderSql('SELECT {{a}}, {{b}} FROM {{t}}', { a: "it's", b: 42, t: ident('we"ird') })).toBe(
      `SELECT 'it''s', 42 FROM "we""ird"`,
    );
  });

  it('inserts fragments verbatim', () => {
    expect(renderSql('SELECT {{cols}}', { cols: fragment('a, b') })).toBe('SELECT a, b');
  });

  it('refuses a missing or an unused parameter and a non-integer number', () => {
    expect(() => renderSql('SELECT {{a}}', {})).toThrow(/\{\{a\}\} is missing/);
    expect(() => renderSql('SELECT 1', { a: 1 })).toThrow(/no \{\{a\}\}/);
    expect(() => renderSql('SELECT {{a}}', { a: 0.1 })).toThrow(/not a safe integer/);
  });

  it('loads the .sql files as text', () => {
    expect(SQL.coverageCounts).toContain('{{quarter}}');
    expect(SQL.regionAncestors).toMatch(/CREATE OR REPLACE TABLE region_ancestors/);
  });
});
