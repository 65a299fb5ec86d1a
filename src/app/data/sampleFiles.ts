// The built-in dataset (the sample unless the build named another folder)
// ships inside the build as ordinary same-origin assets, so the page never
// asks another host for anything.
import builtin from 'virtual:fundwatch-dataset';
import { BilingualError } from '../../domain/lang';
import type { DatasetFile } from '../../engine/formats/files';

export const BUILTIN_NAME = builtin.name;
export const BUILTIN_IS_SAMPLE = builtin.isSample;

export async function fetchBuiltinFiles(): Promise<DatasetFile[]> {
  return Promise.all(
    builtin.files.map(async ({ name, url }) => {
      const response = await fetch(url);
      if (!response.ok) {
        throw new BilingualError({
          zh: `内置数据文件 ${name} 无法读取（HTTP ${response.status}）`,
          en: `The built-in data file ${name} cannot be read (HTTP ${response.status})`,
        });
      }
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
