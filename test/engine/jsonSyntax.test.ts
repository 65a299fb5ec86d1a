// jsonSyntaxError agrees with JSON.parse on what is JSON, and places what is not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/engine/formats/jsonSyntax';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  it('finds nothing in valid JSON and something wherever JSON.parse refuses, for texts one edit away from JSON', () => {
    const edited = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', ' ', 'x', '\n', '{', '[')).map(([json, at, put]) => {
      const i = json.length === 0 ? 0 : at % json.length;
      return json.slice(0, i) + put + json.slice(i + (at % 2));
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), edited), (text) => {
        expect(jsonSyntaxError(text) === null).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('places each kind on its line and column', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n}')).toEqual({ kind: 'trailing_comma', line: 2, column: 9, found: ',' });
    expect(jsonSyntaxError('[1,\n2,]')).toEqual({ kind: 'trailing_comma', line: 2, column: 2, found: ',' });
    expect(jsonSyntaxError('{"a": [1 2]}')).toEqual({ kind: 'token', line: 1, column: 10, found: '2' });
    expect(jsonSyntaxError('{"a": "x\ny"}')).toEqual({ kind: 'control', line: 1, column: 7, found: '"' });
    expect(jsonSyntaxError('{"a": 1}\n{}')).toEqual({ kind: 'after', line: 2, column: 1, found: '{' });
    expect(jsonSyntaxError('{a: 1}')).toEqual({ kind: 'key', line: 1, column: 2, found: 'a' });
    expect(jsonSyntaxError('{"a": [')).toEqual({ kind: 'end', line: 1, column: 8, found: '' });
    expect(jsonSyntaxError('{"a": [], "b": {}, "c": [[]]}')).toBeNull();
  });
});
