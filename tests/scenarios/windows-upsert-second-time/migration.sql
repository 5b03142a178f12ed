INSERT INTO counters VALUES ('b', 1), ('a', 5), ('b', 2) ON CONFLICT (name) DO UPDATE SET n = counters.n + EXCLUDED.n;
