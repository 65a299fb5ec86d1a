-- Rows identical in every column to an earlier row of a table that merges
-- them (the roster: lists merged by hand in Excel export the same person,
-- identity, source and region twice). Their row numbers (and quarters) go
-- into a table of the staging's (dropped with it; not TEMP, which only the
-- connection that made it could read: the table may be checked on the one
-- beside the load's, runtime/lanes.ts): the loaded table leaves them out
-- (stage.ts, finishSql) and the roster summary counts them per quarter. A
-- big table only numbers the rows whose hash occurs more than once
-- ({{candidates}}).
CREATE OR REPLACE TABLE {{merged}} AS
SELECT _row, quarter, first_row
FROM (
  SELECT
    s._row,
    {{quarter}} AS quarter,
    min(s._row) OVER (PARTITION BY {{columns}}) AS first_row,
    row_number() OVER (PARTITION BY {{columns}} ORDER BY s._row) AS nth
  FROM {{stage_table}} AS s
  {{candidates}}
)
WHERE nth > 1;
SELECT
  CAST(count(*) AS BIGINT) AS merged_rows,
  CAST(min(_row) AS BIGINT) AS example_row,
  CAST(arg_min(first_row, _row) AS BIGINT) AS example_first
FROM {{merged}};
