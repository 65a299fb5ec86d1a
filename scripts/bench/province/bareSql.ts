// The statements bare.mjs runs, rendered from the product's own code
// (loaded through Vite's module loader: the SQL is `?raw` imports): the
// roster read into a table of the loaded roster's column types (person IDs
// kept as text: the floor neither hashes nor masks), the product's dedupe
// view (roster_persons.sql for the quarter and policy) and the count per
// region and identity that coverage_counts.sql takes of it.
import { readFileSync } from 'node:fs';
import { parsePolicyFile } from '../../../src/domain/policy/policy';
import { tableSpec, tableType } from '../../../src/engine/contract/contract';
import { rosterPersonsSql } from '../../../src/engine/queries/roster';

export interface BareSpec {
  /** The roster file read into `roster_raw`; `roster` is a view that names the ID a second time as the masked one the dedupe SQL carries along. */
  load: string[];
  dedupe: string;
  count: string;
  memoryLimit: string;
}

const text = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function bareSpec(file: string, format: 'csv' | 'parquet', quarter: string, policyPath: string, memoryLimit: string): BareSpec {
  const roster = tableSpec('roster');
  if (!roster) throw new Error('the contract has no roster');
  const typeOf = (name: string): string => {
    const column = roster.columns.find((c) => c.name === name);
    if (!column) throw new Error(`no roster column ${name}`);
    return name === 'person_id' ? 'VARCHAR' : tableType(column);
  };
  const names = roster.columns.map((c) => c.name);
  const source =
    format === 'csv'
      ? `read_csv(${text(file)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', strict_mode = true, columns = {${names.map((n) => `${text(n)}: ${text(typeOf(n))}`).join(', ')}})`
      : `read_parquet(${text(file)})`;
  const select = format === 'csv' ? '*' : names.map((n) => `CAST("${n}" AS ${typeOf(n)}) AS "${n}"`).join(', ');
  const policy = parsePolicyFile(JSON.parse(readFileSync(policyPath, 'utf8')));
  return {
    load: [`CREATE TABLE roster_raw AS SELECT ${select} FROM ${source}`, 'CREATE VIEW roster AS SELECT *, person_id AS person_masked FROM roster_raw'],
    dedupe: rosterPersonsSql(quarter, policy),
    count: 'SELECT region_code, category, CAST(count(*) AS BIGINT) AS recipients, CAST(count(*) FILTER (WHERE enrolled) AS BIGINT) AS enrolled FROM roster_persons GROUP BY ALL',
    memoryLimit,
  };
}
