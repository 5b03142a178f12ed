CREATE TABLE articles (id integer PRIMARY KEY, keywords text);
INSERT INTO articles VALUES (1, 'Postgres;  migrations ; ALEMBIC'), (2, 'rust'), (3, ''), (4, NULL);
