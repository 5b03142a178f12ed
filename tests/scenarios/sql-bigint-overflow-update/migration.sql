UPDATE counters SET b = b - 8 WHERE id = 2;
UPDATE counters SET b = b * 2 WHERE id = 1;
