-- A Parquet file, inserted through Arrow IPC with its own column types,
-- read into the same data table a CSV file becomes (its cells as text,
-- then typed). Records are numbered from 2 as if a header row came first,
-- like every other format. Each cell is trimmed and read once, in the two
-- inner layers (stage.ts, dataColumns).
CREATE OR REPLACE TABLE {{data_table}} AS
SELECT {{data_columns}}
FROM (SELECT *{{read_cells}} FROM (SELECT *{{trimmed_cells}} FROM {{raw_table}}));
