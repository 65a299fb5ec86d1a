// Everything that needs DuckDB, in one chunk loaded apart from the first
// screen: the DuckDB client, Arrow, the loaders and the SQL. The page draws
// from the build-time snapshot while this downloads (see engine.ts).
export { createBrowserEngine } from '../../engine/runtime/browser';
export { rostersBeyondBrowser } from '../../engine/ingest/browserBound';
export { loadDataset } from '../../engine/ingest/load';
export { loadPrevalidated } from '../../engine/ingest/prevalidated';
export { loadPrebuilt } from '../../engine/ingest/prebuilt';
export { analyze } from '../../engine/queries/analyze';
export { loadSubmissions } from '../../engine/ingest/submissions';
export { compareWith } from '../../engine/queries/revisions';
export { splitSubmissions, unpackZips } from '../../engine/formats/submissionFiles';
