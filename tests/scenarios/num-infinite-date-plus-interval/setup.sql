CREATE TABLE accounts (
  id integer PRIMARY KEY,
  due date,
  seen timestamp
);
INSERT INTO accounts (id, due, seen) VALUES
  (1, 'infinity', '-infinity'),
  (2, '2024-01-31', 'infinity'),
  (3, '-infinity', '2024-02-29 10:00');
