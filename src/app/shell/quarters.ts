// The quarters a dataset has, and the one the address bar asks for,
// resolved once: the shell's one place that checks a quarter.
import { compareQuarters } from '../../domain/quarter';
import type { Quarter } from '../../domain/types';
import type { Dataset } from '../data/datasetTypes';

/** Oldest first. */
export function datasetQuarters(dataset: Dataset | undefined): Quarter[] {
  return [...(dataset?.report.quarters ?? [])].sort(compareQuarters);
}

/** The quarter asked for when the dataset has it, else its latest; null for a dataset with none. */
export function resolveQuarter(asked: string | null, quarters: readonly Quarter[]): Quarter | null {
  return asked !== null && quarters.includes(asked) ? asked : (quarters.at(-1) ?? null);
}
