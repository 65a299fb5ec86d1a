-- Income and expenditure of every region (its own account plus its
-- descendants'), fund and quarter up to the selected one, with income by
-- source level and expenditure by item. Money leaves as text: Arrow would
-- hand a DECIMAL over as its unscaled integer.
WITH flows AS (
  SELECT a.ancestor_code AS region_code, f.fund, f.quarter, f.direction, f.item, f.source_level, f.amount
  FROM fund_flows f
  JOIN region_ancestors a ON a.region_code = f.region_code
  WHERE f.quarter <= {{quarter}}
),
totals AS (
  SELECT
    region_code, fund, quarter,
    sum(amount) FILTER (WHERE direction = 'income') AS income,
    sum(amount) FILTER (WHERE direction = 'expenditure') AS expenditure,
    sum(amount) FILTER (WHERE direction = 'income' AND source_level = 'central') AS income_central,
    sum(amount) FILTER (WHERE direction = 'income' AND source_level = 'province') AS income_province,
    sum(amount) FILTER (WHERE direction = 'income' AND source_level = 'city') AS income_city,
    sum(amount) FILTER (WHERE direction = 'income' AND source_level = 'county') AS income_county,
    sum(amount) FILTER (WHERE direction = 'income' AND source_level = 'individual') AS income_individual,
    sum(amount) FILTER (WHERE direction = 'income' AND source_level = 'other') AS income_other,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'enrollment_subsidy') AS expenditure_enrollment_subsidy,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'inpatient') AS expenditure_inpatient,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'outpatient') AS expenditure_outpatient,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'chronic_outpatient') AS expenditure_chronic_outpatient,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'critical_illness') AS expenditure_critical_illness,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'emergency') AS expenditure_emergency,
    sum(amount) FILTER (WHERE direction = 'expenditure' AND item = 'other') AS expenditure_other
  FROM flows
  GROUP BY region_code, fund, quarter
)
SELECT
  t.region_code, r.level, t.fund, t.quarter,
  CAST(coalesce(income, 0) AS VARCHAR) AS income,
  CAST(coalesce(expenditure, 0) AS VARCHAR) AS expenditure,
  CAST(coalesce(income_central, 0) AS VARCHAR) AS income_central,
  CAST(coalesce(income_province, 0) AS VARCHAR) AS income_province,
  CAST(coalesce(income_city, 0) AS VARCHAR) AS income_city,
  CAST(coalesce(income_county, 0) AS VARCHAR) AS income_county,
  CAST(coalesce(income_individual, 0) AS VARCHAR) AS income_individual,
  CAST(coalesce(income_other, 0) AS VARCHAR) AS income_other,
  CAST(coalesce(expenditure_enrollment_subsidy, 0) AS VARCHAR) AS expenditure_enrollment_subsidy,
  CAST(coalesce(expenditure_inpatient, 0) AS VARCHAR) AS expenditure_inpatient,
  CAST(coalesce(expenditure_outpatient, 0) AS VARCHAR) AS expenditure_outpatient,
  CAST(coalesce(expenditure_chronic_outpatient, 0) AS VARCHAR) AS expenditure_chronic_outpatient,
  CAST(coalesce(expenditure_critical_illness, 0) AS VARCHAR) AS expenditure_critical_illness,
  CAST(coalesce(expenditure_emergency, 0) AS VARCHAR) AS expenditure_emergency,
  CAST(coalesce(expenditure_other, 0) AS VARCHAR) AS expenditure_other
FROM totals t
JOIN regions r ON r.region_code = t.region_code
ORDER BY t.region_code, t.fund, t.quarter;
