-- Keys of one contract table that two submissions hold with different
-- values (engine/submissions.ts). `rows`: the table's rows of every
-- submission, `_submission` (its index) and every contract column as text.
-- Returns every submission's row of the first `limit` such keys (in key
-- order), with `_conflicts`: how many keys conflict in all. Rows identical
-- in every column are one row, not a conflict.
WITH u AS ({{rows}}),
conflicts AS (
  SELECT {{key}} FROM u GROUP BY {{key}} HAVING count(DISTINCT {{row_value}}) > 1
),
shown AS (
  SELECT {{key}} FROM conflicts ORDER BY {{key}} LIMIT {{limit}}
)
SELECT u.*, (SELECT count(*) FROM conflicts) AS _conflicts
FROM u
JOIN shown ON {{key_match}}
ORDER BY {{u_key}}, u._submission
