// What a loaded dataset is, apart from how it is loaded (dataset.ts): the
// first-screen snapshot carries one too, so the type lives on its own and
// the snapshot need not import the loader (which imports the snapshot).
import type { Label } from '../../domain/lang';
import type { PolicyFile } from '../../domain/policy/types';
import type { LoadReport } from '../../engine/ingest/load';

export interface Dataset {
  id: string;
  /** Shown in the header: the built-in dataset's name or the user's folder/file name, in both languages. */
  name: Label;
  isSample: boolean;
  report: LoadReport;
  /** The dataset's policy.json or the defaults (a successful load always has one). */
  policyFile: PolicyFile;
}
