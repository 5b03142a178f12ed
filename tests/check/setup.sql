-- The database before the first revision of versions/: vendors and the applications
-- they supply, a few rows each.
CREATE TABLE vendors (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email varchar(200)
);
INSERT INTO vendors (name, email) VALUES
    ('Acme', 'ops@acme.test'),
    ('Globex', NULL),
    ('Initech', 'it@initech.test');

CREATE TABLE applications (
    id serial PRIMARY KEY,
    vendor_id integer NOT NULL REFERENCES vendors (id),
    name text NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'new'
);
INSERT INTO applications (vendor_id, name, status) VALUES
    (1, 'billing', 'live'),
    (2, 'crm', 'new'),
    (1, 'search', 'retired'),
    (3, 'payroll', 'live');
