CREATE TABLE logins (id integer PRIMARY KEY, at timestamptz NOT NULL);
