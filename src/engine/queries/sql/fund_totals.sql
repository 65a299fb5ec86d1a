-- Income and expenditure of every region (its own account plus its
-- descendants'), fund and quarter up to the selected one, with income by
-- source level and expenditure by item: a column a part, the parts named
-- from the domain's lists (fundTotals.ts); a part without rows reads 0.
-- Money leaves as text: Arrow would hand a DECIMAL over as its unscaled
-- integer.
WITH flows AS (
  SELECT a.ancestor_code AS region_code, r.level, f.fund, f.quarter, f.direction, f.item, f.source_level, f.amount
  FROM fund_flows f
  JOIN region_ancestors a ON a.region_code = f.region_code
  JOIN regions r ON r.region_code = a.ancestor_code
  WHERE f.quarter <= {{quarter}}
),
parts AS (
  -- Each flow counts twice: in its direction's total and in its source level's (income) or item's (expenditure).
  SELECT region_code, level, fund, quarter, amount, unnest([direction, direction || '_' || CASE direction WHEN 'income' THEN source_level ELSE item END]) AS part
  FROM flows
),
totals AS (
  PIVOT parts ON part IN ({{parts}}) USING sum(amount) GROUP BY region_code, level, fund, quarter
)
SELECT region_code, level, fund, quarter, CAST(coalesce(COLUMNS(* EXCLUDE (region_code, level, fund, quarter)), 0) AS VARCHAR)
FROM totals
ORDER BY region_code, fund, quarter;
