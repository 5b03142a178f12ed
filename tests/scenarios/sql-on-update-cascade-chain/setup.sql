CREATE TABLE countries (code char(2) PRIMARY KEY, name text NOT NULL);
CREATE TABLE cities (id integer PRIMARY KEY, country char(2) NOT NULL REFERENCES countries (code) ON UPDATE CASCADE, name text);
CREATE TABLE offices (id integer PRIMARY KEY, country char(2) REFERENCES countries (code) ON UPDATE SET NULL, city_id integer REFERENCES cities (id) ON UPDATE CASCADE ON DELETE CASCADE);
INSERT INTO countries VALUES ('UK', 'United Kingdom'), ('DE', 'Germany');
INSERT INTO cities VALUES (1, 'UK', 'London'), (2, 'UK', 'Leeds'), (3, 'DE', 'Berlin');
INSERT INTO offices VALUES (10, 'UK', 1), (11, 'DE', 3), (12, NULL, 2);
