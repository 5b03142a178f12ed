CREATE TABLE members (
    id serial PRIMARY KEY,
    handle varchar(40) NOT NULL CONSTRAINT members_handle_key UNIQUE,
    email varchar(120) NOT NULL
);
INSERT INTO members (handle, email) VALUES ('ann', 'ann@example.org'), ('bo', 'bo@example.org');
