INSERT INTO nums (n) SELECT * FROM generate_series(1, 2, 0.25);
INSERT INTO nums (i) SELECT x FROM generate_series(10::bigint, 1, -3) AS s(x);
INSERT INTO nums (t) SELECT g FROM generate_series('2024-01-31'::timestamp, '2024-06-01', '1 month') g;
INSERT INTO nums (tz) SELECT g FROM generate_series('2024-03-01 00:00+00'::timestamptz, '2024-03-01 12:00+00', interval '5 hours') g;
INSERT INTO nums (i) SELECT count(*) FROM generate_series(5, 1) g;
