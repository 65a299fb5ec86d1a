-- One row per person on the quarter's roster (DOMAIN.md): a person listed
-- under several identities counts once, under the identity with the highest
-- subsidy (ties: the category order of the policy table); the region is
-- that identity's region (the lowest code if it is listed in several), and
-- the person is enrolled if any of their rows says so. `review` flags a
-- person listed in more than one region. `person_id` is the salted hash
-- stored at load; `person_masked`, its masked form (engine/personId.ts), is
-- carried only for the lists that show it ({{masked}}): an any_value of text
-- per person took a quarter of the dedupe's time on a province's roster.
-- One aggregate per person rather than window functions (a window holds
-- every row), over integers: region codes are six digits, so an identity's
-- place and its region make one key, place · 10^6 + code, and the lowest
-- key is the identity counted and its lowest region. A few dozen bytes a
-- person.
CREATE OR REPLACE TEMP VIEW roster_persons AS
WITH ranks(category, subsidy_ratio, category_order) AS (VALUES {{category_ranks}}),
places AS (
  -- Place 1 is the identity counted first: the highest subsidy, then the table's order.
  SELECT
    CAST(category AS {{category_type}}) AS category,
    CAST(row_number() OVER (ORDER BY subsidy_ratio DESC, category_order) AS BIGINT) AS place
  FROM ranks
),
persons AS (
  SELECT
    r.person_id,
    {{masked}}
    min(p.place * 1000000 + CAST(r.region_code AS INTEGER)) AS counted,
    bool_or(r.enrolled) AS enrolled,
    min(CAST(r.region_code AS INTEGER)) <> max(CAST(r.region_code AS INTEGER)) AS review
  FROM roster r
  JOIN places p ON p.category = r.category
  WHERE r.quarter = {{quarter}}
  GROUP BY r.person_id
)
SELECT
  s.* EXCLUDE (counted, enrolled, review),
  p.category,
  lpad(CAST(s.counted % 1000000 AS VARCHAR), 6, '0') AS region_code,
  s.enrolled,
  s.review
FROM persons s
JOIN places p ON p.place = s.counted // 1000000;
