-- Opening balances of every year, summed over each region's descendants
-- (self included): a city's pooled fund is its own account plus its counties'.
SELECT
  a.ancestor_code AS region_code,
  b.fund,
  b.year,
  CAST(sum(b.opening_balance) AS VARCHAR) AS opening_balance
FROM fund_balances b
JOIN region_ancestors a ON a.region_code = b.region_code
GROUP BY a.ancestor_code, b.fund, b.year
ORDER BY region_code, fund, year;
