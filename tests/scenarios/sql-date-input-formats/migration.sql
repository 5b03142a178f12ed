UPDATE holidays SET observed_on = '20240101' WHERE id = 1;
UPDATE holidays SET observed_on = 'May 1, 2024' WHERE id = 2;
UPDATE holidays SET observed_on = '2024-12-25 18:30:00' WHERE id = 3;
