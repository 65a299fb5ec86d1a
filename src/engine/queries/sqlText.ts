// Quoting and templates for SQL text, apart from the .sql files themselves
// (sql.ts, whose `?raw` imports only Vite reads): code that must also run
// under plain Node and tsx — the contract's word lists and ID forms, which the
// sample generator and the bench import — quotes through this module alone.
/** SQL text that goes into a template verbatim. Only `ident`, `literal` and code-built fragments make these. */
export class SqlFragment {
  constructor(readonly text: string) {}
}

export function ident(name: string): SqlFragment {
  return new SqlFragment(`"${name.replace(/"/g, '""')}"`);
}

export function literal(value: string | number): SqlFragment {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`SQL parameter ${value} is not a safe integer`);
    return new SqlFragment(String(value));
  }
  return new SqlFragment(`'${value.replace(/'/g, "''")}'`);
}

export function fragment(text: string): SqlFragment {
  return new SqlFragment(text);
}

export type SqlParam = SqlFragment | string | number;

/** Replace every `{{name}}`; strings and numbers become literals. Missing or unused parameters throw. */
export function renderSql(template: string, params: Record<string, SqlParam>): string {
  const used = new Set<string>();
  const text = template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`SQL template parameter {{${name}}} is missing`);
    used.add(name);
    return value instanceof SqlFragment ? value.text : literal(value).text;
  });
  const unused = Object.keys(params).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`SQL template has no {{${unused.join('}}, {{')}}}`);
  return text;
}
