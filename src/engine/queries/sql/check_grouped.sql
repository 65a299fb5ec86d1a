-- One validation rule whose value alone decides it (a code, a word, a
-- quarter): the first row of each distinct value that breaks it and how
-- many rows have that value, so that one wrong word on 1,236 rows is one
-- line, not 200 of the same (check.sql lists rows one by one).
(
  SELECT {{check_id}} AS check_id, min(g._row) AS _row, g.value, g.extra, CAST(count(*) AS BIGINT) AS same, CAST(count(*) OVER () AS BIGINT) AS total
  FROM (
    SELECT
      s._row,
      regexp_replace(CAST({{value}} AS VARCHAR), '^\x{FEFF}', '\\ufeff') AS value,
      CAST({{extra}} AS VARCHAR) AS extra
    FROM {{source}}
    WHERE {{where}}
  ) AS g
  GROUP BY g.value, g.extra
  ORDER BY _row
  LIMIT {{limit}}
)
