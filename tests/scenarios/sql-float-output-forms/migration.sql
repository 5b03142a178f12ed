UPDATE measures SET d = 0.1 + 0.2, r = 0.1 WHERE id = 1;
UPDATE measures SET d = 0.1::float8 + 0.2::float8, r = 1.0 / 3 WHERE id = 2;
UPDATE measures SET d = 1e20, r = 1e20 WHERE id = 3;
UPDATE measures SET d = 'NaN', r = '-Infinity' WHERE id = 4;
UPDATE measures SET d = -0.0::float8, r = 123456789 WHERE id = 5;
UPDATE measures SET d = 1.0e-7, r = 0.000001 WHERE id = 6;
UPDATE measures SET d = 1e16, r = 100000000 WHERE id = 1;
UPDATE measures SET r = 3.4e39 WHERE id = 2;
