-- A contract table the dataset has no file for: empty, with its types.
CREATE OR REPLACE TABLE {{table}} ({{column_defs}});
