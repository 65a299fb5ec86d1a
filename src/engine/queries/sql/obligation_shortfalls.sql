-- What each county failed to pay into each fund in a year, per kind:
-- Σ max(0, due − paid) (an overpayment does not offset another row).
SELECT
  region_code, fund, year, kind,
  CAST(sum(greatest(due - paid, 0)) AS VARCHAR) AS shortfall
FROM obligations
WHERE year = {{year}}
GROUP BY region_code, fund, year, kind
ORDER BY region_code, fund, kind;
