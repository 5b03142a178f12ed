CREATE TABLE events (id int PRIMARY KEY, kind text, payload text);
INSERT INTO events SELECT g, CASE WHEN g % 3 = 0 THEN 'click' ELSE 'view' END, 'p' || g FROM generate_series(1, 25) AS g;
