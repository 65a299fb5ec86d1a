-- The merged rows of one contract table (engine/submissions.ts): every
-- submission's rows, those identical in every column kept once, in key
-- order. `rows`: the rows of every submission with every contract column
-- as text.
SELECT DISTINCT {{columns}}
FROM ({{rows}})
ORDER BY {{key}}
