CREATE TABLE profiles (id serial PRIMARY KEY, bio varchar(50), country char(2) DEFAULT 'US');
INSERT INTO profiles (bio, country) VALUES ('hello', 'DE'), (NULL, NULL), ('x', 'FR');
