-- One validation rule: the first rows that break it, and how many do.
(
  SELECT
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
