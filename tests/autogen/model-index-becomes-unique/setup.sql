CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(50) NOT NULL
);
CREATE INDEX ix_users_email ON users (email);
INSERT INTO users (email) VALUES ('a@x.org'), ('b@x.org');
