UPDATE parents SET id = 3 WHERE id = 1;
DELETE FROM parents WHERE id = 2;
