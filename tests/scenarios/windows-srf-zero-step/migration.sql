INSERT INTO nums SELECT g FROM generate_series(1, 10, 0) g;
