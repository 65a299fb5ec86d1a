-- The quarters a region's fund flows skip between its first and its last
-- quarter with rows (load.ts, quarterGaps): a quarter as a number,
-- year × 4 + quarter − 1, so that the ones between are a range.
WITH q AS (
  SELECT DISTINCT region_code, CAST(substr(quarter, 1, 4) AS INTEGER) * 4 + CAST(substr(quarter, 6, 1) AS INTEGER) - 1 AS i
  FROM {{stage}}
  WHERE region_code IS NOT NULL AND regexp_full_match(quarter, '[0-9]{4}Q[1-4]')
),
spans AS (
  SELECT region_code, min(i) AS lo, max(i) AS hi FROM q GROUP BY region_code HAVING max(i) - min(i) + 1 > count(*)
),
wanted AS (
  SELECT region_code, unnest(range(lo, hi + 1)) AS i FROM spans
)
SELECT w.region_code, string_agg(CAST(w.i // 4 AS VARCHAR) || 'Q' || CAST(w.i % 4 + 1 AS VARCHAR), '、' ORDER BY w.i) AS quarters
FROM wanted w ANTI JOIN q USING (region_code, i)
GROUP BY w.region_code
ORDER BY w.region_code
