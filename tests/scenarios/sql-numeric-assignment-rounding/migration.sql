UPDATE amounts SET n = 1.005, i = 2.5, s = -2.5, b = 0.5 WHERE id = 1;
UPDATE amounts SET n = -1.005, i = 3.5, s = '7', b = 1e3 WHERE id = 2;
UPDATE amounts SET n = 9999.994, i = '42', s = 1.49999 WHERE id = 3;
UPDATE amounts SET i = 2.5::real, b = 3.5::double precision WHERE id = 3;
UPDATE amounts SET n = 9999.995 WHERE id = 3;
