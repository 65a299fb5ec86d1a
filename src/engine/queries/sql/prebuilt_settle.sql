-- The attached prebuilt database (prebuilt_attach.sql) copied into the
-- engine's own database, which loads write to, in one transaction: a copy
-- that fails leaves the engine's database as empty as it was, and the
-- prebuilt one in use.
BEGIN TRANSACTION;
COPY FROM DATABASE {{prebuilt}} TO {{database}};
COMMIT;
USE {{database}};
DETACH {{prebuilt}};
