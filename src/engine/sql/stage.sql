-- Read one CSV file, or one piece of a big one (csvScan.ts), as text, with
-- the dialect and column count fixed (no sniffing: it would turn region
-- codes into integers and money into DOUBLE), and trim cells. The first
-- piece creates the table and skips the header; later pieces append. The
-- table lives in the compressed database (engine.ts), not in TEMP.
{{insert}}
SELECT {{data_columns}}
FROM read_csv(
  {{file}},
  header = {{header}},
  auto_detect = false,
  delim = ',',
  quote = '"',
  escape = '"',
  strict_mode = true,
  columns = {{csv_columns}}
);
