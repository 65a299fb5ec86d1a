-- Every region paired with itself and each of its ancestors, so that a
-- county's rows roll up into its city and province with one join. A table,
-- made with the regions it is read from (in the same transaction): every
-- analysis joins it five or six times, and a recursive view was worked out
-- again for each join (about a quarter of fund_totals.sql's time).
CREATE OR REPLACE TABLE region_ancestors AS
WITH RECURSIVE ancestors(region_code, ancestor_code) AS (
  SELECT region_code, region_code FROM regions
  UNION ALL
  SELECT a.region_code, r.parent_code
  FROM ancestors a
  JOIN regions r ON r.region_code = a.ancestor_code
  WHERE r.parent_code IS NOT NULL
)
SELECT region_code, ancestor_code FROM ancestors;
