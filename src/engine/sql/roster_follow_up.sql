-- Persons to follow up: on a recipient list but not found enrolled
-- (疑似未参保), or listed in several regions.
SELECT person_id, person_masked, region_code, category, enrolled, review
FROM roster_persons
WHERE NOT enrolled OR review
ORDER BY region_code, person_masked, person_id;
