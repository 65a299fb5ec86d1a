// Recomputes the sample's calibration and story figures from the written
// files (not from the generator's memory) and prints them: these are the
// numbers data/README.md quotes and other tests may expect.
import { QUARTERS, YEARS } from './calendar';
import { readSample } from './check';
import { fenOf, ratioText, yuan } from './fen';
import { split } from './money';
import { ASSISTANCE_GAP_CITY, QUARTER_DEFICIT } from './assistance';
import { BUDGET_STORY } from './budgets';
import { COVERAGE_STORY } from './enrollment';
import { DEFICIT_CITY, THIN_MARGIN_CITY } from './resident';
import { BOOKED_TWICE, daysBetween, LATE_PASS_DOWN, LOW_ADVANCE, NOT_RECEIVED, RECEIVED_NOT_BOOKED, WRONG_LEVEL } from './transfers';

type Totals = { income: bigint; expenditure: bigint };

export function printSummary(dir: string): void {
  const t = readSample(dir);
  const rows = (n: string) => t[n] ?? [];
  const region = new Map(rows('regions').map((r) => [r.region_code ?? '', r]));
  const name = (code: string) => region.get(code)?.name ?? code;
  const cityOf = (code: string) => (region.get(code)?.level === 'county' ? (region.get(code)?.parent_code ?? '') : code);
  const cities = rows('regions').filter((r) => r.level === 'city').map((r) => r.region_code ?? '');
  const pct = (n: bigint, d: bigint) => `${ratioText(n * 100n, d, 2)}%`;

  // --- calibration
  console.log('\n== calibration');
  for (const y of YEARS) {
    const insured = rows('resident_enrollment').filter((r) => r.quarter === `${y}Q4`).reduce((s, r) => s + BigInt(r.insured ?? 0), 0n);
    const ae = rows('assistance_enrollment').filter((r) => r.quarter === `${y}Q4`);
    const rec = ae.reduce((s, r) => s + BigInt(r.recipients ?? 0), 0n);
    const tekun = ae.filter((r) => r.category === 'tekun').reduce((s, r) => s + BigInt(r.recipients ?? 0), 0n);
    console.log(`${y}: insured ${insured}, recipients ${rec} (${pct(rec, insured)} of insured), tekun ${pct(tekun, insured)}`);
  }
  const flowRows = rows('fund_flows');
  const sumFlows = (pick: (f: Record<string, string>) => boolean) => flowRows.filter(pick).reduce((s, f) => s + fenOf(f.amount ?? ''), 0n);
  for (const y of YEARS) {
    for (const dir2 of ['income', 'expenditure']) {
      const year = sumFlows((f) => f.fund === 'resident' && f.direction === dir2 && f.quarter?.startsWith(`${y}`) === true);
      const q1 = sumFlows((f) => f.fund === 'resident' && f.direction === dir2 && f.quarter === `${y}Q1`);
      console.log(`${y} resident ${dir2}: ${yuan(year)} yuan, Q1 share ${pct(q1, year)}`);
    }
  }

  // --- pools
  const pool = new Map<string, Totals>(); // `${pool}|${fund}|${quarter}`
  const account = new Map<string, Totals>();
  const add = (m: Map<string, Totals>, k: string, f: Record<string, string>) => {
    const v = m.get(k) ?? { income: 0n, expenditure: 0n };
    if (f.direction === 'income') v.income += fenOf(f.amount ?? '');
    else v.expenditure += fenOf(f.amount ?? '');
    m.set(k, v);
  };
  for (const f of flowRows) {
    const code = f.region_code ?? '';
    add(pool, `${cityOf(code)}|${f.fund}|${f.quarter}`, f);
    add(pool, `150000|${f.fund}|${f.quarter}`, f);
    add(account, `${code}|${f.fund}|${f.quarter}`, f);
  }
  const opening = new Map<string, bigint>();
  for (const b of rows('fund_balances')) {
    const code = b.region_code ?? '';
    for (const k of [`${code}|${b.fund}|${b.year}`, ...(code === cityOf(code) ? [] : [`${cityOf(code)}|${b.fund}|${b.year}`]), `150000|${b.fund}|${b.year}`]) {
      if (k === `${code}|${b.fund}|${b.year}` && region.get(code)?.level === 'city') {
        // city code: the city account alone goes to `acct:`; the pool sums below
      }
      opening.set(k, (opening.get(k) ?? 0n) + fenOf(b.opening_balance ?? ''));
    }
  }
  // opening of a city key now holds account + counties (the pool); province holds all.
  const status = (m: Map<string, Totals>, open: (code: string, fund: string, y: number) => bigint, code: string, fund: string, quarter: string) => {
    const y = Number(quarter.slice(0, 4));
    const qi = QUARTERS.indexOf(quarter);
    const ytd = QUARTERS.filter((q) => q.startsWith(`${y}`) && q <= quarter).map((q) => m.get(`${code}|${fund}|${q}`) ?? { income: 0n, expenditure: 0n });
    const ytdIncome = ytd.reduce((s, x) => s + x.income, 0n);
    const ytdExp = ytd.reduce((s, x) => s + x.expenditure, 0n);
    const acc = open(code, fund, y) + ytdIncome - ytdExp;
    const window = QUARTERS.slice(Math.max(0, qi - 3), qi + 1);
    const trailing = window.reduce((s, q) => s + (m.get(`${code}|${fund}|${q}`)?.expenditure ?? 0n), 0n);
    const q = m.get(`${code}|${fund}|${quarter}`) ?? { income: 0n, expenditure: 0n };
    return {
      quarterBalance: q.income - q.expenditure,
      ytdIncome,
      ytdExp,
      acc,
      mp: ratioText(acc * 3n * BigInt(window.length), trailing, 2),
      rate: ytdIncome === 0n ? 'n/a' : pct(ytdIncome - ytdExp, ytdIncome),
    };
  };
  const poolOpen = (code: string, fund: string, y: number) => opening.get(`${code}|${fund}|${y}`) ?? 0n;
  const acctOpen = (code: string, fund: string, y: number) =>
    rows('fund_balances')
      .filter((b) => b.region_code === code && b.fund === fund && b.year === String(y))
      .reduce((s, b) => s + fenOf(b.opening_balance ?? ''), 0n);

  for (const fund of ['resident', 'assistance']) {
    console.log(`\n== ${fund}: months payable by pool (rows) and quarter (columns)`);
    console.log(`pool    ${QUARTERS.join('  ')}`);
    for (const c of [...cities, '150000']) {
      console.log(`${c}  ${QUARTERS.map((q) => status(pool, poolOpen, c, fund, q).mp.padStart(6)).join('  ')}  ${name(c)}`);
    }
    console.log(`balance rate (YTD) at Q4:`);
    for (const c of [...cities, '150000']) {
      const parts = YEARS.map((y) => `${y} ${status(pool, poolOpen, c, fund, `${y}Q4`).rate}`);
      console.log(`  ${c} ${name(c)}: ${parts.join(', ')}`);
    }
  }

  const growth = (code: string, fund: string, quarter: string) => {
    const now = status(pool, poolOpen, code, fund, quarter);
    const before = status(pool, poolOpen, code, fund, `${Number(quarter.slice(0, 4)) - 1}${quarter.slice(4)}`);
    const gi = (now.ytdIncome - before.ytdIncome) * 10000n / before.ytdIncome;
    const ge = (now.ytdExp - before.ytdExp) * 10000n / before.ytdExp;
    return `income ${pct(now.ytdIncome - before.ytdIncome, before.ytdIncome)}, expenditure ${pct(now.ytdExp - before.ytdExp, before.ytdExp)} (gap ≈ ${Number(ge - gi) / 100} pp)`;
  };
  console.log('\n== stories');
  for (const q of ['2023Q4', '2024Q4']) console.log(`${DEFICIT_CITY} resident YoY at ${q}: ${growth(DEFICIT_CITY, 'resident', q)}`);
  for (const q of ['2024Q4']) console.log(`${THIN_MARGIN_CITY} resident YoY at ${q}: ${growth(THIN_MARGIN_CITY, 'resident', q)}`);
  for (const q of QUARTERS.filter((x) => x >= '2023Q4')) {
    const s = status(pool, poolOpen, DEFICIT_CITY, 'resident', q);
    console.log(`${DEFICIT_CITY} resident ${q}: YTD income ${yuan(s.ytdIncome)}, YTD expenditure ${yuan(s.ytdExp)}, accumulated ${yuan(s.acc)}, months payable ${s.mp}`);
  }

  // --- coverage
  console.log('\n== coverage (enrolled / recipients)');
  const cov = new Map<string, [bigint, bigint]>();
  for (const r of rows('assistance_enrollment')) {
    for (const code of [r.region_code ?? '', cityOf(r.region_code ?? ''), '150000']) {
      const k = `${code}|${r.quarter}`;
      const v = cov.get(k) ?? [0n, 0n];
      cov.set(k, [v[0] + BigInt(r.recipients ?? 0), v[1] + BigInt(r.enrolled ?? 0)]);
    }
  }
  const rate = (code: string, q: string) => {
    const [rec, enr] = cov.get(`${code}|${q}`) ?? [0n, 0n];
    return { rec, enr, r: ratioText(enr, rec, 6) };
  };
  for (const q of QUARTERS) {
    const low = [...cov.keys()].filter((k) => k.endsWith(`|${q}`) && region.get(k.slice(0, 6))?.level === 'county').map((k) => k.slice(0, 6)).filter((c) => {
      const { rec, enr } = rate(c, q);
      return enr * 1000n < rec * 995n;
    });
    if (low.length > 0) console.log(`${q}: below 99.5%: ${low.map((c) => `${c} ${name(c)} ${rate(c, q).r}`).join('; ')}`);
  }
  for (const c of Object.keys(COVERAGE_STORY)) {
    const r = rate(c, '2024Q4');
    const city = cityOf(c);
    console.log(`2024Q4 ${c} ${name(c)}: ${r.enr}/${r.rec} = ${r.r}; city ${city} ${name(city)} ${rate(city, '2024Q4').r}`);
  }
  console.log(`2024Q4 province ${rate('150000', '2024Q4').r}`);

  // --- assistance gap of the deficit city and the quarter deficit
  for (const q of ['2024Q3', '2024Q4']) {
    const s = status(pool, poolOpen, ASSISTANCE_GAP_CITY, 'assistance', q);
    const open = poolOpen(ASSISTANCE_GAP_CITY, 'assistance', 2024);
    const gap = s.ytdExp > s.ytdIncome ? s.ytdExp - s.ytdIncome : 0n;
    const covered = gap < (open > 0n ? open : 0n) ? gap : open > 0n ? open : 0n;
    console.log(`${ASSISTANCE_GAP_CITY} assistance ${q}: YTD income ${yuan(s.ytdIncome)}, YTD expenditure ${yuan(s.ytdExp)}, gap ${yuan(gap)}, opening 2024 ${yuan(open)}, covered ${yuan(covered)}, rest ${yuan(gap - covered)}, accumulated ${yuan(s.acc)}, months payable ${s.mp}`);
  }
  for (const fund of ['assistance', 'resident']) {
    const short = rows('obligations')
      .filter((o) => o.year === '2024' && o.fund === fund && cityOf(o.region_code ?? '') === ASSISTANCE_GAP_CITY)
      .map((o) => ({ code: o.region_code ?? '', s: fenOf(o.due ?? '') - fenOf(o.paid ?? '') }))
      .filter((x) => x.s > 0n);
    console.log(`${ASSISTANCE_GAP_CITY} ${fund} 2024 county shortfalls: ${short.map((x) => `${x.code} ${name(x.code)} ${yuan(x.s)}`).join('; ') || 'none'}`);
  }
  {
    // DOMAIN.md gap sharing for the deficit city's assistance fund at 2024Q4 (city ratio 50%, basis YTD expenditure).
    const s = status(pool, poolOpen, ASSISTANCE_GAP_CITY, 'assistance', '2024Q4');
    const open = poolOpen(ASSISTANCE_GAP_CITY, 'assistance', 2024);
    const rest = s.ytdExp - s.ytdIncome - open;
    const counties = rows('regions').filter((r) => r.parent_code === ASSISTANCE_GAP_CITY).map((r) => r.region_code ?? '');
    const shortfall = counties.map((c) =>
      rows('obligations')
        .filter((o) => o.year === '2024' && o.fund === 'assistance' && o.region_code === c)
        .reduce((acc, o) => acc + (fenOf(o.due ?? '') > fenOf(o.paid ?? '') ? fenOf(o.due ?? '') - fenOf(o.paid ?? '') : 0n), 0n),
    );
    const self = shortfall.reduce((a, b) => a + b, 0n);
    const restAfter = rest - self;
    const [cityShare = 0n, countiesPart = 0n] = split(restAfter, [1n, 1n]);
    const basis = counties.map((c) => QUARTERS.filter((q) => q.startsWith('2024')).reduce((acc, q) => acc + (account.get(`${c}|assistance|${q}`)?.expenditure ?? 0n), 0n));
    const shares = split(countiesPart, basis);
    console.log(`gap sharing ${ASSISTANCE_GAP_CITY} assistance 2024Q4: gap ${yuan(s.ytdExp - s.ytdIncome)} = balance ${yuan(open)} + county self ${yuan(self)} + city ${yuan(cityShare)} + counties ${yuan(countiesPart)}`);
    counties.forEach((c, i) => console.log(`  ${c} ${name(c)}: shortfall ${yuan(shortfall[i] ?? 0n)}, 2024 expenditure ${yuan(basis[i] ?? 0n)}, share ${yuan(shares[i] ?? 0n)}`));
  }
  for (const q of QUARTERS.filter((x) => x.startsWith('2024'))) {
    const s = status(account, acctOpen, QUARTER_DEFICIT.regionCode, 'assistance', q);
    console.log(`${QUARTER_DEFICIT.regionCode} ${name(QUARTER_DEFICIT.regionCode)} assistance ${q}: quarter balance ${yuan(s.quarterBalance)}, YTD ${yuan(s.ytdIncome - s.ytdExp)} (rate ${s.rate}), accumulated ${yuan(s.acc)}, months payable ${s.mp}`);
  }
  const deficits: string[] = [];
  const negatives: string[] = [];
  for (const k of account.keys()) {
    const [code, fund, q] = k.split('|') as [string, string, string];
    const s = status(account, acctOpen, code, fund, q);
    if (fund === 'assistance' && s.quarterBalance < 0n && cityOf(code) !== ASSISTANCE_GAP_CITY) deficits.push(`${code} ${q}`);
    if (s.acc < 0n) negatives.push(`${code} ${fund} ${q}`);
  }
  console.log(`assistance quarter deficits outside ${ASSISTANCE_GAP_CITY}: ${deficits.join(', ') || 'none'}`);
  console.log(`accounts with a negative accumulated balance: ${negatives.join(', ') || 'none'}`);

  // Scans: which other alerts the data raise (to keep stories the only ones).
  const gaps: string[] = [];
  const lowRates: string[] = [];
  const ytdDeficits: string[] = [];
  for (const [m, open, codes] of [
    [pool, poolOpen, cities],
    [account, acctOpen, [...region.keys()].filter((c) => region.get(c)?.level !== 'province')],
  ] as const) {
    for (const code of codes)
      for (const fund of ['resident', 'assistance'])
        for (const q of QUARTERS) {
          const s = status(m, open, code, fund, q);
          if (s.ytdIncome > s.ytdExp && (s.ytdIncome - s.ytdExp) * 20n < s.ytdIncome && q.endsWith('Q4')) lowRates.push(`${code} ${fund} ${q} ${s.rate}`);
          if (s.ytdIncome < s.ytdExp) ytdDeficits.push(`${code} ${fund} ${q}`);
          if (q < '2023Q1') continue;
          const b = status(m, open, code, fund, `${Number(q.slice(0, 4)) - 1}${q.slice(4)}`);
          if (b.ytdIncome === 0n || b.ytdExp === 0n) continue;
          // growth gap > 5 pp: (e1/e0 − i1/i0) > 0.05
          const lhs = (s.ytdExp * b.ytdIncome - s.ytdIncome * b.ytdExp) * 100n;
          if (lhs > 5n * b.ytdExp * b.ytdIncome) gaps.push(`${code} ${fund} ${q}`);
        }
  }
  console.log(`growth gap > 5 pp: ${gaps.join(', ') || 'none'}`);
  console.log(`balance rate in [0, 5%) at Q4: ${lowRates.join(', ') || 'none'}`);
  console.log(`YTD deficits: ${ytdDeficits.join(', ') || 'none'}`);

  // --- transfers
  console.log('\n== transfers');
  const tr = rows('transfers');
  const byId = new Map(tr.map((x) => [x.transfer_id ?? '', x]));
  const days: number[] = [];
  for (const x of tr.filter((d) => d.from_level === 'province')) {
    const src = byId.get(x.source_transfer_id ?? '');
    const d = daysBetween(src?.received_date ?? '', x.issued_date ?? '');
    if (d > 30) console.log(`late: ${x.transfer_id} ${x.fund} ${x.year} ${x.kind} to ${x.to_region_code} ${name(x.to_region_code ?? '')}: province received ${src?.received_date}, passed down ${x.issued_date} = ${d} days, ${x.amount} yuan`);
    else days.push(d);
    if (x.received_date === '') console.log(`not received: ${x.transfer_id} ${x.fund} ${x.year} ${x.kind} to ${x.to_region_code} ${name(x.to_region_code ?? '')} issued ${x.issued_date}, ${x.amount} yuan`);
  }
  console.log(`other pass-downs: ${Math.min(...days)}–${Math.max(...days)} days`);
  for (const fund of ['resident', 'assistance']) {
    for (const y of YEARS) {
      const ratios = cities.map((c) => {
        const executed = tr.filter((x) => x.from_level === 'province' && x.fund === fund && x.year === String(y) && x.to_region_code === c).reduce((s, x) => s + fenOf(x.amount ?? ''), 0n);
        const advance = tr.filter((x) => x.from_level === 'province' && x.fund === fund && x.year === String(y + 1) && x.kind === 'advance' && x.to_region_code === c).reduce((s, x) => s + fenOf(x.amount ?? ''), 0n);
        return { c, executed, advance, r: ratioText(advance, executed, 4) };
      });
      const low = ratios.filter((x) => x.advance * 10n < x.executed * 9n);
      const min = ratios.reduce((a, b) => (a.r < b.r ? a : b));
      console.log(`${fund} advance ${y + 1} / executed ${y}: min ${min.c} ${min.r}; below 0.9: ${low.map((x) => `${x.c} ${name(x.c)} ${yuan(x.advance)} / ${yuan(x.executed)} = ${x.r}`).join('; ') || 'none'}`);
    }
  }
  console.log(`(stories: late ${JSON.stringify(LATE_PASS_DOWN)}, not received ${JSON.stringify(NOT_RECEIVED)}, low advance ${JSON.stringify(LOW_ADVANCE)})`);

  // --- reconciliation (story 7): central documents received by each quarter's end vs central income booked, per pool
  console.log('\n== reconciliation (central documents received vs central income booked, year to date, per city pool)');
  const first = (x: (typeof tr)[number]): (typeof tr)[number] => {
    let d = x;
    while (d.source_transfer_id) d = byId.get(d.source_transfer_id) ?? d;
    return d;
  };
  const quarterEnd = (q: string) => `${q.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][Number(q.slice(5)) - 1] ?? '12-31'}`;
  const differences: string[] = [];
  for (const q of QUARTERS) {
    const year = q.slice(0, 4);
    for (const c of cities)
      for (const fund of ['resident', 'assistance']) {
        const docs = tr.filter(
          (x) => x.year === year && x.fund === fund && x.from_level !== 'city' && cityOf(x.to_region_code ?? '') === c && first(x).from_level === 'central' && x.received_date !== '' && (x.received_date ?? '') <= quarterEnd(q),
        );
        const received = docs.reduce((s, x) => s + fenOf(x.amount ?? ''), 0n);
        const booked = flowRows
          .filter((f) => f.direction === 'income' && f.source_level === 'central' && f.fund === fund && cityOf(f.region_code ?? '') === c && (f.quarter ?? '') >= `${year}Q1` && (f.quarter ?? '') <= q)
          .reduce((s, f) => s + fenOf(f.amount ?? ''), 0n);
        if (booked !== received) differences.push(`${q} ${c} ${name(c)} ${fund}: received ${yuan(received)}, booked ${yuan(booked)}, difference ${yuan(booked - received)} (${docs.map((x) => x.transfer_id).join(' ')})`);
      }
  }
  console.log(differences.length === 0 ? 'every quarter, pool and fund reconciles' : differences.join('\n'));
  console.log(`(stories: received not booked ${JSON.stringify(RECEIVED_NOT_BOOKED)}, booked twice ${JSON.stringify(BOOKED_TWICE)}, wrong level ${JSON.stringify(WRONG_LEVEL)})`);

  // --- budget execution
  console.log('\n== budget execution (YTD actual / annual budget vs elapsed share)');
  const budget = new Map(rows('budgets').map((b) => [`${b.region_code}|${b.fund}|${b.direction}|${b.year}`, fenOf(b.amount ?? '')]));
  const poolBudget = new Map<string, bigint>();
  for (const [k, v] of budget) {
    const [code, ...rest] = k.split('|');
    const pk = `${cityOf(code ?? '')}|${rest.join('|')}`;
    if (cityOf(code ?? '') !== code) poolBudget.set(pk, (poolBudget.get(pk) ?? 0n) + v);
    else poolBudget.set(pk, (poolBudget.get(pk) ?? 0n) + v);
  }
  const flagged: string[] = [];
  const scan = (m: Map<string, Totals>, b: Map<string, bigint>, codes: string[]) => {
    for (const code of codes)
      for (const fund of ['resident', 'assistance'])
        for (const q of QUARTERS) {
          const s = status(m, () => 0n, code, fund, q);
          const elapsed = BigInt(Number(q.slice(5)) * 25);
          const y = q.slice(0, 4);
          const bi = b.get(`${code}|${fund}|income|${y}`) ?? 0n;
          const be = b.get(`${code}|${fund}|expenditure|${y}`) ?? 0n;
          // behind by > 10 pp: actual/budget < elapsed − 10%
          if (bi > 0n && s.ytdIncome * 100n < bi * (elapsed - 10n)) flagged.push(`${code} ${fund} ${q} income ${pct(s.ytdIncome, bi)}`);
          if (be > 0n && s.ytdExp * 100n > be * (elapsed + 10n)) flagged.push(`${code} ${fund} ${q} expenditure ${pct(s.ytdExp, be)}`);
        }
  };
  scan(pool, poolBudget, cities);
  scan(account, budget, [...region.keys()].filter((c) => region.get(c)?.level !== 'province'));
  console.log(`flagged (pools, then accounts): ${flagged.length}`);
  const storyFlags = flagged.filter((f) => cityOf(f.slice(0, 6)) === BUDGET_STORY.cityCode);
  const otherFlags = flagged.filter((f) => cityOf(f.slice(0, 6)) !== BUDGET_STORY.cityCode);
  console.log(`story city: ${storyFlags.filter((f) => f.startsWith(BUDGET_STORY.cityCode)).join('; ')}`);
  console.log(`story city counties flagged: ${storyFlags.length}`);
  console.log(`others: ${otherFlags.join('; ') || 'none'}`);
}
