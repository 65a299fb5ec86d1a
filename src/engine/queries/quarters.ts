// Which quarters a loaded dataset can be analysed for.
import { isQuarter } from '../../domain/quarter';
import type { Quarter } from '../../domain/types';
import type { Engine } from '../runtime/engine';
import { SQL } from './sql';

/** Quarters present in fund_flows, assistance_enrollment or resident_enrollment, oldest first. */
export async function listQuarters(engine: Engine): Promise<Quarter[]> {
  const rows = await engine.query(SQL.quarters);
  return rows.map((r) => String(r.quarter)).filter(isQuarter);
}

export async function latestQuarter(engine: Engine): Promise<Quarter | null> {
  return (await listQuarters(engine)).at(-1) ?? null;
}
