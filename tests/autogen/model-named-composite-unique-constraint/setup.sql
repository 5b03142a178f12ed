CREATE TABLE memberships (
    id serial PRIMARY KEY,
    org_id integer NOT NULL,
    user_id integer NOT NULL
);
INSERT INTO memberships (org_id, user_id) VALUES (1, 1), (1, 2), (2, 1);
