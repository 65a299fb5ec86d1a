-- Factor-method inputs of one year; factors are DECIMAL(18,6), sent as text.
SELECT
  year, region_code, pot,
  CAST(need AS VARCHAR) AS need,
  CAST(tier_ratio AS VARCHAR) AS tier_ratio,
  CAST(performance AS VARCHAR) AS performance,
  CAST(population AS VARCHAR) AS population,
  CAST(incidence AS VARCHAR) AS incidence,
  CAST(fiscal AS VARCHAR) AS fiscal
FROM allocation_factors
WHERE year = {{year}}
ORDER BY pot, region_code;
