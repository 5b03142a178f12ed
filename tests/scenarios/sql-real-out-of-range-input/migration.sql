UPDATE m SET d = '1e300', r = '1e-50' WHERE id = 1;
UPDATE m SET r = '3.4e39' WHERE id = 1;
