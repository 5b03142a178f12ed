CREATE TABLE users (
    id serial PRIMARY KEY,
    email varchar(255) NOT NULL UNIQUE,
    name varchar(100),
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE posts (
    id serial PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users (id),
    title varchar(200) NOT NULL,
    body text,
    published boolean NOT NULL DEFAULT false
);
CREATE INDEX ix_posts_user_id ON posts (user_id);
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada'), ('bob@example.com', NULL), ('cy@example.com', 'Cy');
INSERT INTO posts (user_id, title, body, published) VALUES (1, 'Hello', 'First post', true), (1, 'Draft', NULL, false), (3, 'Notes', 'Cy writes', true);
