-- The loaded data's province: regions holds one (a second province row is
-- refused), and the defaults of data without policy.json take its code.
SELECT region_code FROM regions WHERE level = 'province' ORDER BY region_code LIMIT 1
