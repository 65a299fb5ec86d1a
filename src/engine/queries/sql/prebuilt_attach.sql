-- The built-in dataset's prebuilt database file (prebuilt_write.sql, its
-- SHA-256 checked by the page) attached as it is, read-only, and made the
-- database unqualified names resolve to: the same tables, types and views
-- the load made at build time answer at once, nothing parsed or copied.
ATTACH {{file}} AS {{prebuilt}} (READ_ONLY);
USE {{prebuilt}};
