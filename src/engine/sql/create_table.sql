DROP TABLE IF EXISTS {{table}};
CREATE TABLE {{table}} ({{column_defs}});
