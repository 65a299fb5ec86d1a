-- Suspected uninsured persons (疑似未参保) of the quarter's roster, counted by
-- the region and identity each person is counted under (needs the
-- roster_persons view).
SELECT region_code, CAST(category AS VARCHAR) AS category, CAST(count(*) AS BIGINT) AS persons
FROM roster_persons
WHERE NOT enrolled
GROUP BY region_code, category
ORDER BY region_code, CAST(category AS VARCHAR);
