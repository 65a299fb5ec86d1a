-- How many rows break each of the rules that read one source, counted in
-- one scan of it: a clean table (the usual one) is then not listed rule by
-- rule (check.sql), whose planning, a subquery with a window, a sort and a
-- limit per rule, took most of a small table's validation.
(
  SELECT {{counts}}
  FROM {{source}}
)
