// Everything that needs DuckDB, in one chunk loaded apart from the first
// screen: the DuckDB client, Arrow, the loaders and the SQL. The page draws
// from the build-time snapshot while this downloads (see engine.ts).
export { createBrowserEngine } from '../../engine/browser';
export { loadDataset } from '../../engine/load';
export { loadPrevalidated } from '../../engine/prevalidated';
export { analyze } from '../../engine/analyze';
export { loadSubmissions } from '../../engine/submissions';
export { compareWith } from '../../engine/revisions';
export { splitSubmissions, unpackZips } from '../../engine/submissionFiles';
