UPDATE readings SET ratio = 1.5e+3, amount = 2e-2 WHERE id = 1;
UPDATE readings SET ratio = 1e+300, amount = 1e+20 WHERE id = 2;
UPDATE readings SET ratio = 1e300, amount = 25E4 WHERE id = 3;
