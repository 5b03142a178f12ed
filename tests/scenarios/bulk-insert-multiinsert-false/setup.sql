CREATE TABLE tags (
    id serial PRIMARY KEY,
    slug varchar(20) NOT NULL UNIQUE,
    weight integer NOT NULL DEFAULT 1
);
INSERT INTO tags (slug) VALUES ('python'), ('rust');
