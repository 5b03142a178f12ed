CREATE TABLE holidays (id integer PRIMARY KEY, name text NOT NULL, observed_on date);
INSERT INTO holidays (id, name) VALUES (1, 'New Year'), (2, 'Labour Day'), (3, 'Christmas');
