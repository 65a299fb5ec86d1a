-- Per year and pot of allocation_factors, the recipients of the regions that
-- have no row (load.ts, factorReach): the factor method divides the whole
-- total among the recipients listed, so one left out gets nothing and the
-- others more. The recipients are the pools the province allocates to: the
-- cities, and each county-level unit it administers directly however
-- regions.csv writes it (region_pools.sql: as a city, as a county under the
-- province, or under a grouping code), so the three writings say the same.
-- Groupings of directly administered units are no recipients.
WITH f AS (
  SELECT DISTINCT year, pot, region_code FROM {{factors}}
  WHERE year IS NOT NULL AND pot IS NOT NULL AND region_code IS NOT NULL
),
pools AS (
  SELECT r.region_code, any_value(r.name) AS name FROM {{regions}} r
  LEFT JOIN {{regions}} g ON g.region_code = r.parent_code
  WHERE r.region_code IS NOT NULL
    AND ((r.level = 'city' AND NOT coalesce({{is_grouping}}, false))
      OR (r.level = 'county' AND (g.level = 'province' OR coalesce({{parent_grouping}}, false))))
  GROUP BY r.region_code
)
SELECT p.year, p.pot, c.region_code, c.name, (SELECT CAST(count(*) AS BIGINT) FROM pools) AS cities
FROM (SELECT DISTINCT year, pot FROM f) p CROSS JOIN pools c
WHERE NOT EXISTS (SELECT 1 FROM f WHERE f.year = p.year AND f.pot = p.pot AND f.region_code = c.region_code)
ORDER BY p.year, p.pot, c.region_code
