-- Annual budgets of one year, summed over every region's accounts (its own
-- and its descendants'), like the fund flows they are compared with.
SELECT
  a.ancestor_code AS region_code,
  r.level,
  b.year,
  b.fund,
  b.direction,
  CAST(sum(b.amount) AS VARCHAR) AS amount
FROM budgets b
JOIN region_ancestors a ON a.region_code = b.region_code
JOIN regions r ON r.region_code = a.ancestor_code
WHERE b.year = {{year}}
GROUP BY a.ancestor_code, r.level, b.year, b.fund, b.direction
ORDER BY region_code, fund, direction;
