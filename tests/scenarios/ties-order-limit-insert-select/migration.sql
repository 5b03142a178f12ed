INSERT INTO picked SELECT id, priority FROM orders ORDER BY priority, placed LIMIT 5;
INSERT INTO picked SELECT id, -priority FROM orders ORDER BY priority DESC LIMIT 7 OFFSET 3;
INSERT INTO picked SELECT id, 100 + priority FROM orders ORDER BY placed LIMIT 60;
