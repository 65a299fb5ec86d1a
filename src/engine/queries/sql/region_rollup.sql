-- One table's column summed over every region's descendants (self
-- included): a city's figure is its own account plus its counties'. Budgets
-- and opening balances are compared with fund flows summed the same way.
-- The caller names the table, the columns a row is kept apart by, the
-- column summed with the type it leaves as (money as text: Arrow would hand
-- a DECIMAL over as its unscaled integer), and which rows are read.
SELECT
  a.ancestor_code AS region_code,
  r.level,
  {{keys}},
  CAST(sum(t.{{summed}}) AS {{sum_type}}) AS {{summed}}
FROM {{table}} t
JOIN region_ancestors a ON a.region_code = t.region_code
JOIN regions r ON r.region_code = a.ancestor_code
WHERE {{rows}}
GROUP BY ALL
ORDER BY ALL;
