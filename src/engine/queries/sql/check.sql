-- One validation rule: the first rows that break it, and how many do.
-- A value that starts with a BOM (two files with BOMs joined into one) has it
-- written out as the text \ufeff: the reader of query results drops a leading
-- BOM from every string, and the problem quoted a valid-looking "150102".
(
  SELECT
    {{check_id}} AS check_id,
    s._row,
    regexp_replace(CAST({{value}} AS VARCHAR), '^\x{FEFF}', '\\ufeff') AS value,
    CAST({{extra}} AS VARCHAR) AS extra,
    CAST(1 AS BIGINT) AS same,
    CAST(count(*) OVER () AS BIGINT) AS total
  FROM {{source}}
  WHERE {{where}}
  ORDER BY s._row
  LIMIT {{limit}}
)
