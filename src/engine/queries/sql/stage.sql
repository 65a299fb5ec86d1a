-- Read one CSV file, or one piece of a big one (csvScan.ts), with the
-- dialect (comma or tab, csvHeader.ts) and column count fixed (no sniffing: it would turn region codes
-- into integers and money into DOUBLE); cells are trimmed text, typed by
-- TRY_CAST next to their text (stage.ts). The first piece creates the table
-- and skips the header; later pieces append. The table lives in the
-- compressed database (engine.ts), not in TEMP. A 4 MiB read buffer (stage.ts, READ_BUFFER_BYTES) instead
-- of DuckDB's 32 MiB lowers the wasm heap's high-water mark by ~70 MB for
-- the same time (lines may still be 2 MiB, max_line_size). Each cell is
-- trimmed and read once, in the two inner layers (stage.ts, dataColumns).
{{insert}}
SELECT {{data_columns}}
FROM (
SELECT *{{read_cells}}
FROM (
SELECT *{{trimmed_cells}}
FROM read_csv(
  {{file}},
  header = {{header}},
  auto_detect = false,
  delim = {{delim}},
  quote = '"',
  escape = '"',
  strict_mode = true,
  buffer_size = {{buffer_size}},
  columns = {{csv_columns}}
)));
