// Which dataset the build bakes in: the sample (data/sample) unless
// FUNDWATCH_DATA names another folder, e.g.
//   FUNDWATCH_DATA=../2025Q2 FUNDWATCH_DATA_NAME="2025年第2季度" npm run build
// The folder's files ship as same-origin assets (`virtual:fundwatch-dataset`
// lists them) and its first screen is computed at build time
// (scripts/snapshot), which also refuses a folder that does not load.
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SAMPLE_DATASET_NAME } from '../../src/app/data/sampleIdentity.js';
import type { Label } from '../../src/domain/lang.js';

export interface BuiltinDataset {
  dir: string;
  /** The user's name for it stands in both languages. */
  name: Label;
  isSample: boolean;
}

export const SAMPLE_DIR = 'data/sample';

export function builtinDataset(root: string, env: NodeJS.ProcessEnv = process.env): BuiltinDataset {
  const sample = resolve(root, SAMPLE_DIR);
  const dir = env.FUNDWATCH_DATA ? resolve(env.FUNDWATCH_DATA) : sample;
  const isSample = dir === sample;
  const given = env.FUNDWATCH_DATA_NAME?.trim() || (isSample ? null : basename(dir));
  return { dir, name: given === null ? SAMPLE_DATASET_NAME : { zh: given, en: given }, isSample };
}

/** The files a folder load reads (src/engine/formats/nodeFiles.ts): every regular, not hidden file. */
function datasetFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

const ID = 'virtual:fundwatch-dataset';
const RESOLVED = `\0${ID}`;

export function datasetPlugin(dataset: BuiltinDataset): Plugin {
  return {
    name: 'fundwatch-dataset',
    config: () => ({ server: { fs: { allow: [dataset.dir] } } }),
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const names = datasetFiles(dataset.dir);
      if (names.length === 0) throw new Error(`${dataset.dir}: no data files to build in`);
      // `?url`: Vite copies each file into the build and gives its address.
      const imports = names.map((name, i) => `import f${i} from ${JSON.stringify(`${join(dataset.dir, name)}?url`)};`);
      const files = names.map((name, i) => `{ name: ${JSON.stringify(name)}, url: f${i} }`);
      return `${imports.join('\n')}
export default { name: ${JSON.stringify(dataset.name)}, isSample: ${dataset.isSample}, files: [${files.join(', ')}] };
`;
    },
  };
}
