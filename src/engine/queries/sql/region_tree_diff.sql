-- The region tree of an earlier submission (`old`) against the loaded one
-- (`new`) (engine/revisions.ts): regions only in one of them, or with
-- another level or parent. Names and tiers may change (they are revisions);
-- the tree may not.
SELECT
  coalesce(n.region_code, o.region_code) AS region_code,
  CAST(o.level AS VARCHAR) AS old_level,
  CAST(n.level AS VARCHAR) AS new_level,
  o.parent_code AS old_parent,
  n.parent_code AS new_parent
FROM {{old}} AS o
FULL OUTER JOIN {{new}} AS n ON n.region_code = o.region_code
WHERE o.region_code IS NULL
   OR n.region_code IS NULL
   OR CAST(o.level AS VARCHAR) IS DISTINCT FROM CAST(n.level AS VARCHAR)
   OR o.parent_code IS DISTINCT FROM n.parent_code
ORDER BY 1
LIMIT {{limit}}
