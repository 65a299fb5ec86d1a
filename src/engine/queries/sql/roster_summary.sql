-- The matching summary of a quarter's roster: rows read (the loaded rows
-- plus the rows merged at load because they repeated an earlier row
-- exactly, roster_merged.sql), those merged rows, distinct persons, persons
-- listed under more than one identity (category), persons on more than one
-- source's list, persons listed in more than one region (flagged for
-- review), and persons not found enrolled — the same persons and flags as
-- roster_persons.sql, from one aggregate per person (regions compared as
-- the integers their six digits are: 4 bytes of state, not 16).
WITH listed AS (
  SELECT
    count(*) AS identity_rows,
    min(category) <> max(category) AS several_identities,
    min(source) <> max(source) AS several_sources,
    min(CAST(region_code AS INTEGER)) <> max(CAST(region_code AS INTEGER)) AS several_regions,
    bool_or(enrolled) AS enrolled
  FROM roster
  WHERE quarter = {{quarter}}
  GROUP BY person_id
),
merged AS (
  SELECT coalesce(sum(merged_rows), 0) AS merged_rows FROM roster_merged WHERE quarter = {{quarter}}
)
SELECT
  CAST(coalesce(sum(identity_rows), 0) + any_value(m.merged_rows) AS BIGINT) AS row_count,
  CAST(any_value(m.merged_rows) AS BIGINT) AS merged_rows,
  CAST(count(l.identity_rows) AS BIGINT) AS persons,
  CAST(count(*) FILTER (WHERE several_identities) AS BIGINT) AS multi_identity,
  CAST(count(*) FILTER (WHERE several_sources) AS BIGINT) AS multi_source,
  CAST(count(*) FILTER (WHERE several_regions) AS BIGINT) AS region_conflicts,
  CAST(count(*) FILTER (WHERE NOT enrolled) AS BIGINT) AS uninsured,
  CAST(count(*) FILTER (WHERE NOT enrolled OR several_regions) AS BIGINT) AS follow_up
FROM listed l, merged m;
