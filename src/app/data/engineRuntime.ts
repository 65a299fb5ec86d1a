// Everything that needs DuckDB, in one chunk loaded apart from the first
// screen: the DuckDB client, Arrow, the loaders and the SQL. The page draws
// from the build-time snapshot while this downloads (see engine.ts).
import { loadDataset as loadHere } from '../../engine/ingest/load';
import { loadSubmissions as loadAllHere } from '../../engine/ingest/submissions';
import { openInWorker } from '../../engine/runtime/workbookClient';

export { createBrowserEngine } from '../../engine/runtime/browser';
export { rostersBeyondBrowser } from '../../engine/ingest/browserBound';
export { loadPrevalidated } from '../../engine/ingest/prevalidated';
export { attachPrebuilt, settlePrebuilt } from '../../engine/ingest/prebuilt';
export { analyze } from '../../engine/queries/analyze';
export { compareWith } from '../../engine/queries/revisions';
export { splitSubmissions, unpackZips } from '../../engine/formats/submissionFiles';

// The page's loads open workbooks in a worker of their own: a million-cell
// sheet held the page's thread for seconds.
const openWorkbook = openInWorker();
export const loadDataset: typeof loadHere = (engine, files, options = {}) => loadHere(engine, files, { openWorkbook, ...options });
export const loadSubmissions: typeof loadAllHere = (engine, submissions, options = {}) => loadAllHere(engine, submissions, { openWorkbook, ...options });
