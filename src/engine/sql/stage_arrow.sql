-- A Parquet file, inserted through Arrow IPC with its own column types, as
-- the same all-text staged table a CSV file becomes (one piece). Records
-- are numbered from 2 as if a header row came first, like every other format.
CREATE OR REPLACE TABLE {{data_table}} AS
SELECT true AS _data, 0 AS _piece, {{data_columns}}
FROM {{raw_table}};
