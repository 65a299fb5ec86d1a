-- A contract table replaced by its staged rows, typed. Values were
-- validated already, so every CAST succeeds; rows keep the file's order.
CREATE OR REPLACE TABLE {{table}} AS
SELECT {{casts}}
FROM {{stage_table}}
ORDER BY _row;
