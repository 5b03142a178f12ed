CREATE TABLE companies (id integer PRIMARY KEY, name text NOT NULL, created date NOT NULL);
CREATE TABLE contacts (id integer PRIMARY KEY, company_id integer NOT NULL REFERENCES companies (id), email text);
INSERT INTO companies VALUES (1, 'Acme', '2020-01-01'), (2, 'ACME ', '2021-06-01'), (3, 'Globex', '2020-05-05'), (4, 'acme', '2022-01-01');
INSERT INTO contacts VALUES (100, 1, 'a@acme.test'), (101, 2, 'b@acme.test'), (102, 4, 'c@acme.test'), (103, 3, 'd@globex.test');
