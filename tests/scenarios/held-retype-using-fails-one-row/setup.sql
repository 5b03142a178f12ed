CREATE TABLE measurements (id integer PRIMARY KEY, reading text, taken text NOT NULL);
INSERT INTO measurements VALUES (1, '12', '2024-01-01'), (2, ' 7 ', '2024-01-02'), (3, NULL, '2024-01-03'), (4, '3.5', '2024-01-04'), (5, 'n/a', '2024-01-05');
