-- Persons to follow up: on a recipient list but not found enrolled
-- (疑似未参保), or listed in several regions. The hashed ID as 32 hex digits.
-- {{page}} is empty for the whole list (exports) or LIMIT … OFFSET … for one
-- page on screen: a province roster can have a million such persons, too
-- many to hold in the page as objects.
SELECT
  lower(lpad(to_hex(person_id), 32, '0')) AS person_id,
  person_masked,
  region_code,
  CAST(category AS VARCHAR) AS category,
  enrolled,
  review
FROM roster_persons
WHERE NOT enrolled OR review
ORDER BY region_code, person_masked, person_id
{{page}};
