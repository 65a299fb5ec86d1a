-- Values were validated already, so every CAST succeeds.
INSERT INTO {{table}}
SELECT {{casts}}
FROM {{stage_table}}
ORDER BY _row;
