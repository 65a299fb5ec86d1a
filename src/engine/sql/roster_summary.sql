-- The matching summary of a quarter's roster (needs the roster_persons view):
-- rows read, distinct persons, persons listed under more than one identity
-- (category), persons on more than one source's list, persons listed in more
-- than one region (flagged for review), and persons not found enrolled.
WITH listed AS (
  SELECT person_id, count(DISTINCT category) AS identities, count(DISTINCT source) AS sources
  FROM roster
  WHERE quarter = {{quarter}}
  GROUP BY person_id
)
SELECT
  (SELECT CAST(count(*) AS BIGINT) FROM roster WHERE quarter = {{quarter}}) AS row_count,
  CAST(count(*) AS BIGINT) AS persons,
  CAST(count(*) FILTER (WHERE identities > 1) AS BIGINT) AS multi_identity,
  CAST(count(*) FILTER (WHERE sources > 1) AS BIGINT) AS multi_source,
  (SELECT CAST(count(*) AS BIGINT) FROM roster_persons WHERE review) AS region_conflicts,
  (SELECT CAST(count(*) AS BIGINT) FROM roster_persons WHERE NOT enrolled) AS uninsured
FROM listed;
