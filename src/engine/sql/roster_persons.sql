-- One row per person on the quarter's roster (DOMAIN.md): a person listed
-- under several identities counts once, under the identity with the highest
-- subsidy (ties: the category order of the policy table); the region is
-- that identity's region (the lowest code if it is listed in several), and
-- the person is enrolled if any of their rows says so. `review` flags a
-- person listed in more than one region. `person_id` is the salted hash
-- stored at load and `person_masked` its masked form (engine/personId.ts).
-- One aggregate per person rather than window functions: its state is a
-- few dozen bytes a person, where a window would hold every row.
CREATE OR REPLACE TEMP VIEW roster_persons AS
WITH ranks(category, subsidy_ratio, category_order) AS (VALUES {{category_ranks}}),
places AS (
  -- Place 1 is the identity counted first: the highest subsidy, then the table's order.
  SELECT
    CAST(category AS {{category_type}}) AS category,
    CAST(row_number() OVER (ORDER BY subsidy_ratio DESC, category_order) AS INTEGER) AS place
  FROM ranks
)
SELECT
  r.person_id,
  any_value(r.person_masked) AS person_masked,
  arg_min(r.category, p.place) AS category,
  -- Region codes are six digits: the chosen identity's lowest code has the lowest key.
  arg_min(r.region_code, p.place * 1000000 + CAST(r.region_code AS INTEGER)) AS region_code,
  bool_or(r.enrolled) AS enrolled,
  min(r.region_code) <> max(r.region_code) AS review
FROM roster r
JOIN places p ON p.category = r.category
WHERE r.quarter = {{quarter}}
GROUP BY r.person_id;
