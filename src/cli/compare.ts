// The data folders of `--data` (several: submissions to merge) and the
// earlier submission of `--compare`, read from disk, under the names the
// messages give them: each folder's own name (its path when two share one).
import { basename, resolve } from 'node:path';
import type { Lang } from '../domain/lang';
import type { PolicyFile } from '../domain/policy/types';
import type { Revisions } from '../domain/revisions';
import type { Quarter } from '../domain/types';
import type { Engine } from '../engine/runtime/engine';
import { NotAFileError, openDatasetPath } from '../engine/formats/nodeFiles';
import { splitSubmissions, unpackZips } from '../engine/formats/submissionFiles';
import { formatProblem } from '../engine/ingest/problems';
import { compareWith } from '../engine/queries/revisions';
import type { Submission } from '../engine/ingest/submissions';
import type { CliIo } from './io';
import { CLI_TEXT } from './text';


/**
 * The submissions of one folder. A folder of data files is one, as always;
 * a folder of city folders, a ZIP, or a dataset one folder down is read as
 * the page reads a picked folder: ZIPs unpacked, one submission per folder
 * that holds a regions file (submissionFiles.ts). A ZIP given itself is
 * read as a folder holding only it.
 */
async function openDir(dir: string, name: string, lang: Lang): Promise<Submission[]> {
  const t = CLI_TEXT[lang];
  const files = await openDatasetPath(dir).catch((e: unknown) => {
    throw new Error(e instanceof NotAFileError ? t.notAFile(dir, e.path, e.kind) : t.unreadableDir(dir, e instanceof Error ? e.message : String(e)));
  });
  if (files.every((f) => !f.name.includes('/') && !f.name.toLowerCase().endsWith('.zip'))) return [{ name, files }];
  const unpacked = await unpackZips(files);
  if (unpacked.problems.length > 0) throw new Error(unpacked.problems.map((p) => formatProblem(p, lang)).join('\n'));
  return splitSubmissions(unpacked.files, name);
}

export async function readSubmissions(dirs: readonly string[], lang: Lang): Promise<Submission[]> {
  const names = dirs.map((dir) => basename(resolve(dir)));
  const out: Submission[] = [];
  for (const [i, dir] of dirs.entries()) {
    const name = names[i] ?? dir;
    out.push(...(await openDir(dir, names.filter((n) => n === name).length > 1 ? dir : name, lang)));
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
  const name = basename(resolve(dir));
  const result = await compareWith(engine, await openDir(dir, name, lang), current);
  for (const p of result.ok ? result.report.problems : result.problems) io.err(formatProblem({ ...p, file: `${name}/${p.file}` }, lang, result.report.levelWords));
  if (!result.ok) {
    io.err(t.notCompared(dir));
    return undefined;
  }
  return result.revisions;
}
