-- A Parquet file, inserted through Arrow IPC with its own column types, as
-- the same all-text staged table a CSV file becomes. Records are numbered
-- from 2 as if a header row came first, like every other format. Answers
-- with the number of rows staged (Count).
CREATE OR REPLACE TABLE {{stage_table}} AS
SELECT CAST(rowid + 2 AS BIGINT) AS _row, {{stage_columns}}
FROM {{raw_table}};
