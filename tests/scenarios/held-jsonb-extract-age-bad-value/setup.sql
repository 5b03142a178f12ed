CREATE TABLE patients (id integer PRIMARY KEY, profile jsonb NOT NULL);
INSERT INTO patients VALUES
  (1, '{"name": "A", "age": 34, "allergies": ["nuts"]}'),
  (2, '{"name": "B", "age": "41"}'),
  (3, '{"name": "C", "age": "unknown"}'),
  (4, '{"name": "D"}');
