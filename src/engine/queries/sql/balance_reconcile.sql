-- Opening balances that do not follow from the year before: for each account
-- (region_code, fund) with flows in all four quarters of year y−1, the
-- opening balance of y should equal opening(y−1) + income(y−1) − expenditure(y−1).
-- Rows of the staged (all-text) fund_balances file, aliased `s` by the caller.
(
  SELECT
    b._row,
    b.opening_balance,
    CAST(TRY_CAST(p.opening_balance AS DECIMAL(18, 2)) + f.net AS VARCHAR) AS expected_balance,
    b.year,
    b.region_code,
    b.fund
  FROM {{balances}} AS b
  JOIN {{balances}} AS p
    ON p.region_code = b.region_code
   AND p.fund = b.fund
   AND TRY_CAST(p.year AS INTEGER) = TRY_CAST(b.year AS INTEGER) - 1
  JOIN (
    SELECT
      region_code,
      fund,
      TRY_CAST(substr(quarter, 1, 4) AS INTEGER) AS year,
      sum(CASE WHEN direction = 'income' THEN 1 ELSE -1 END * TRY_CAST(amount AS DECIMAL(18, 2))) AS net,
      count(DISTINCT quarter) AS quarters
    FROM {{flows}}
    GROUP BY ALL
  ) AS f
    ON f.region_code = b.region_code
   AND f.fund = b.fund
   AND f.year = TRY_CAST(b.year AS INTEGER) - 1
   AND f.quarters = 4
)
