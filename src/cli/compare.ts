// The data folders of `--data` (several: submissions to merge) and the
// earlier submission of `--compare`, read from disk, under the names the
// messages give them: each folder's own name (its path when two share one).
import { basename, resolve } from 'node:path';
import type { Lang } from '../domain/lang';
import type { PolicyFile } from '../domain/policy/types';
import type { Revisions } from '../domain/revisions';
import type { Quarter } from '../domain/types';
import type { Engine } from '../engine/runtime/engine';
import { openDatasetDir } from '../engine/formats/nodeFiles';
import { formatProblem } from '../engine/ingest/problems';
import { compareWith } from '../engine/queries/revisions';
import type { Submission } from '../engine/ingest/submissions';
import type { CliIo } from './io';
import { CLI_TEXT } from './text';

type Text = (typeof CLI_TEXT)[Lang];

async function openDir(dir: string, t: Text) {
  return openDatasetDir(dir).catch((e: unknown) => {
    throw new Error(t.unreadableDir(dir, e instanceof Error ? e.message : String(e)));
  });
}

export async function readSubmissions(dirs: readonly string[], t: Text): Promise<Submission[]> {
  const names = dirs.map((dir) => basename(resolve(dir)));
  const out: Submission[] = [];
  for (const [i, dir] of dirs.entries()) {
    const name = names[i] ?? dir;
    out.push({ name: names.filter((n) => n === name).length > 1 ? dir : name, files: await openDir(dir, t) });
  }
  return out;
}

/** The revisions against `dir`; undefined (its problems printed) when it cannot be compared. */
export async function compareSubmission(
  engine: Engine,
  dir: string,
  current: { quarter: Quarter; policyFile: PolicyFile },
  lang: Lang,
  io: CliIo,
): Promise<Revisions | undefined> {
  const t = CLI_TEXT[lang];
  const files = await openDir(dir, t);
  const name = basename(resolve(dir));
  const result = await compareWith(engine, [{ name, files }], current);
  for (const p of result.ok ? result.report.problems : result.problems) io.err(formatProblem({ ...p, file: `${name}/${p.file}` }, lang));
  if (!result.ok) {
    io.err(t.notCompared(dir));
    return undefined;
  }
  return result.revisions;
}
