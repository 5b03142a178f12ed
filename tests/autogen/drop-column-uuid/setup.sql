CREATE TABLE tokens (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    token uuid NOT NULL
);
INSERT INTO tokens (label, token) VALUES ('a', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('b', '123e4567-e89b-12d3-a456-426614174000');
