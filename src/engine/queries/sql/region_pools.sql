-- County-level units the province administers directly (省直辖县级行政区划,
-- data/README.md, regions.csv) are each a pool of their own, beside the
-- cities: a county whose parent is the province (仙桃市 429004 under 420000)
-- is read as a city; the units under a grouping code (429000, a city-level
-- code ending in 9000 or named 省/自治区直辖县级行政区划, that only groups
-- them and has no account: validation refuses rows booked at it) move up to
-- the province as cities, and the grouping itself goes. Run on the loaded
-- regions table, before region_ancestors.sql; what a grouping is: regionPools.ts.
CREATE OR REPLACE TEMP TABLE region_direct_groups AS
SELECT g.region_code, g.parent_code
FROM regions g
WHERE {{is_grouping}}
  AND EXISTS (SELECT 1 FROM regions c WHERE c.parent_code = g.region_code);
UPDATE regions SET level = 'city', parent_code = g.parent_code
FROM region_direct_groups g
WHERE regions.parent_code = g.region_code;
DELETE FROM regions WHERE region_code IN (SELECT region_code FROM region_direct_groups);
DROP TABLE region_direct_groups;
UPDATE regions SET level = 'city'
WHERE level = 'county' AND parent_code IN (SELECT region_code FROM regions WHERE level = 'province');
