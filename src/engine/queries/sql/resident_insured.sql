-- Resident-insurance enrollees at one quarter's end, summed over every
-- region's descendants (self included).
SELECT
  a.ancestor_code AS region_code,
  r.level,
  e.quarter,
  CAST(sum(e.insured) AS BIGINT) AS insured
FROM resident_enrollment e
JOIN region_ancestors a ON a.region_code = e.region_code
JOIN regions r ON r.region_code = a.ancestor_code
WHERE e.quarter = {{quarter}}
GROUP BY a.ancestor_code, r.level, e.quarter
ORDER BY region_code;
