CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, name text);
INSERT INTO users VALUES
  (1, 'ada@example.com', 'Ada'),
  (2, 'bob@example.com', 'Bob'),
  (3, 'ada@example.com', 'Ada L.'),
  (4, 'cy@example.com', 'Cy'),
  (5, 'bob@example.com', 'Robert'),
  (6, 'ada@example.com', 'A. Lovelace');
