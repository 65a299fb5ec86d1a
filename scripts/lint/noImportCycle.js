// ESLint rule `fundwatch/no-import-cycle`: no file of src may reach itself
// through its imports. Unlike import-x/no-cycle, type-only imports count
// (`import type`, `export type … from`): a type cycle ties two folders
// together just as a value one does, and is how layers start to leak.
//
// The graph is read with TypeScript's preProcessFile (every import and
// re-export, dynamic import() too), relative specifiers only, once per
// lint run; each file on a cycle is reported at the import that enters it,
// with one cycle spelled out.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.d.ts', '.js', '.mjs'];

function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  for (const c of candidates) {
    try {
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // not this one
    }
  }
  return null;
}

function importsOf(file, text) {
  const info = ts.preProcessFile(text, true, true);
  const out = [];
  for (const ref of info.importedFiles) {
    const target = resolveSpecifier(file, ref.fileName);
    if (target !== null && /\.(tsx?|m?js)$/.test(target)) out.push({ target, specifier: ref.fileName });
  }
  return out;
}

/** file → its imports, read lazily from disk (the linted file from its current text). */
function makeGraph() {
  const cache = new Map();
  return {
    edges(file, text) {
      if (text !== undefined) cache.set(file, importsOf(file, text));
      let e = cache.get(file);
      if (e === undefined) {
        e = importsOf(file, fs.readFileSync(file, 'utf8'));
        cache.set(file, e);
      }
      return e;
    },
  };
}

// One graph per lint run: ESLint loads the config (and this module) afresh each run.
const graph = makeGraph();

/** Shortest path of imports from `start` back to `goal` (breadth first), as file paths. */
function pathBack(start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const { target } of graph.edges(file)) {
      if (target === goal) {
        const route = [goal];
        for (let f = file; f !== null; f = previous.get(f)) route.unshift(f);
        return route;
      }
      if (!previous.has(target)) {
        previous.set(target, file);
        queue.push(target);
      }
    }
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between files, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle (type-only imports count): {{route}}' },
  },
  create(context) {
    const file = context.filename;
    const root = context.cwd ?? process.cwd();
    return {
      Program(node) {
        const own = graph.edges(file, context.sourceCode.text);
        const seen = new Set();
        for (const { target, specifier } of own) {
          if (seen.has(target)) continue;
          seen.add(target);
          const route = target === file ? [file] : pathBack(target, file);
          if (route === null) continue;
          const statement =
            node.body.find(
              (s) =>
                (s.type === 'ImportDeclaration' || s.type === 'ExportNamedDeclaration' || s.type === 'ExportAllDeclaration') &&
                s.source?.value === specifier,
            ) ?? node;
          const shown = [file, ...route].map((f) => path.relative(root, f)).join(' → ');
          context.report({ node: statement, messageId: 'cycle', data: { route: shown } });
        }
      },
    };
  },
};
