-- One row per person on the quarter's roster (DOMAIN.md): a person listed
-- under several identities counts once, under the identity with the highest
-- subsidy (ties: the category order of the policy table); the region is
-- that identity's region (the lowest code if it is listed in several), and
-- the person is enrolled if any of their rows says so. `review` flags a
-- person listed in more than one region. `person_id` is the salted hash
-- stored at load and `person_masked` its masked form (engine/personId.ts).
CREATE OR REPLACE TEMP VIEW roster_persons AS
WITH ranks(category, subsidy_ratio, category_order) AS (VALUES {{category_ranks}}),
listed AS (
  SELECT r.person_id, r.person_masked, r.region_code, r.category, r.enrolled, k.subsidy_ratio, k.category_order
  FROM roster r
  JOIN ranks k ON k.category = r.category
  WHERE r.quarter = {{quarter}}
),
ranked AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY person_id ORDER BY subsidy_ratio DESC, category_order, region_code) AS nth,
    bool_or(enrolled) OVER (PARTITION BY person_id) AS any_enrolled,
    min(region_code) OVER (PARTITION BY person_id) <> max(region_code) OVER (PARTITION BY person_id) AS several_regions
  FROM listed
)
SELECT person_id, person_masked, region_code, category, any_enrolled AS enrolled, several_regions AS review
FROM ranked
WHERE nth = 1;
