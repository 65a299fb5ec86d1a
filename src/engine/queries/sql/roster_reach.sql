-- Per quarter with a roster, the regions of assistance_enrollment that the
-- roster has no row for (load.ts, rosterReach): by the contract the roster
-- is that quarter's only source of recipients, so they have none.
WITH r AS (
  SELECT DISTINCT quarter, region_code FROM {{roster}} WHERE quarter IS NOT NULL AND region_code IS NOT NULL
),
a AS (
  SELECT DISTINCT quarter, region_code FROM {{enrollment}}
  WHERE region_code IS NOT NULL AND quarter IN (SELECT quarter FROM r)
),
left_out AS (
  SELECT quarter, region_code FROM a ANTI JOIN r USING (quarter, region_code)
)
SELECT
  l.quarter,
  (SELECT CAST(count(*) AS BIGINT) FROM r WHERE r.quarter = l.quarter) AS covered,
  (SELECT CAST(count(*) AS BIGINT) FROM a WHERE a.quarter = l.quarter) AS listed,
  CAST(count(*) AS BIGINT) AS missing,
  array_to_string(list(l.region_code ORDER BY l.region_code)[1:{{named}}], '、') || CASE WHEN count(*) > {{named}} THEN '…' ELSE '' END AS examples
FROM left_out l
GROUP BY l.quarter
ORDER BY l.quarter
