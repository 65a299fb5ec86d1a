-- One piece of a staged table into its typed copy. Values were validated
-- already, so every CAST succeeds. The staged view reads its table in
-- insertion order, i.e. the file's order.
INSERT INTO {{table}}
SELECT {{casts}}
FROM {{stage_table}}
WHERE _piece = {{piece}};
