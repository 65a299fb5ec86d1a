-- What the factor method allocates in one year, per pot.
SELECT year, pot, CAST(amount AS VARCHAR) AS amount
FROM allocation_totals
WHERE year = {{year}}
ORDER BY pot;
