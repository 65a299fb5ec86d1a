// Where a hand-edited JSON file (policy.json) breaks, and how, for a message
// a reader can act on: line, column and one of a few kinds. JSON.parse says
// it in its engine's own English (V8: "…in JSON at position 2893"; other
// browsers word it otherwise), so the text is walked here once more, only
// after JSON.parse has refused it. Iterative, not recursive: 100,000 open
// brackets must not overflow the stack.

export type JsonSyntaxKind = 'end' | 'trailing_comma' | 'key' | 'token' | 'control' | 'after';

export interface JsonSyntaxError {
  kind: JsonSyntaxKind;
  /** 1-based line and column (in UTF-16 code units) of the place. */
  line: number;
  column: number;
  /** The character found there (kind `token`). */
  found: string;
}

type Expect = 'value' | 'key' | 'colon' | 'next' | 'done';

const SPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(0|[1-9][0-9]*)([.][0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPE = /\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Broken {
  constructor(
    readonly kind: JsonSyntaxKind,
    readonly at: number,
  ) {}
}

/** A key written twice in one object: JSON.parse keeps the last, silently. */
class Twice {
  constructor(
    readonly key: string,
    readonly at: number,
  ) {}
}

/** The end of the string starting with the quote at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new Broken('end', text.length);
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) throw new Broken('control', start);
    if (c === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) throw new Broken('token', i);
      i = ESCAPE.lastIndex;
    } else i++;
  }
}

/** The index of the last character before `i` that is not white space (-1 for none). */
function lastNonSpace(text: string, i: number): number {
  let k = i - 1;
  while (k >= 0 && SPACE.has(text[k]!)) k--;
  return k;
}

/** The end of the number, true, false or null at `start`. */
function scalarEnd(text: string, start: number): number {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  NUMBER.lastIndex = start;
  if (NUMBER.test(text)) return NUMBER.lastIndex;
  throw new Broken('token', start);
}

/** Walks the text; throws Broken where it stops being JSON, and (`keys`) Twice at a key its object already has. */
function locate(text: string, keys = false): void {
  const open: string[] = [];
  // Per open object, its keys so far (only when `keys`).
  const seen: (Set<string> | null)[] = [];
  let expect = 'value' as Expect;
  let comma = -1;
  let i = 0;
  const closes = (c: string): boolean => (c === '}' && open.at(-1) === '{') || (c === ']' && open.at(-1) === '[');
  const afterValue = (): void => {
    expect = open.length === 0 ? 'done' : 'next';
    comma = -1;
  };
  // The object or array open innermost ends at `i`: a value of its parent.
  const closeInnermost = (): void => {
    open.pop();
    seen.pop();
    i++;
    afterValue();
  };
  for (;;) {
    while (i < text.length && SPACE.has(text[i]!)) i++;
    if (i >= text.length) {
      if (expect === 'done') return;
      throw new Broken('end', i);
    }
    const c = text[i]!;
    switch (expect) {
      case 'done':
        throw new Broken('after', i);
      case 'colon':
        if (c !== ':') throw new Broken('token', i);
        i++;
        expect = 'value';
        break;
      case 'next':
        if (c === ',') {
          comma = i++;
          expect = open.at(-1) === '{' ? 'key' : 'value';
        } else if (closes(c)) closeInnermost();
        else throw new Broken('token', i);
        break;
      case 'key':
        if (c === '"') {
          const start = i;
          i = stringEnd(text, i);
          const names = seen.at(-1);
          if (names) {
            const key = JSON.parse(text.slice(start, i)) as string;
            if (names.has(key)) throw new Twice(key, start);
            names.add(key);
          }
          comma = -1;
          expect = 'colon';
        } else if (c === '}' && comma >= 0) throw new Broken('trailing_comma', comma);
        else if (c === '}') closeInnermost();
        else throw new Broken('key', i);
        break;
      case 'value':
        if (c === '{' || c === '[') {
          open.push(c);
          seen.push(keys && c === '{' ? new Set() : null);
          i++;
          comma = -1;
          expect = c === '{' ? 'key' : 'value';
        } else if (c === ']' && comma >= 0) throw new Broken('trailing_comma', comma);
        else if (c === ']' && open.at(-1) === '[' && comma < 0 && text.charAt(lastNonSpace(text, i)) === '[') {
          // An empty array.
          closeInnermost();
        } else {
          i = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
          afterValue();
        }
        break;
    }
  }
}

/** Line and column (1-based, UTF-16 code units) of index `at`. */
function place(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/**
 * The first key of valid JSON `text` that its object holds twice, where the
 * second one is written; null when there is none. JSON.parse keeps the last
 * silently, so a threshold edited in its first place changed nothing.
 */
export function jsonDuplicateKey(text: string): { key: string; line: number; column: number } | null {
  try {
    locate(text, true);
    return null;
  } catch (e) {
    if (e instanceof Twice) return { key: e.key, ...place(text, e.at) };
    // Not JSON: JSON.parse says so first.
    if (e instanceof Broken) return null;
    throw e;
  }
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    locate(text);
    return null;
  } catch (e) {
    if (!(e instanceof Broken)) throw e;
    return { kind: e.kind, ...place(text, e.at), found: text.slice(e.at, e.at + 1) };
  }
}
