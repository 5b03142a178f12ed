CREATE TABLE contacts (id serial PRIMARY KEY, email text NOT NULL, phone text, updated date NOT NULL);
INSERT INTO contacts (email, phone, updated) VALUES
  ('a@x.test', NULL, '2026-01-01'), ('a@x.test', '555-1', '2026-02-01'), ('b@x.test', '555-2', '2026-01-15'),
  ('b@x.test', NULL, '2026-03-01'), ('c@x.test', '555-3', '2026-01-20');
