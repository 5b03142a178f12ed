CREATE TABLE z (id serial PRIMARY KEY, v text);
