-- Every allocation document, all years: the timeliness rules look back
-- (a source document) and forward (next year's advance notice).
SELECT
  transfer_id, year, fund, from_level, to_region_code, kind,
  CAST(amount AS VARCHAR) AS amount,
  strftime(issued_date, '%Y-%m-%d') AS issued_date,
  strftime(received_date, '%Y-%m-%d') AS received_date,
  source_transfer_id
FROM transfers
ORDER BY transfer_id;
