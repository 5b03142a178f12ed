CREATE TABLE articles (id integer PRIMARY KEY, title text NOT NULL, tags text[] NOT NULL DEFAULT '{}');
INSERT INTO articles VALUES
  (1, 'Postgres tips', '{SQL,postgres,Postgres," sql"}'),
  (2, 'Rust news', '{rust}'),
  (3, 'Empty', '{}'),
  (4, 'Mixed', '{Rust,SQL,wasm}');
