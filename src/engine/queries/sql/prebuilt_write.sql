-- The loaded tables written into a DuckDB database file (the built-in
-- dataset's prebuilt artefact, written at build time by native DuckDB), in
-- the storage format of the DuckDB inside DuckDB-wasm, which reads it.
ATTACH {{file}} AS fundwatch_prebuilt (STORAGE_VERSION {{storage_version}});
COPY FROM DATABASE {{database}} TO fundwatch_prebuilt;
DETACH fundwatch_prebuilt;
