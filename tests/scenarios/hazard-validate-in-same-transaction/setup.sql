CREATE TABLE vendors (id serial PRIMARY KEY, name varchar(100) NOT NULL, email varchar(200));
INSERT INTO vendors (name, email) VALUES ('Acme', 'ops@acme.test'), ('Globex', NULL), ('Initech', 'it@initech.test');
CREATE TABLE applications (id serial PRIMARY KEY, vendor_id integer, name text NOT NULL, status varchar(20) NOT NULL DEFAULT 'new');
INSERT INTO applications (vendor_id, name) VALUES (1, 'billing'), (2, 'crm'), (1, 'search');
