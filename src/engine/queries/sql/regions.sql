-- Regions with their place on the tile map, when region_tiles gives one.
SELECT r.region_code, r.name, r.level, r.parent_code, r.tier, CAST(t."row" AS INTEGER) AS tile_row, CAST(t.col AS INTEGER) AS tile_col
FROM regions r
LEFT JOIN region_tiles t ON t.region_code = r.region_code
ORDER BY r.region_code;
