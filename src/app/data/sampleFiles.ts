// The built-in dataset (the sample unless the build named another folder)
// ships inside the build as ordinary same-origin assets, so the page never
// asks another host for anything.
import builtin from 'virtual:fundwatch-dataset';
import { message } from '../../domain/messages/codes';
import { FundWatchError } from '../../domain/messages/error';
import type { DatasetFile } from '../../engine/formats/files';

export const BUILTIN_NAME = builtin.name;
export const BUILTIN_IS_SAMPLE = builtin.isSample;

/** Bytes, not Blobs: the page hashes them (datasetHash.ts) as well as loading them. */
export async function fetchBuiltinFiles(): Promise<(DatasetFile & { bytes: Uint8Array })[]> {
  return Promise.all(
    builtin.files.map(async ({ name, url }) => {
      const response = await fetch(url);
      if (!response.ok) {
        throw new FundWatchError(message('builtin.file_unreadable', { file: name, status: response.status }));
      }
      return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
    }),
  );
}
