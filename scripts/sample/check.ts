// Re-reads the written sample and checks it against the data contract and
// its own bookkeeping: formats per column kind, unique keys, enrolled ≤
// recipients, subsidy amounts = subsidized × standard × ratio, consistent
// balances, transfers that add up. Throws on the first list of problems.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTRACT, type ColumnKind } from '../../src/engine/contract/contract';
import { EXPENDITURE_ITEMS, INCOME_ITEMS, type Category } from '../../src/domain/types';
import { contributionPerCapita, subsidyRatio, YEARS } from './calendar';
import { parseCsv } from './csv';
import { fenOf } from './fen';
import { times } from './money';

const KIND_PATTERN: Record<ColumnKind, RegExp> = {
  region_code: /^\d{6}$/,
  text: /^\S(.*\S)?$/,
  person_id: /^(?!\d(\.\d+)?[eE]\+?\d+$)\S(.*\S)?$/,
  quarter: /^\d{4}Q[1-4]$/,
  year: /^\d{4}$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  count: /^\d+$/,
  money: /^-?\d+\.\d{2}$/,
  decimal: /^\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  enum: /^.+$/,
};

export type Tables = Record<string, Record<string, string>[]>;

export function readSample(dir: string): Tables {
  const tables: Tables = {};
  for (const spec of CONTRACT) {
    const file = join(dir, `${spec.name}.csv`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const { header, rows } = parseCsv(text);
    const expected = spec.columns.map((c) => c.name);
    if (header.join(',') !== expected.join(',')) throw new Error(`${spec.name}: header ${header.join(',')} ≠ ${expected.join(',')}`);
    tables[spec.name] = rows;
  }
  return tables;
}

export function checkSample(dir: string): void {
  const problems: string[] = [];
  const bad = (msg: string) => {
    if (problems.length < 50) problems.push(msg);
  };
  const t = readSample(dir);
  const get = (name: string) => t[name] ?? [];

  for (const spec of CONTRACT) {
    const rows = t[spec.name];
    if (!rows) {
      if (spec.required || spec.name !== 'roster') bad(`${spec.name}.csv missing`);
      continue;
    }
    const keys = new Set<string>();
    rows.forEach((row, i) => {
      for (const col of spec.columns) {
        const v = row[col.name] ?? '';
        if (v === '') {
          if (!col.optional) bad(`${spec.name} row ${i + 2} ${col.name}: empty`);
          continue;
        }
        if (!KIND_PATTERN[col.kind].test(v)) bad(`${spec.name} row ${i + 2} ${col.name}: ${v} is not ${col.kind}`);
        if (col.kind === 'money' && v.startsWith('-') && !(col as { signed?: boolean }).signed) bad(`${spec.name} row ${i + 2} ${col.name}: negative`);
        if (col.values && !col.values.includes(v)) bad(`${spec.name} row ${i + 2} ${col.name}: ${v} not allowed`);
      }
      const key = spec.key.map((k) => row[k]).join('|');
      if (keys.has(key)) bad(`${spec.name} row ${i + 2}: repeated key ${key}`);
      keys.add(key);
    });
  }

  const regions = new Map(get('regions').map((r) => [r.region_code ?? '', r]));
  if (get('regions').filter((r) => r.level === 'county').length !== 103) bad('regions: expected 103 counties');
  if (get('regions').filter((r) => r.level === 'city').length !== 12) bad('regions: expected 12 cities');
  for (const r of get('regions')) {
    if (r.level !== 'province' && !regions.has(r.parent_code ?? '')) bad(`regions: ${r.region_code} has unknown parent`);
    if (r.level === 'county' && regions.get(r.parent_code ?? '')?.tier !== r.tier) bad(`regions: ${r.region_code} tier differs from its city`);
  }

  // Assistance enrollment: counts and exact subsidy amounts.
  const ytdSubsidy = new Map<string, bigint>();
  for (const r of get('assistance_enrollment')) {
    const rec = Number(r.recipients);
    const enr = Number(r.enrolled);
    const sub = Number(r.subsidized);
    if (!(enr <= rec)) bad(`assistance_enrollment ${r.quarter} ${r.region_code} ${r.category}: enrolled > recipients`);
    if (!(sub <= enr)) bad(`assistance_enrollment ${r.quarter} ${r.region_code} ${r.category}: subsidized > enrolled`);
    const year = Number((r.quarter ?? '').slice(0, 4));
    const expected = times(BigInt(sub) * contributionPerCapita(year), subsidyRatio(year, r.category as Category));
    if (fenOf(r.subsidy_amount ?? '') !== expected) bad(`assistance_enrollment ${r.quarter} ${r.region_code} ${r.category}: subsidy_amount`);
    const k = `${r.region_code}|${r.quarter}`;
    ytdSubsidy.set(k, (ytdSubsidy.get(k) ?? 0n) + fenOf(r.subsidy_amount ?? ''));
    if (regions.get(r.region_code ?? '')?.level !== 'county') bad(`assistance_enrollment: ${r.region_code} is not a county`);
  }

  // Flows: directions, items, and enrollment subsidies = increments of the YTD amounts.
  const netByAccountYear = new Map<string, bigint>();
  const accounts = new Set<string>();
  const subsidyFlow = new Map<string, bigint>();
  const countyFiscal = new Map<string, bigint>();
  const contribution = new Map<string, bigint>();
  for (const f of get('fund_flows')) {
    const income = f.direction === 'income';
    if (income && (f.source_level === '' || !(INCOME_ITEMS as readonly string[]).includes(f.item ?? ''))) bad(`fund_flows: bad income row ${JSON.stringify(f)}`);
    if (!income && (f.source_level !== '' || !(EXPENDITURE_ITEMS as readonly string[]).includes(f.item ?? ''))) bad(`fund_flows: bad expenditure row ${JSON.stringify(f)}`);
    if (!regions.has(f.region_code ?? '') || regions.get(f.region_code ?? '')?.level === 'province') bad(`fund_flows: account ${f.region_code}`);
    const amount = fenOf(f.amount ?? '');
    if (amount < 0n) bad(`fund_flows: negative amount ${JSON.stringify(f)}`);
    const year = (f.quarter ?? '').slice(0, 4);
    const k = `${f.region_code}|${f.fund}|${year}`;
    accounts.add(`${f.region_code}|${f.fund}`);
    netByAccountYear.set(k, (netByAccountYear.get(k) ?? 0n) + (income ? amount : -amount));
    if (f.item === 'enrollment_subsidy') subsidyFlow.set(`${f.region_code}|${f.quarter}`, amount);
    if (f.item === 'fiscal_subsidy' && f.source_level === 'county') countyFiscal.set(k, (countyFiscal.get(k) ?? 0n) + amount);
    if (f.item === 'individual_contribution') contribution.set(k, (contribution.get(k) ?? 0n) + amount);
  }
  for (const [k, ytd] of ytdSubsidy) {
    const [code, quarter] = k.split('|') as [string, string];
    const q = Number(quarter.slice(5));
    const before = q === 1 ? 0n : (ytdSubsidy.get(`${code}|${quarter.slice(0, 5)}${q - 1}`) ?? 0n);
    if ((subsidyFlow.get(k) ?? -1n) !== ytd - before) bad(`fund_flows: enrollment_subsidy of ${code} ${quarter} ≠ increment of subsidy_amount`);
  }

  // Balances: every account with flows, and opening(y+1) = opening(y) + income(y) − expenditure(y).
  const opening = new Map(get('fund_balances').map((b) => [`${b.region_code}|${b.fund}|${b.year}`, fenOf(b.opening_balance ?? '')]));
  for (const a of accounts) {
    for (const y of YEARS) {
      const o = opening.get(`${a}|${y}`);
      if (o === undefined) {
        bad(`fund_balances: no ${y} opening for ${a}`);
        continue;
      }
      const next = opening.get(`${a}|${y + 1}`);
      if (next !== undefined && next !== o + (netByAccountYear.get(`${a}|${y}`) ?? 0n)) bad(`fund_balances: ${a} ${y + 1} opening does not roll forward`);
    }
  }

  // Obligations: paid ≤ due, and what was paid is what the flows booked.
  for (const o of get('obligations')) {
    const due = fenOf(o.due ?? '');
    const paid = fenOf(o.paid ?? '');
    if (paid > due) bad(`obligations: paid > due ${JSON.stringify(o)}`);
    const k = `${o.region_code}|${o.fund}|${o.year}`;
    const booked = o.kind === 'contribution' ? contribution.get(k) : countyFiscal.get(k);
    if (booked !== paid) bad(`obligations: paid ≠ booked flows ${JSON.stringify(o)}`);
  }

  // Transfers: each province document passes down a central one; the parts add up.
  const byId = new Map(get('transfers').map((x) => [x.transfer_id ?? '', x]));
  const passedDown = new Map<string, bigint>();
  for (const x of get('transfers')) {
    if ((x.received_date ?? '') !== '' && (x.received_date ?? '') < (x.issued_date ?? '')) bad(`transfers: ${x.transfer_id} received before issued`);
    if (x.from_level === 'central') {
      if (x.to_region_code !== '150000' || x.source_transfer_id !== '') bad(`transfers: central doc ${x.transfer_id}`);
      continue;
    }
    const src = byId.get(x.source_transfer_id ?? '');
    if (!src || src.from_level !== 'central' || src.kind !== x.kind || src.year !== x.year || src.fund !== x.fund) bad(`transfers: ${x.transfer_id} bad source`);
    if (regions.get(x.to_region_code ?? '')?.level !== 'city') bad(`transfers: ${x.transfer_id} not to a city`);
    passedDown.set(x.source_transfer_id ?? '', (passedDown.get(x.source_transfer_id ?? '') ?? 0n) + fenOf(x.amount ?? ''));
  }
  for (const x of get('transfers')) {
    if (x.from_level === 'central' && passedDown.get(x.transfer_id ?? '') !== fenOf(x.amount ?? '')) bad(`transfers: ${x.transfer_id} parts do not add up`);
  }

  let size = 0;
  for (const f of readdirSync(dir)) size += statSync(join(dir, f)).size;
  if (size > 6 * 1024 * 1024) bad(`data/sample is ${size} bytes (> 6 MB)`);

  if (problems.length > 0) throw new Error(`sample check failed:\n${problems.join('\n')}`);
  console.log(`check: ${Object.keys(t).length} tables conform to the contract, ${(size / 1024 / 1024).toFixed(2)} MB`);
}
