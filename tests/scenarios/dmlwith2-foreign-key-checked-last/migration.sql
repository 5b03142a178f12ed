WITH d AS (UPDATE t SET b = (a / 0)::text) INSERT INTO c VALUES (99);
