CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);
INSERT INTO countries VALUES ('DE', 'Germany'), ('PT', 'Portugal');
CREATE TABLE offices (id serial PRIMARY KEY, city text NOT NULL, country_id integer);
INSERT INTO offices (city, country_id) VALUES ('Berlin', 1), ('Lisbon', 2);
