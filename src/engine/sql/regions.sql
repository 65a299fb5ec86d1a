SELECT region_code, name, level, parent_code, tier
FROM regions
ORDER BY region_code;
