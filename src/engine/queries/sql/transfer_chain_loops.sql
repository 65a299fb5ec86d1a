-- Documents whose source_transfer_id chain comes back to a document it has
-- already passed (a loop): such a chain has no first document, so its
-- money has no origin level. One row per document (its spreadsheet row),
-- with the chain written out up to the repeated document. Each document
-- has one source (a repeated transfer_id is an error of its own: the
-- lowest source is followed), so every walk ends after at most as many
-- steps as there are documents.
WITH RECURSIVE
edges AS (
  SELECT transfer_id, min(source_transfer_id) AS source_id
  FROM {{transfers}}
  WHERE transfer_id IS NOT NULL
  GROUP BY transfer_id
),
walk AS (
  SELECT _row, source_transfer_id AS next_id, [transfer_id] AS visited, transfer_id AS path
  FROM {{transfers}}
  WHERE transfer_id IS NOT NULL AND source_transfer_id IS NOT NULL
  UNION ALL
  SELECT w._row, e.source_id, list_append(w.visited, w.next_id), w.path || ' → ' || w.next_id
  FROM walk w
  JOIN edges e ON e.transfer_id = w.next_id
  WHERE NOT list_contains(w.visited, w.next_id) AND e.source_id IS NOT NULL
)
SELECT _row, path || ' → ' || next_id AS chain
FROM walk
WHERE list_contains(visited, next_id)
