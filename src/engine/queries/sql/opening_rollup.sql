-- Opening balances summed over each region's descendants (self included),
-- as region_rollup.sql sums other tables, with one difference: an account
-- (region, fund) that has flows in a year but no opening balance for it
-- leaves the sum of every region above it unknown (NULL), where the sum
-- skipped it as if it had opened at 0, and the city's and the province's
-- accumulated balances, months payable and gap sharing read an understated
-- balance without a word. Loading warns of each such account (validate.ts).
-- Money leaves as text: Arrow would hand a DECIMAL over as its unscaled integer.
WITH accounts AS (
  SELECT DISTINCT region_code, fund, CAST(substr(quarter, 1, 4) AS INTEGER) AS year FROM fund_flows
  UNION
  SELECT region_code, fund, year FROM fund_balances
),
openings AS (
  SELECT a.region_code, a.fund, a.year, sum(b.opening_balance) AS opening_balance, count(b.opening_balance) = 0 AS missing
  FROM accounts a
  LEFT JOIN fund_balances b ON b.region_code = a.region_code AND b.fund = a.fund AND b.year = a.year
  GROUP BY ALL
)
SELECT
  anc.ancestor_code AS region_code,
  r.level,
  o.fund,
  o.year,
  CASE WHEN bool_or(o.missing) THEN NULL ELSE CAST(sum(o.opening_balance) AS VARCHAR) END AS opening_balance
FROM openings o
JOIN region_ancestors anc ON anc.region_code = o.region_code
JOIN regions r ON r.region_code = anc.ancestor_code
GROUP BY ALL
ORDER BY ALL;
