-- Per year and pot of allocation_factors, the cities of the regions that
-- have no row (load.ts, factorReach): the factor method divides the whole
-- total among the cities listed, so a city left out gets nothing and the
-- others more. Groupings of directly administered units are no cities.
WITH f AS (
  SELECT DISTINCT year, pot, region_code FROM {{factors}}
  WHERE year IS NOT NULL AND pot IS NOT NULL AND region_code IS NOT NULL
),
cities AS (
  SELECT g.region_code, any_value(g.name) AS name FROM {{regions}} g
  WHERE g.level = 'city' AND g.region_code IS NOT NULL AND NOT {{is_grouping}}
  GROUP BY g.region_code
)
SELECT p.year, p.pot, c.region_code, c.name, (SELECT CAST(count(*) AS BIGINT) FROM cities) AS cities
FROM (SELECT DISTINCT year, pot FROM f) p CROSS JOIN cities c
WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.year = p.year AND f.pot = p.pot AND f.region_code = c.region_code)
ORDER BY p.year, p.pot, c.region_code
