CREATE TABLE readings (id serial PRIMARY KEY);
