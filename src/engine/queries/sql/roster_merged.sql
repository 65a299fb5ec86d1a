-- Roster rows merged at load because they repeated an earlier row exactly
-- (merge_duplicates.sql), per quarter, for the roster matching summary.
-- Written with the loaded tables, in the same transaction; empty without a
-- roster or without repeated rows.
CREATE OR REPLACE TABLE roster_merged AS
SELECT CAST(quarter AS VARCHAR) AS quarter, CAST(count(*) AS BIGINT) AS merged_rows
FROM {{merged}}
GROUP BY quarter;
