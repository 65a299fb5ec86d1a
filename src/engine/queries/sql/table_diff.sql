-- One contract table of an earlier submission (`old`) against the loaded
-- one (`new`), matched by the contract key (engine/revisions.ts): rows
-- added, removed, and changed (some other column differs). Every column as
-- text: `k_<key>` the key, `o_<column>` / `n_<column>` the old and new value
-- of each other column. `_change`: added | removed | changed.
SELECT
  CASE WHEN o._present IS NULL THEN 'added' WHEN n._present IS NULL THEN 'removed' ELSE 'changed' END AS _change,
  {{key_values}}{{value_pairs}}
FROM (SELECT true AS _present, {{columns}} FROM {{old}}) AS o
FULL OUTER JOIN (SELECT true AS _present, {{columns}} FROM {{new}}) AS n
  ON {{key_match}}
WHERE o._present IS NULL OR n._present IS NULL OR {{differs}}
ORDER BY _change, {{key_order}}
