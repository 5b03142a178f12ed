UPDATE events SET d = '2023-02-29' WHERE id = 1;
