-- The built-in dataset's prebuilt database file (prebuilt_write.sql, its
-- SHA-256 checked by the page) copied into the engine's own database: the
-- same tables, types and views the load made at build time, nothing parsed.
ATTACH {{file}} AS fundwatch_prebuilt (READ_ONLY);
COPY FROM DATABASE fundwatch_prebuilt TO {{database}};
DETACH fundwatch_prebuilt;
