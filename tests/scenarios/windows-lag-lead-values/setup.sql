CREATE TABLE readings (id integer PRIMARY KEY, sensor text, taken date, value numeric(6,2));
INSERT INTO readings VALUES (1, 'a', '2024-01-01', 1.5), (2, 'a', '2024-01-02', 2.25), (3, 'b', '2024-01-01', 7), (4, 'a', '2024-01-03', NULL), (5, 'b', '2024-01-02', 6.5), (6, 'a', '2024-01-04', 3);
CREATE TABLE deltas (id integer, prev numeric, next2 numeric, first_v numeric, last_v numeric, second_v numeric, whole_last numeric);
