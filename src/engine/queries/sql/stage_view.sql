-- The staged table as validation reads it: the contract's columns as text.
-- rowid follows insertion order, i.e. the file's order (pieces are
-- appended in order); the header is row 1. Template explanation rows are
-- left out after numbering, so rows keep the numbers the user sees; so are
-- rows of empty cells and 合计 rows. The counts parameter: what else staging wants
-- counted (filled unnamed columns, the 合计 rows' numbers).
CREATE OR REPLACE VIEW {{stage_table}} AS
SELECT {{row_number}} AS _row, {{columns}}
FROM {{data_table}}
WHERE _data;
SELECT
  CAST(count(*) FILTER (WHERE _data) AS BIGINT) AS row_count,
  CAST(count(*) FILTER (WHERE NOT _data) AS BIGINT) AS notes{{counts}}
FROM {{data_table}};
