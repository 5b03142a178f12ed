CREATE TABLE sessions (id integer PRIMARY KEY, user_id integer NOT NULL, device text NOT NULL, seen timestamp NOT NULL);
INSERT INTO sessions VALUES
  (1, 7, 'phone', '2024-05-01 10:00'), (2, 7, 'phone', '2024-05-03 09:00'), (3, 7, 'laptop', '2024-05-02 08:00'),
  (4, 8, 'phone', '2024-05-01 12:00'), (5, 8, 'phone', '2024-05-01 12:00'), (6, 9, 'tablet', '2024-04-30 23:59');
