// policy.json as someone hostile or careless writes it: keys that name
// Object.prototype's own (`__proto__`, `constructor`, `toString`) at every
// level, numbers JSON cannot hold, text padded with spaces, counts past any
// sense. Each is refused naming its path, Object.prototype stays as it was,
// and nothing stops with a TypeError.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FundWatchError } from '../../../src/domain/messages/error';
import { merge } from '../../../src/domain/policy/inherit';
import { policyIssueText, type PolicyIssue } from '../../../src/domain/policy/issues';
import { parsePolicyFile } from '../../../src/domain/policy/policy';

const DEFAULT_TEXT = readFileSync(join(import.meta.dirname, '../../../src/domain/policy/policy.default.json'), 'utf8');
/** The sample's policy.json: the older format, converted after the check (where `__proto__` stopped it). */
const LEGACY_TEXT = readFileSync(join(import.meta.dirname, '../../../data/sample/policy.json'), 'utf8');

/** The file's text with `from` replaced once by `to`, parsed as JSON.parse does (a `__proto__` key is an own key). */
function edited(text: string, from: string | RegExp, to: string): unknown {
  const out = text.replace(from, to);
  expect(out, `${String(from)} not found`).not.toBe(text);
  return JSON.parse(out);
}

function issuesOf(json: unknown, lang: 'zh' | 'en' = 'en'): string[] {
  try {
    parsePolicyFile(json);
  } catch (e) {
    if (e instanceof FundWatchError) return (e.messages as PolicyIssue[]).map((i) => policyIssueText(i, lang));
    throw e;
  }
  return [];
}

describe('policy.json keys named like Object.prototype\'s', () => {
  it('are unknown keys at every level (they passed unchecked), and Object.prototype stays clean', () => {
    const file = edited(
      DEFAULT_TEXT,
      '"financing": {',
      '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "financing": { "toString": "x", "hasOwnProperty": 1,',
    );
    expect(issuesOf(file)).toEqual([
      'years[0].__proto__: unknown key',
      'years[0].constructor: unknown key',
      'years[0].financing.toString: unknown key',
      'years[0].financing.hasOwnProperty: unknown key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('in a later year of the older format: said, not "bands.map is not a function"', () => {
    const file = edited(LEGACY_TEXT, '"year": 2022,', '"year": 2022, "thresholds": {"__proto__": {"coverage": []}},');
    expect(issuesOf(file, 'zh')).toEqual(['years[1].thresholds.__proto__: 未知的键']);
  });

  it('a year\'s merge defines an own `__proto__` key instead of setting the merged object\'s prototype', () => {
    const merged = merge({ a: 1 }, JSON.parse('{"__proto__": {"polluted": "yes"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(merged.polluted).toBeUndefined();
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
  });
});

describe('policy.json numbers and text out of the ordinary', () => {
  it('a JSON number past a double (1e400) is said as such, not as "null … e.g. "Infinity""', () => {
    const bound = edited(DEFAULT_TEXT, /"severity": "red", "lt": "0\.99"/, '"severity": "red", "lt": 1e400');
    expect(issuesOf(bound)).toEqual([
      'years[0].thresholds.coverage[0].lt: a number past what can be represented (JSON reads it as infinity): write a sensible value, decimals as quoted text such as "0.99"',
    ]);
    const window = edited(DEFAULT_TEXT, /"months_payable_window_quarters": \d+/, '"months_payable_window_quarters": -1e400');
    expect(issuesOf(window, 'zh')).toEqual(['years[0].months_payable_window_quarters: 数字超出可表示的范围（JSON 读作无穷大）：请写成合理的值，小数写成带引号的文本，如 "0.99"']);
    const year = edited(DEFAULT_TEXT, '"year": 2021', '"year": 1e400');
    expect(issuesOf(year)).toEqual(['years[0].year: Infinity is not an integer year']);
  });

  it('a value nested 5,000 lists deep, or a million items long, is quoted bounded (JSON.stringify of it overflowed the stack)', () => {
    const deep = edited(DEFAULT_TEXT, /"severity": "red", "lt": "0\.99"/, `"severity": "red", "lt": ${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(issuesOf(deep)).toEqual(['years[0].thresholds.coverage[0].lt: [[[[[…]]]]] is not a decimal number']);
    const year = edited(DEFAULT_TEXT, '"year": 2021', `"year": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(issuesOf(year)).toEqual(['years[0].year: {"a":{"a":{"a":{"a":{…}}}}} is not an integer year']);
    const long = edited(DEFAULT_TEXT, /"months_payable_window_quarters": \d+/, `"months_payable_window_quarters": [${Array.from({ length: 1_000_000 }, (_, i) => i).join(',')}]`);
    expect(issuesOf(long)).toEqual(['years[0].months_payable_window_quarters: [0,1,2,3,4,5,6,7,8,9,…] is not an integer ≥ 1']);
  });

  it('a decimal padded with spaces is refused at its path (it stopped the band checks with a DecimalError)', () => {
    const file = edited(DEFAULT_TEXT, /"severity": "red", "lt": "0\.99"/, '"severity": "red", "lt": " 0.99 "');
    expect(issuesOf(file)).toEqual(['years[0].thresholds.coverage[0].lt: " 0.99 " is not a decimal number']);
  });

  it('a months-payable window past a century, or past 2^53, is too large (9,000 quarters stopped the analysis at "-225 is not a four-digit year")', () => {
    const at = (value: string) => edited(DEFAULT_TEXT, /"months_payable_window_quarters": \d+/, `"months_payable_window_quarters": ${value}`);
    expect(issuesOf(at('9000'))).toEqual(['years[0].months_payable_window_quarters: 9000 is too large: at most 400']);
    expect(issuesOf(at('1e20'), 'zh')).toEqual(['years[0].months_payable_window_quarters: 100000000000000000000 过大：最多为 400']);
    expect(issuesOf(at('400'))).toEqual([]);
    const days = edited(DEFAULT_TEXT, /"pass_down_days": \d+/, '"pass_down_days": 9007199254740993');
    expect(issuesOf(days)).toEqual(['years[0].timeliness.pass_down_days: 9007199254740992 is too large: at most 9007199254740991']);
  });
});
