-- One validation rule of one staged table: the first rows that break it, and how many do.
(
  SELECT
    {{table_id}} AS table_id,
    {{check_id}} AS check_id,
    s._row,
    CAST({{value}} AS VARCHAR) AS value,
    CAST({{extra}} AS VARCHAR) AS extra,
    CAST(count(*) OVER () AS BIGINT) AS total
  FROM {{source}}
  WHERE {{where}}
  ORDER BY s._row
  LIMIT {{limit}}
)
