-- Recipients, subsidised persons and subsidy paid (the last two year to
-- date) per category at one quarter's end, summed over every region's
-- descendants (self included).
SELECT
  a.ancestor_code AS region_code,
  r.level,
  e.quarter,
  e.category,
  CAST(sum(e.recipients) AS BIGINT) AS recipients,
  CAST(sum(e.subsidized) AS BIGINT) AS subsidized,
  CAST(sum(e.subsidy_amount) AS VARCHAR) AS subsidy_amount
FROM assistance_enrollment e
JOIN region_ancestors a ON a.region_code = e.region_code
JOIN regions r ON r.region_code = a.ancestor_code
WHERE e.quarter = {{quarter}}
GROUP BY a.ancestor_code, r.level, e.quarter, e.category
ORDER BY region_code, category;
