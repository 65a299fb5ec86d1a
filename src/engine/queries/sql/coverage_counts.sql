-- Recipients and enrolled persons of one quarter, summed over every
-- region's descendants (self included), per category and for all
-- categories together (category NULL). A quarter with a roster counts the
-- roster's deduplicated persons (roster_persons view) instead of the
-- reported assistance_enrollment figures.
WITH counted AS (
  SELECT region_code, category, recipients, enrolled
  FROM assistance_enrollment
  WHERE quarter = {{quarter}}
    AND NOT EXISTS (SELECT 1 FROM roster WHERE quarter = {{quarter}})
  UNION ALL
  -- Counted per region and identity first: a province's ten million persons
  -- would otherwise each be joined to their three ancestors and summed twice.
  SELECT region_code, category, count(*), count(*) FILTER (WHERE enrolled)
  FROM roster_persons
  GROUP BY region_code, category
)
SELECT
  a.ancestor_code AS region_code,
  r.level,
  c.category,
  CAST(sum(c.recipients) AS BIGINT) AS recipients,
  CAST(sum(c.enrolled) AS BIGINT) AS enrolled
FROM counted c
JOIN region_ancestors a ON a.region_code = c.region_code
JOIN regions r ON r.region_code = a.ancestor_code
GROUP BY GROUPING SETS ((a.ancestor_code, r.level, c.category), (a.ancestor_code, r.level))
ORDER BY region_code, category NULLS FIRST;
