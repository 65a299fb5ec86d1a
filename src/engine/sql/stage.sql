-- Read one CSV file as text, with the dialect and column count fixed (no
-- sniffing: it would turn region codes into integers and money into
-- DOUBLE), trim cells, and number the rows as a spreadsheet does. Both
-- tables live in the load's stage schema; the caller drops the raw one as
-- soon as this has run, the schema goes when the load ends.
CREATE OR REPLACE TABLE {{raw_table}} AS
SELECT * FROM read_csv(
  {{file}},
  header = true,
  auto_detect = false,
  delim = ',',
  quote = '"',
  escape = '"',
  strict_mode = true,
  columns = {{csv_columns}}
);
-- rowid follows insertion order, i.e. the file's order; the header is row 1.
-- Template explanation rows are dropped after numbering, so rows keep the
-- numbers the user sees. Answers with the number of rows staged (Count).
CREATE OR REPLACE TABLE {{stage_table}} AS
SELECT * EXCLUDE (_data) FROM (
  SELECT {{row_number}} AS _row, {{not_a_note}} AS _data, {{stage_columns}}
  FROM {{raw_table}}
) WHERE _data;
