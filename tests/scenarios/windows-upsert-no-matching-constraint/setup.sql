CREATE TABLE people (id integer PRIMARY KEY, email text);
CREATE INDEX people_email ON people (email);
