-- generate.mjs --seed 42 --only 168, shrunk: error text: PostgreSQL "numeric" | engine "numeric(N,N)"
UPDATE accounts SET flag = coalesce((flag - 0), CASE WHEN TRUE THEN '0001-01-01' ELSE '1999-12-31' END) WHERE NOT note;
