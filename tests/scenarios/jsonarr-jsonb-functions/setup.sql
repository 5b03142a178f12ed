CREATE TABLE profiles (
    id integer PRIMARY KEY,
    name text NOT NULL,
    born date,
    settings jsonb DEFAULT '{}'
);
INSERT INTO profiles VALUES
    (1, 'Ann "A"', '1990-01-02', '{"theme": "dark", "tags": [1, 2], "old": null}'),
    (2, 'Bob', NULL, '[]'),
    (3, 'Cy', '2000-02-29', NULL);
