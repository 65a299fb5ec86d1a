// `report --out FILE` checked before any data is read: a 20-million-row
// roster must not be loaded and analysed only to fail at the last step on a
// folder that does not exist (Node's "ENOENT: no such file or directory").
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../domain/lang';

const TEXT = {
  zh: {
    noFolder: (out: string, dir: string) => `无法写入报告 ${out}：文件夹 ${dir} 不存在`,
    notFolder: (out: string, dir: string) => `无法写入报告 ${out}：${dir} 不是文件夹`,
    isFolder: (out: string, example: string) => `无法写入报告 ${out}：这是一个文件夹，请给出文件名，如 ${example}`,
    noPermission: (out: string, dir: string) => `无法写入报告 ${out}：没有在 ${dir} 中写入的权限`,
  },
  en: {
    noFolder: (out: string, dir: string) => `cannot write the report to ${out}: the folder ${dir} does not exist`,
    notFolder: (out: string, dir: string) => `cannot write the report to ${out}: ${dir} is not a folder`,
    isFolder: (out: string, example: string) => `cannot write the report to ${out}: it is a folder; give a file name such as ${example}`,
    noPermission: (out: string, dir: string) => `cannot write the report to ${out}: no permission to write in ${dir}`,
  },
} satisfies Record<Lang, Record<string, (a: string, b: string) => string>>;

async function kind(path: string): Promise<'file' | 'folder' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

/** Why `out` cannot take the report, in the reader's language; null when it can. */
export async function outFileProblem(out: string, lang: Lang): Promise<string | null> {
  const t = TEXT[lang];
  const path = resolve(out);
  if ((await kind(path)) === 'folder') return t.isFolder(out, join(out, 'report.html'));
  const dir = dirname(path);
  const folder = await kind(dir);
  if (folder === null) return t.noFolder(out, dir);
  if (folder === 'file') return t.notFolder(out, dir);
  try {
    await access(dir, constants.W_OK);
  } catch {
    return t.noPermission(out, dir);
  }
  return null;
}
