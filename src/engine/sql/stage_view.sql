-- The staged table as validation and loading read it. rowid follows
-- insertion order, i.e. the file's order (pieces are appended in order);
-- the header is row 1. Template explanation rows are left out after
-- numbering, so rows keep the numbers the user sees.
CREATE OR REPLACE VIEW {{stage_table}} AS
SELECT {{row_number}} AS _row, _piece, {{columns}}
FROM {{data_table}}
WHERE _data;
SELECT CAST(count(*) AS BIGINT) AS row_count FROM {{stage_table}};
