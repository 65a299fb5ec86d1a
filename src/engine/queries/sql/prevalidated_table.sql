-- A contract table straight from a CSV file validated before (the built-in
-- sample, when the app was built): read with the table's own column types,
-- no staging, no checks. The dialect is fixed as for every other CSV.
-- Answers with the number of rows read (Count).
CREATE OR REPLACE TABLE {{table}} AS
SELECT * FROM read_csv(
  {{file}},
  header = true,
  auto_detect = false,
  delim = ',',
  quote = '"',
  escape = '"',
  strict_mode = true,
  columns = {{columns}}
);
