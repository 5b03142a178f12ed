UPDATE counters SET s = s + 767 WHERE id = 1;
UPDATE counters SET b = b + 7 WHERE id = 1;
UPDATE counters SET i = i + 647 WHERE id = 1;
UPDATE counters SET s = s - 768 WHERE id = 2;
UPDATE counters SET s = s - 1 WHERE id = 2;
